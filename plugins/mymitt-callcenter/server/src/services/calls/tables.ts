import { randomBytes } from 'crypto';
import type { Core } from '@strapi/strapi';

export type Knex = Core.Strapi['db']['connection'];

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

/** JSON columns come back parsed on PostgreSQL and as text on SQLite. */
export function parseJson<T>(value: unknown, fallback: T): T {
  if (value === null || value === undefined) return fallback;
  if (typeof value !== 'string') return value as T;
  try {
    return JSON.parse(value) as T;
  } catch {
    return fallback;
  }
}

/** Datetimes come back as Date (PG), number of ms or string (SQLite). */
export function toDate(value: unknown): Date | null {
  if (value === null || value === undefined) return null;
  const date = value instanceof Date ? value : new Date(typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : (value as any));
  return Number.isNaN(date.getTime()) ? null : date;
}

/** The id of an `insert … returning('id')` row on either database. */
export const insertedId = (rows: any[]): number => Number(typeof rows[0] === 'object' ? rows[0].id : rows[0]);
