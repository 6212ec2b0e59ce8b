import { randomBytes } from 'crypto';
import type { Core } from '@strapi/strapi';

export type Knex = Core.Strapi['db']['connection'];
/** A knex query builder (where-callbacks, subqueries). */
export type QueryBuilder = ReturnType<Knex['queryBuilder']>;

export const TABLES = {
  lists: 'mymitt_call_lists',
  contacts: 'mymitt_call_contacts',
  results: 'mymitt_call_results',
  banks: 'mymitt_phone_banks',
  dnc: 'mymitt_dnc_entries',
  dncAudits: 'mymitt_dnc_audits',
  bankCallers: 'mymitt_phone_bank_callers',
  callDays: 'mymitt_call_days',
  participants: 'mymitt_call_day_participants',
} as const;

/** A documentId for rows written with raw SQL (Strapi's own are 24 lowercase letters and digits). */
export const newDocumentId = () => randomBytes(12).toString('hex');

/** Columns Strapi keeps on every row it did not write itself (raw inserts fill them). */
export function strapiRowColumns(now: Date) {
  return { document_id: newDocumentId(), created_at: now, updated_at: now, published_at: now };
}

export const isPostgres = (strapi: Core.Strapi) => strapi.db.dialect.client === 'postgres';

/** JSON columns come back parsed on PostgreSQL and as text on SQLite; datetimes as Date, ms or string. */
export { rowJson as parseJson, rowDate as toDate } from '@mymitt/plugin-kit';

/** The id of an `insert … returning('id')` row on either database. */
export const insertedId = (rows: Array<{ id: number } | number>): number => {
  const [row] = rows;
  return Number(typeof row === 'object' ? row.id : row);
};
