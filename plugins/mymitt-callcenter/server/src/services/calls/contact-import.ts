import { randomBytes } from 'crypto';
import type { Readable } from 'stream';
import { parse } from 'csv-parse';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { isUsStateCode, truncateGraphemes } from '@mymitt/plugin-kit';
import { normalizeUsPhone, splitPhones } from '../../domain/phone';
import { stateOfZip, timeZoneOfContact } from '../../domain/time-zone';
import { languageOf, type Language } from '../../domain/survey';
import { TABLES, strapiRowColumns } from './tables';
import { getService } from '../../utils/get-service';
import { byteLimit, discardRest } from '../../utils/csv-body';

export interface ImportReport {
  inserted: number;
  merged: number;
  rejected: Array<{ row: number; reason: string }>;
  rejectedCount: number;
}

/** Rows reported back in full; past it only rejectedCount grows. */
const MAX_REPORTED = 1000;
const FLUSH_EVERY = 2000;
const INSERT_CHUNK = 400;

interface PendingContact {
  name: string | null;
  phone: string;
  otherPhones: string[];
  street: string | null;
  city: string | null;
  state: string | null;
  zip: string | null;
  tags: string[];
  externalId: string | null;
  timeZone: string | null;
  language: Language | null;
}

const cell = (record: Record<string, string>, ...names: string[]) => {
  for (const name of names) {
    const value = record[name];
    if (typeof value === 'string' && value.trim()) return value.trim();
  }
  return null;
};

/**
 * The status of the rows of an import under way: no query of callers, counts or exports reads it, and
 * the import publishes its rows in one UPDATE at the end or deletes them when it is refused.
 */
export const IMPORTING = 'importing';
/** Rows an import left staged this long ago belong to a crashed process: removed at boot. */
const ABANDONED_AFTER_MS = 60 * 60 * 1000;

/** One CSV row as a contact, or the reason it is refused. */
export function contactFromRecord(record: Record<string, string>, tzCache: Map<string, string | null>): PendingContact | string {
  const rawPhones = [
    ...splitPhones(cell(record, 'phone', 'phones', 'phone_number')),
    ...splitPhones(cell(record, 'phone2', 'other_phones', 'cell', 'mobile')),
  ];
  if (!rawPhones.length) return 'missing phone';
  const phones = [...new Set(rawPhones.map(normalizeUsPhone).filter((p): p is string => p !== null))];
  if (!phones.length) return `invalid phone: ${truncateGraphemes(rawPhones[0], 40)}`;

  const joined = [cell(record, 'first_name', 'firstname'), cell(record, 'last_name', 'lastname')].filter(Boolean).join(' ');
  const name = cell(record, 'name') ?? (joined || null);
  if (name && name.length > 200) return 'name longer than 200 characters';

  const zipRaw = cell(record, 'zip', 'zipcode', 'postal_code');
  if (zipRaw && !/^\d{5}(-?\d{4})?$/.test(zipRaw)) return `invalid zip: ${truncateGraphemes(zipRaw, 12)}`;
  const zip = zipRaw ? zipRaw.slice(0, 5) : null;

  const stateRaw = cell(record, 'state');
  const state = stateRaw ? stateRaw.toUpperCase() : zip ? stateOfZip(zip) : null;
  if (stateRaw && !isUsStateCode(state!)) return `invalid state: ${truncateGraphemes(stateRaw, 20)}`;

  const street = cell(record, 'street', 'address');
  const city = cell(record, 'city');
  if ((street?.length ?? 0) > 200 || (city?.length ?? 0) > 100) return 'address too long';
  const externalId = cell(record, 'external_id', 'externalid', 'id');
  if ((externalId?.length ?? 0) > 100) return 'external_id longer than 100 characters';
  // An unknown language refuses the row like a bad state: called in the wrong language is worse than reported.
  const languageRaw = cell(record, 'language', 'lang', 'preferred_language');
  const language = languageRaw ? languageOf(languageRaw) : null;
  if (languageRaw && !language) return `invalid language: ${truncateGraphemes(languageRaw, 20)} (en, es, English or Spanish)`;
  const tags = (cell(record, 'tags') ?? '')
    .split(/[;|,]/)
    .map((tag) => tag.trim())
    .filter(Boolean)
    .slice(0, 20);

  const tzKey = `${zip ?? ''}|${zip ? '' : phones[0].slice(2, 5)}`;
  let timeZone = tzCache.get(tzKey);
  if (timeZone === undefined) {
    timeZone = timeZoneOfContact(zip, phones[0]);
    tzCache.set(tzKey, timeZone);
  }
  return { name, phone: phones[0], otherPhones: phones.slice(1), street, city, state, zip, tags, externalId, timeZone, language };
}

/**
 * Streams a CSV into a call list (name, phone(s), street, city, state, zip, tags, external_id, language): phones
 * normalised to E.164, time zone from the ZIP (area code as fallback), duplicates by phone merged within
 * the list, bad rows reported (row = CSV line, the header being row 1) while good rows load, numbers on
 * the do-not-call registry loaded as `dnc` (TEL-03). All or nothing: batches are inserted as they stream
 * (multi-row inserts, a short transaction each, so the database is never held for the whole upload), all
 * staged under this import's key with status `importing`, and published together at the end in one
 * UPDATE, which also reads the registry; a refused import (413, aborted upload, error) deletes them.
 */
