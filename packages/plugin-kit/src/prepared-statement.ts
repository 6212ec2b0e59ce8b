import { createHash } from 'crypto';

declare const strapi: any;

/** `?` placeholders (knex's) as PostgreSQL's `$1…$n`; the SQL must hold no other question mark. */
export function numberedPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

/**
 * Runs one statement on PostgreSQL as a named prepared statement, outside any transaction (autocommit):
 * each pooled connection parses and plans it once, then only binds and executes. On a hot path whose
 * statement is cheap to run (a caller's lease: one index probe and one row update) the per-call planning
 * that knex's unnamed statements pay was a third of the database's time. The name is the text's hash, so
 * different texts never share a name. Returns the rows.
 */
export async function preparedQuery<Row = any>(sql: string, bindings: unknown[], db: any = strapi.db): Promise<Row[]> {
  return runNamed(numberedPlaceholders(sql), bindings, db);
}

/** The same for a knex query builder: its SQL, compiled once more on each call, runs as a named statement. */
export function preparedBuilder<Row = any>(builder: any, db: any = strapi.db): Promise<Row[]> {
  const { sql, bindings } = builder.toSQL().toNative();
  return runNamed(sql, bindings, db);
}

async function runNamed<Row>(text: string, bindings: unknown[], db: any): Promise<Row[]> {
  const name = `mymitt_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
  const client = db.connection.client;
  const connection = await client.acquireConnection();
  try {
    const { rows } = await connection.query({ name, text, values: bindings });
    return rows as Row[];
  } finally {
    await client.releaseConnection(connection);
  }
}
