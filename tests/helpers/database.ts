import fs from 'fs';
import path from 'path';
import { randomUUID } from 'crypto';
import { Client } from 'pg';

export const ROOT = path.resolve(__dirname, '../..');

/** A database that lives for one test file: a SQLite file, or a PostgreSQL database on TEST_DATABASE_URL. */
export interface TestDatabase {
  client: 'sqlite' | 'postgres';
  /** Environment variables that point config/database.ts at this database. */
  env: Record<string, string | undefined>;
  drop(): Promise<void>;
}

export function isPostgresRun() {
  return Boolean(process.env.TEST_DATABASE_URL);
}

function sqliteDatabase(): TestDatabase {
  const filename = path.join(ROOT, '.tmp', `test-${process.pid}-${randomUUID().slice(0, 8)}.db`);
  fs.mkdirSync(path.dirname(filename), { recursive: true });
  return {
    client: 'sqlite',
    env: { DATABASE_URL: undefined, DATABASE_FILENAME: filename },
    async drop() {
      for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${filename}${suffix}`, { force: true });
    },
  };
}

async function postgresDatabase(adminUrl: string): Promise<TestDatabase> {
  const name = `mymitt_test_${process.pid}_${randomUUID().replace(/-/g, '').slice(0, 10)}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    client: 'postgres',
    env: { DATABASE_URL: url.toString(), DATABASE_FILENAME: undefined },
    async drop() {
      const client = new Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

/** A fresh, empty database of the kind this run tests (SQLite by default, PostgreSQL under test:pg). */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  return adminUrl ? postgresDatabase(adminUrl) : sqliteDatabase();
}
