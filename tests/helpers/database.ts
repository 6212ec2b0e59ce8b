import path from 'path';
import {
  clonePostgresDatabase,
  cloneSqliteDatabase,
  createPostgresDatabase,
  createSqliteDatabase,
  type ThrowawayDatabase,
} from '../../scripts/lib/throwaway-database';

export const ROOT = path.resolve(__dirname, '../..');

/** A database that lives for one test file: a SQLite file, or a PostgreSQL database on TEST_DATABASE_URL. */
export type TestDatabase = ThrowawayDatabase;

export function isPostgresRun() {
  return Boolean(process.env.TEST_DATABASE_URL);
}

/**
 * A database of its own for one test file, of the kind this run tests (SQLite by default, PostgreSQL
 * under test:pg): empty, or with `fromTemplate` a copy of the run's prepared database (schema synced,
 * seeds in: tests/global-setup.js), which boots in about half the time. Tests of first boots and
 * migrations ask for an empty one.
 */
export async function createTestDatabase(options: { fromTemplate?: boolean } = {}): Promise<TestDatabase> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  const template = options.fromTemplate && process.env.MYMITT_TEST_TEMPLATE !== 'off' ? process.env.MYMITT_TEST_TEMPLATE : undefined;
  if (adminUrl) return template ? clonePostgresDatabase(adminUrl, template, 'mymitt_test') : createPostgresDatabase(adminUrl, 'mymitt_test');
  const directory = path.join(ROOT, '.tmp');
  return template ? cloneSqliteDatabase(template, directory, 'test') : createSqliteDatabase(directory, 'test');
}
