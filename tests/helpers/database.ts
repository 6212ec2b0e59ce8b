import path from 'path';
import { createPostgresDatabase, createSqliteDatabase, type ThrowawayDatabase } from '../../scripts/lib/throwaway-database';

export const ROOT = path.resolve(__dirname, '../..');

/** A database that lives for one test file: a SQLite file, or a PostgreSQL database on TEST_DATABASE_URL. */
export type TestDatabase = ThrowawayDatabase;

export function isPostgresRun() {
  return Boolean(process.env.TEST_DATABASE_URL);
}

/** A fresh, empty database of the kind this run tests (SQLite by default, PostgreSQL under test:pg). */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  return adminUrl ? createPostgresDatabase(adminUrl, 'mymitt_test') : createSqliteDatabase(path.join(ROOT, '.tmp'), 'test');
}
