import knex, { type Knex } from 'knex';
import type { TestDatabase } from './database';

/** A plain knex connection to a test database, for a test that reads what app processes wrote. */
export function openDatabase(database: TestDatabase): Knex {
  const env = database.env as Record<string, string | undefined>;
  return env.DATABASE_URL
    ? knex({ client: 'pg', connection: env.DATABASE_URL, pool: { min: 0, max: 2 } })
    : knex({ client: 'better-sqlite3', connection: { filename: env.DATABASE_FILENAME! }, useNullAsDefault: true });
}
