import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { TABLES, strapiRowColumns, toDate, type Knex } from '../calls/tables';
import type { DncRow } from '../calls/rows';
import type { DncListQuery } from '../../validators/dnc';
import { getService } from '../../utils/get-service';

export type DncSource = 'result' | 'manager' | 'import';

export interface DncChange {
  reason?: string | null;
  source: DncSource;
  /** Who made the change: `user:<id>` for a caller's result, `admin:<id>` for staff. */
  actor: string;
  note?: string | null;
}

const CHUNK = 500;

/**
 * The do-not-call registry (TEL-03): one row per E.164 number across every list. Adding a number takes
 * it out of every list at once (contacts with that phone become `dnc`); imports consult it, so a number
 * stays out through re-imports. Every change writes an audit row.
 */
const dnc = ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection;

  /** Adds (or reactivates) numbers inside `trx`; returns how many changed. */
  async function addMany(trx: Knex, phones: string[], change: DncChange): Promise<number> {
    const unique = [...new Set(phones)];
    const now = getService('clock').now();
    let changed = 0;
    for (let i = 0; i < unique.length; i += CHUNK) {
      const chunk = unique.slice(i, i + CHUNK);
      const existing: Array<Pick<DncRow, 'phone' | 'active'>> = await trx(TABLES.dnc).whereIn('phone', chunk).select('phone', 'active');
      const known = new Map(existing.map((row) => [row.phone, Boolean(row.active)]));
      const fresh = chunk.filter((phone) => !known.has(phone));
      const reactivated = chunk.filter((phone) => known.get(phone) === false);
      if (fresh.length) {
        await trx(TABLES.dnc)
          .insert(
            fresh.map((phone) => ({ ...strapiRowColumns(now), phone, reason: change.reason ?? null, source: change.source, active: true }))
          )
          .onConflict('phone')
          .ignore();
      }
      if (reactivated.length) {
        await trx(TABLES.dnc)
          .whereIn('phone', reactivated)
          .update({ active: true, reason: change.reason ?? null, source: change.source, updated_at: now });
      }
      const audited = [
        ...fresh.map((phone) => ({ phone, action: change.source === 'import' ? 'imported' : 'added' })),
        ...reactivated.map((phone) => ({ phone, action: 'reactivated' })),
      ];
      if (audited.length) {
        await trx(TABLES.dncAudits).insert(
          audited.map((row) => ({
            ...strapiRowColumns(now),
            ...row,
            actor: change.actor,
            note: change.note ?? change.reason ?? null,
            at: now,
          }))
        );
      }
      // Out of every list at once, including a contact someone holds right now (their result then is 409).
      await trx(TABLES.contacts)
        .whereIn('phone', chunk)
        .whereNot('status', 'dnc')
        .update({ status: 'dnc', leased_by: null, lease_token: null, lease_expires_at: null, updated_at: now });
      changed += audited.length;
    }
    return changed;
  }

  return {
    addMany,

    async add(phone: string, change: DncChange) {
      await strapi.db.transaction(({ trx }) => addMany(trx, [phone], change));
      return this.find(phone);
    },

    async find(phone: string) {
      const row = await knex()(TABLES.dnc).where({ phone }).first('phone', 'reason', 'source', 'active', 'created_at', 'updated_at');
      return row ? present(row) : null;
    },

    /** Which of these numbers are on the registry (active). */
    async activeAmong(trx: Knex, phones: string[]): Promise<Set<string>> {
      const found = new Set<string>();
      for (let i = 0; i < phones.length; i += CHUNK) {
        const rows: Array<Pick<DncRow, 'phone'>> = await trx(TABLES.dnc)
          .whereIn('phone', phones.slice(i, i + CHUNK))
          .where('active', true)
          .select('phone');
        for (const row of rows) found.add(row.phone);
      }
      return found;
    },

    /** A manager's correction: the number may be called again; the note says why (audited). */
    async deactivate(phone: string, note: string, actor: string) {
      const now = getService('clock').now();
      await strapi.db.transaction(async ({ trx }) => {
        const entry: Pick<DncRow, 'id' | 'active'> | undefined = await trx(TABLES.dnc).where({ phone }).first('id', 'active');
        if (!entry || !entry.active) throw new errors.NotFoundError('This number is not on the do-not-call registry');
        await trx(TABLES.dnc).where({ id: entry.id }).update({ active: false, updated_at: now });
        await trx(TABLES.dncAudits).insert({ ...strapiRowColumns(now), phone, action: 'deactivated', actor, note, at: now });
        await trx(TABLES.contacts).where({ phone, status: 'dnc' }).update({ status: 'active', updated_at: now });
      });
      getService('caller').forgetEmptyZones();
      return this.find(phone);
    },

    async list({ page, pageSize, phone, active }: DncListQuery) {
      const base = () => {
        const query = knex()(TABLES.dnc);
        if (phone) query.where('phone', phone);
        if (active !== undefined) query.where('active', active);
        return query;
      };
      const [{ count }] = await base().count({ count: '*' });
      const rows: PresentedColumns[] = await base()
        .orderBy('id', 'desc')
        .limit(pageSize)
        .offset((page - 1) * pageSize)
        .select('phone', 'reason', 'source', 'active', 'created_at', 'updated_at');
      const total = Number(count);
      return { data: rows.map(present), meta: { pagination: { page, pageSize, total, pageCount: Math.ceil(total / pageSize) } } };
    },

    async audits(phone: string) {
      const rows: DncAuditRow[] = await knex()(TABLES.dncAudits).where({ phone }).orderBy('id', 'asc').select('phone', 'action', 'actor', 'note', 'at');
      return rows.map((row) => ({
        phone: row.phone,
        action: row.action,
        actor: row.actor,
        note: row.note,
        at: new Date(row.at).toISOString(),
      }));
    },

    /** Every entry as rows for the CSV export, in id order, a page at a time. */
    async *exportRows() {
      let lastId = 0;
      for (;;) {
        const rows: Array<PresentedColumns & Pick<DncRow, 'id'>> = await knex()(TABLES.dnc)
          .where('id', '>', lastId)
          .orderBy('id')
          .limit(1000)
          .select('id', 'phone', 'reason', 'source', 'active', 'updated_at');
        if (!rows.length) return;
        for (const row of rows) yield present(row);
        lastId = rows[rows.length - 1].id;
      }
    },
  };
};

/** The columns an entry is shown from. */
type PresentedColumns = Pick<DncRow, 'phone' | 'reason' | 'source' | 'active' | 'updated_at'>;

/** mymitt_dnc_audits */
interface DncAuditRow {
  phone: string;
  action: 'added' | 'imported' | 'reactivated' | 'deactivated';
  actor: string | null;
  note: string | null;
  at: Date | number;
}

function present(row: PresentedColumns) {
  return {
    phone: row.phone,
    reason: row.reason ?? null,
    source: row.source,
    active: Boolean(row.active),
    updatedAt: row.updated_at ? (toDate(row.updated_at)?.toISOString() ?? null) : null,
  };
}

export default dnc;
