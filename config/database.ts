import path from 'path';

/**
 * SQLite (better-sqlite3) is the embedded default; DATABASE_URL switches to PostgreSQL.
 * SQLite gets WAL and a busy timeout: Strapi sets neither, and concurrent writes would
 * otherwise fail with "database is locked".
 */
export default ({ env }) => {
  const url = env('DATABASE_URL', '');

  if (url) {
    return {
      connection: {
        client: 'postgres',
        connection: {
          connectionString: url,
          ssl: env.bool('DATABASE_SSL', false) ? { rejectUnauthorized: env.bool('DATABASE_SSL_REJECT_UNAUTHORIZED', true) } : false,
          schema: env('DATABASE_SCHEMA', 'public'),
        },
        pool: { min: env.int('DATABASE_POOL_MIN', 0), max: env.int('DATABASE_POOL_MAX', 10) },
        acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 60000),
      },
    };
  }

  return {
    connection: {
      client: 'sqlite',
      connection: {
        filename: path.resolve(process.cwd(), env('DATABASE_FILENAME', '') || '.tmp/data.db'),
      },
      useNullAsDefault: true,
      pool: {
        afterCreate(conn: any, done: (err: Error | null, conn: any) => void) {
          conn.pragma('journal_mode = WAL');
          conn.pragma(`busy_timeout = ${env.int('DATABASE_BUSY_TIMEOUT_MS', 5000)}`);
          done(null, conn);
        },
      },
    },
  };
};
