/**
 * Column values of rows read with knex (raw SQL, query builders) differ by driver: SQLite returns
 * datetimes as epoch milliseconds (a number, or a digit string), JSON as text and counts as numbers;
 * PostgreSQL returns Dates, parsed JSON and bigint counts and sums as strings. A plugin types each raw
 * row with these column types and turns it into its own shape with the readers below, once per table.
 */

/** A datetime column: a Date (PostgreSQL), epoch milliseconds or an ISO string (SQLite). */
export type DbDate = Date | number | string;
/** A `count(*)` or `sum(…)`: a number (SQLite) or a bigint string (PostgreSQL); null for a sum of nothing. */
export type DbCount = number | string | null;
/** A json column: parsed (PostgreSQL) or its text (SQLite). */
export type DbJson = unknown;
/** A boolean column: true/false (PostgreSQL), 1/0 (SQLite). */
export type DbBoolean = boolean | number;

/** A datetime column as a Date; null for null or a value that is no date. */
export function rowDate(value: DbDate | null | undefined): Date | null {
  if (value === null || value === undefined) return null;
  const date = value instanceof Date ? value : new Date(typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** A json column's value; `fallback` for null or text that is no JSON. */
export function rowJson<T>(value: DbJson, fallback: T): T {
  if (value === null || value === undefined) return fallback;
  if (typeof value !== 'string') return value as T;
  try {
    return JSON.parse(value) as T;
  } catch {
    return fallback;
  }
}

/** A count or sum as a number (0 for null: a sum over no rows). */
export const rowCount = (value: DbCount | undefined): number => Number(value ?? 0);

/**
 * The rows a knex query resolves to, as the row type the caller declares for its table: knex infers
 * partial shapes for aggregates (`count`, `sum`, `max`), and the drivers' values are the Db* types above.
 */
export async function rowsOf<Row>(query: PromiseLike<unknown>): Promise<Row[]> {
  return (await query) as Row[];
}

/** The first row of a knex `.first(…)` query, typed the same way; undefined when there is none. */
export async function firstRowOf<Row>(query: PromiseLike<unknown>): Promise<Row | undefined> {
  return (await query) as Row | undefined;
}