export async function importContacts(strapi: Core.Strapi, listId: number, body: Readable, maxBytes: number): Promise<ImportReport> {
  const knex = strapi.db.connection;
  const report: ImportReport = { inserted: 0, merged: 0, rejected: [], rejectedCount: 0 };
  const reject = (row: number, reason: string) => {
    report.rejectedCount += 1;
    if (report.rejected.length < MAX_REPORTED) report.rejected.push({ row, reason });
  };
  const importKey = randomBytes(16).toString('hex');
  const staged = () => knex(TABLES.contacts).where({ list_id: listId, status: IMPORTING, import_key: importKey });

  // Rows staged by another import are not known: were it to fail, these phones would be lost.
  const known = new Set<string>();
  let lastId = 0;
  for (;;) {
    const rows = await knex(TABLES.contacts)
      .where('list_id', listId)
      .where('id', '>', lastId)
      .whereNot('status', IMPORTING)
      .orderBy('id')
      .limit(5000)
      .select('id', 'phone');
    if (!rows.length) break;
    for (const row of rows) known.add(row.phone);
    lastId = rows[rows.length - 1].id;
  }

  const tzCache = new Map<string, string | null>();
  let pending = new Map<string, PendingContact>();

  const flush = async () => {
    if (!pending.size) return;
    const batch = [...pending.values()];
    pending = new Map();
    const now = getService('clock').now();
    const rows = batch.map((c) => ({
      ...strapiRowColumns(now),
      list_id: listId,
      name: c.name,
      phone: c.phone,
      other_phones: JSON.stringify(c.otherPhones),
      street: c.street,
      city: c.city,
      state: c.state,
      zip: c.zip,
      tags: JSON.stringify(c.tags),
      external_id: c.externalId,
      time_zone: c.timeZone,
      language: c.language,
      status: IMPORTING,
      import_key: importKey,
      attempts: 0,
    }));
    await strapi.db.transaction(async ({ trx }) => {
      for (let i = 0; i < rows.length; i += INSERT_CHUNK) await trx(TABLES.contacts).insert(rows.slice(i, i + INSERT_CHUNK));
    });
    report.inserted += batch.length;
  };

  /** One statement: every staged row goes live at once, `dnc` when its number is on the registry now. */
  const publish = async () => {
    await flush();
    await staged().update({
      status: knex.raw(
        `CASE WHEN EXISTS (SELECT 1 FROM ${TABLES.dnc} WHERE ${TABLES.dnc}.phone = ${TABLES.contacts}.phone AND ${TABLES.dnc}.active = ?) THEN 'dnc' ELSE 'active' END`,
        [true]
      ),
      import_key: null,
      updated_at: getService('clock').now(),
    });
    return report;
  };

  const parser = parse({
    columns: (header: string[]) => header.map((h) => h.trim().toLowerCase().replace(/\s+/g, '_')),
    bom: true,
    skip_empty_lines: true,
    relax_column_count: true,
    trim: true,
    max_record_size: 64 * 1024,
  });
  const records = body
    .pipe(byteLimit(maxBytes))
    .on('error', (error) => parser.destroy(error))
    .pipe(parser);

  let row = 1;
  try {
    for await (const record of records as AsyncIterable<Record<string, string>>) {
      row += 1;
      const contact = contactFromRecord(record, tzCache);
      if (typeof contact === 'string') {
        reject(row, contact);
        continue;
      }
      const twin = pending.get(contact.phone);
      if (twin) {
        twin.otherPhones = [...new Set([...twin.otherPhones, ...contact.otherPhones])].filter((p) => p !== twin.phone);
        twin.tags = [...new Set([...twin.tags, ...contact.tags])];
        twin.language ??= contact.language;
        report.merged += 1;
        continue;
      }
      if (known.has(contact.phone)) {
        report.merged += 1;
        continue;
      }
      known.add(contact.phone);
      pending.set(contact.phone, contact);
      if (pending.size >= FLUSH_EVERY) await flush();
    }
    await publish();
  } catch (error: any) {
    // A CSV that turns unreadable part-way keeps the rows read so far, reported like any bad row.
    const unreadable = !(error instanceof errors.PayloadTooLargeError) && error?.code?.startsWith?.('CSV_');
    if (unreadable) reject(row + 1, truncateGraphemes(`unreadable CSV: ${error.message}`, 200));
    try {
      if (unreadable) return await publish();
    } catch (publishError) {
      error = publishError;
    }
    discardRest(body);
    await staged().del();
    throw error;
  }
  return report;
}

/** Deletes rows staged by imports that never finished (their process stopped mid-import). */
export async function discardAbandonedImports(strapi: Core.Strapi, now: Date) {
  const knex = strapi.db.connection;
  const before = new Date(now.getTime() - ABANDONED_AFTER_MS);
  for (const { id } of await knex(TABLES.lists).select('id')) {
    await knex(TABLES.contacts).where({ list_id: id, status: IMPORTING }).where('created_at', '<', before).del();
  }
}
