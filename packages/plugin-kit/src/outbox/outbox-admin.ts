import type { Core } from '@strapi/strapi';
import { wakeOutbox } from './outbox';
import { ensureOutboxTables, OUTBOX_TABLE } from './tables';

export type OutboxStatus = 'pending' | 'delivered' | 'failed';

/** One outbox item as staff see it: what it is, how delivery went; never its payload (it may name a donor). */
export interface OutboxItemView {
  id: number;
  handler: string;
  key: string;
  status: OutboxStatus;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  nextAttemptAt: string | null;
  deliveredAt: string | null;
}

interface OutboxRow {
  id: number | string;
  handler: string;
  idempotency_key: string;
  status: OutboxStatus;
  attempts: number | string;
  last_error: string | null;
  created_at: number | string;
  available_at: number | string;
  delivered_at: number | string | null;
}

const iso = (ms: number | string | null) => (ms === null || ms === undefined ? null : new Date(Number(ms)).toISOString());

function toView(row: OutboxRow): OutboxItemView {
  return {
    id: Number(row.id),
    handler: row.handler,
    key: row.idempotency_key,
    status: row.status,
    attempts: Number(row.attempts),
    lastError: row.last_error,
    createdAt: iso(row.created_at)!,
    nextAttemptAt: row.status === 'pending' ? iso(row.available_at) : null,
    deliveredAt: iso(row.delivered_at),
  };
}

/** Items by status, newest first: failed ones for staff, pending ones with an error (retrying), or all. */
export async function listOutboxItems(
  strapi: Core.Strapi,
  query: { status?: OutboxStatus | 'retrying'; page: number; pageSize: number }
): Promise<{ items: OutboxItemView[]; total: number }> {
  await ensureOutboxTables(strapi);
  const knex = strapi.db.connection;
  const filtered = () => {
    const builder = knex(OUTBOX_TABLE);
    if (query.status === 'retrying') builder.where('status', 'pending').whereNotNull('last_error');
    else if (query.status) builder.where('status', query.status);
    return builder;
  };
  const [{ count }] = await filtered().count({ count: '*' });
  const rows: OutboxRow[] = await filtered()
    .select('id', 'handler', 'idempotency_key', 'status', 'attempts', 'last_error', 'created_at', 'available_at', 'delivered_at')
    .orderBy('id', 'desc')
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  return { items: rows.map(toView), total: Number(count) };
}

/** How many items are in each status (the admin's summary). */
export async function countOutboxItems(strapi: Core.Strapi): Promise<Record<OutboxStatus | 'retrying', number>> {
  await ensureOutboxTables(strapi);
  const knex = strapi.db.connection;
  const counts = { pending: 0, delivered: 0, failed: 0, retrying: 0 };
  const rows: Array<{ status: OutboxStatus; count: number | string }> = await knex(OUTBOX_TABLE).select('status').count({ count: '*' }).groupBy('status');
  for (const row of rows) counts[row.status] = Number(row.count);
  const [{ count }] = await knex(OUTBOX_TABLE).where('status', 'pending').whereNotNull('last_error').count({ count: '*' });
  counts.retrying = Number(count);
  return counts;
}

/**
 * Staff's retry: a failed (or waiting) item is due now and gets one more attempt. `queued` is false for an
 * item already delivered (a delivered item is never sent again); `item` is null when there is no such item.
 */
export async function retryOutboxItem(strapi: Core.Strapi, id: number): Promise<{ item: OutboxItemView | null; queued: boolean }> {
  await ensureOutboxTables(strapi);
  const knex = strapi.db.connection;
  const now = Date.now();
  // An item a worker holds right now (an unexpired claim) is left to it: clearing its claim would let a
  // second worker deliver it at the same time.
  const changed = await knex(OUTBOX_TABLE)
    .where('id', id)
    .whereIn('status', ['failed', 'pending'])
    .where((unclaimed) => unclaimed.whereNull('locked_until').orWhere('locked_until', '<', now))
    .update({ status: 'pending', available_at: now, locked_until: null, updated_at: now });
  if (changed) wakeOutbox(strapi);
  const row: OutboxRow | undefined = await knex(OUTBOX_TABLE).where('id', id).first();
  return { item: row ? toView(row) : null, queued: Boolean(changed) };
}
