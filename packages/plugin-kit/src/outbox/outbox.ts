import type { Core } from '@strapi/strapi';
import { afterCommit } from '../after-commit';
import { DEFAULT_RETRY_POLICY, nextAttemptAt, type RetryPolicy } from './backoff';
import { ensureOutboxTables, OUTBOX_TABLE } from './tables';

/** A knex connection or transaction: the outbox row goes in with the change that causes it. */
export type OutboxDb = Core.Strapi['db']['connection'];

export interface OutboxEntry {
  /** The registered handler that delivers it. */
  handler: string;
  /** Unique per effect: enqueuing the same key again adds nothing, so a replayed cause sends once. */
  key: string;
  /** JSON: ids and small facts, read again by the handler at delivery. */
  payload: unknown;
  /** Epoch ms before which it is not delivered (default: now). */
  availableAt?: number;
}

export interface OutboxItem {
  id: number;
  key: string;
  handler: string;
  payload: any;
  /** This delivery's number, 1 for the first. */
  attempt: number;
  /** The claim's lease end: the finishing update only touches the item while the claim is still this one. */
  lockedUntil?: number;
}

/** Delivers one item; throwing leaves it for a retry with backoff. */
export type OutboxHandler = (payload: any, item: OutboxItem) => Promise<void>;

export interface OutboxOptions {
  /** How often an idle worker looks for due items (a commit that enqueues wakes it sooner). */
  pollMs: number;
  /**
   * How long after a commit that enqueued the worker looks: commits within it are served by one claim,
   * so a busy night's stream of small commits makes full batches rather than a claim per commit.
   */
  wakeDelayMs: number;
  /** Items claimed and delivered together. */
  batchSize: number;
  /** How long a claim holds an item: an instance that dies mid-delivery leaves it to others after this. */
  leaseMs: number;
  /** Off: this instance enqueues but never delivers (another instance, or a later start, does). */
  workerEnabled: boolean;
  /** Delivered items are deleted this long after delivery (their keys stop deduplicating then). */
  keepDeliveredMs: number;
  retry: RetryPolicy;
}

interface OutboxState {
  handlers: Map<string, OutboxHandler>;
  /** Handlers whose delivered items are records (a milestone announced once ever): never pruned. */
  kept: Set<string>;
  options: OutboxOptions;
  worker?: OutboxWorker;
}

const states = new WeakMap<object, OutboxState>();

function numberFromEnv(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

/** The outbox settings, from MYMITT_OUTBOX_* (documented in .env.example). */
export function outboxOptionsFromEnv(): OutboxOptions {
  return {
    pollMs: numberFromEnv('MYMITT_OUTBOX_POLL_MS', 1000),
    wakeDelayMs: numberFromEnv('MYMITT_OUTBOX_WAKE_DELAY_MS', 50),
    batchSize: numberFromEnv('MYMITT_OUTBOX_BATCH', 100),
    leaseMs: numberFromEnv('MYMITT_OUTBOX_LEASE_MS', 120_000),
    workerEnabled: process.env.MYMITT_OUTBOX_WORKER !== 'off',
    keepDeliveredMs: numberFromEnv('MYMITT_OUTBOX_KEEP_DAYS', 30) * 86_400_000,
    retry: {
      baseDelayMs: numberFromEnv('MYMITT_OUTBOX_RETRY_BASE_MS', DEFAULT_RETRY_POLICY.baseDelayMs),
      maxDelayMs: numberFromEnv('MYMITT_OUTBOX_RETRY_MAX_MS', DEFAULT_RETRY_POLICY.maxDelayMs),
      maxAttempts: numberFromEnv('MYMITT_OUTBOX_MAX_ATTEMPTS', DEFAULT_RETRY_POLICY.maxAttempts),
    },
  };
}

function stateOf(strapi: Core.Strapi): OutboxState {
  let state = states.get(strapi);
  if (!state) {
    state = { handlers: new Map(), kept: new Set(), options: outboxOptionsFromEnv() };
    states.set(strapi, state);
  }
  return state;
}

/** Names the code that delivers one kind of item (register before the worker may claim it: in register or bootstrap). */
export function registerOutboxHandler(strapi: Core.Strapi, name: string, handler: OutboxHandler, options: { keepDelivered?: boolean } = {}) {
  const state = stateOf(strapi);
  if (state.handlers.has(name) && state.handlers.get(name) !== handler) throw new Error(`outbox handler "${name}" is registered twice`);
  state.handlers.set(name, handler);
  if (options.keepDelivered) state.kept.add(name);
}

/**
 * Writes outbox rows in `db` (the transaction of the change; without one, the ambient Strapi
 * transaction or a new one) and wakes the worker once that commits. A key already present is skipped.
 */
export async function enqueueOutbox(strapi: Core.Strapi, entries: OutboxEntry[], db?: OutboxDb): Promise<void> {
  if (!entries.length) return;
  await ensureOutboxTables(strapi);
  const now = Date.now();
  const rows = entries.map((entry) => ({
    idempotency_key: entry.key,
    handler: entry.handler,
    payload: JSON.stringify(entry.payload ?? null),
    status: 'pending',
    attempts: 0,
    available_at: entry.availableAt ?? now,
    created_at: now,
    updated_at: now,
  }));
  const insert = (knex: OutboxDb) => knex(OUTBOX_TABLE).insert(rows).onConflict('idempotency_key').ignore();
  if (db) await insert(db);
  else await strapi.db.transaction(({ trx }) => insert(trx));
  await afterCommit(strapi, () => wakeOutbox(strapi));
}

/** Starts this instance's worker once (every plugin's bootstrap may call it). */
export async function startOutbox(strapi: Core.Strapi): Promise<void> {
  await ensureOutboxTables(strapi);
  const state = stateOf(strapi);
  if (state.worker) return;
  state.worker = new OutboxWorker(strapi, state);
  if (state.options.workerEnabled) state.worker.start();
}

/** Stops the worker after its current batch (every plugin's destroy may call it). */
export async function stopOutbox(strapi: Core.Strapi): Promise<void> {
  await states.get(strapi)?.worker?.stop();
}

/** Asks the worker to look for due items soon (within MYMITT_OUTBOX_WAKE_DELAY_MS). */
export function wakeOutbox(strapi: Core.Strapi) {
  const state = states.get(strapi);
  if (state?.options.workerEnabled) state.worker?.wakeSoon();
}

/**
 * Delivers every item due at `now` (default: the clock; a later time also takes items waiting for a
 * retry) until none is left, and returns how many were tried. For scripts, tests and admin actions;
 * safe beside running workers (claims never overlap).
 */
export async function drainOutbox(strapi: Core.Strapi, options: { now?: number } = {}): Promise<number> {
  await ensureOutboxTables(strapi);
  const state = stateOf(strapi);
  const worker = state.worker ?? new OutboxWorker(strapi, state);
  let total = 0;
  for (;;) {
    // Items this instance's worker already holds are finished first: "drained" means delivered.
    await worker.settled();
    const tried = await worker.runBatch(options.now ?? Date.now());
    total += tried;
    if (tried === 0) {
      await worker.settled();
      return total;
    }
  }
}

/**
 * Deletes items delivered more than `keepDeliveredMs` before `now`, except those of handlers registered
 * with `keepDelivered` (each worker does it about hourly; two instances doing it at once delete the same
 * rows, harmlessly). Returns how many went.
 */
export async function pruneOutbox(strapi: Core.Strapi, now = Date.now()): Promise<number> {
  await ensureOutboxTables(strapi);
  const { options, kept } = stateOf(strapi);
  return strapi.db
    .connection(OUTBOX_TABLE)
    .where('status', 'delivered')
    .where('delivered_at', '<', now - options.keepDeliveredMs)
    .whereNotIn('handler', [...kept, ''])
    .delete();
}

const PRUNE_EVERY_MS = 3_600_000;

class OutboxWorker {
  private timer?: NodeJS.Timeout;
  private prunedAt = 0;
  private running: Promise<void> | null = null;
  private soon?: NodeJS.Timeout;
  private wakeAgain = false;
  private stopped = false;

  constructor(
    private readonly strapi: Core.Strapi,
    private readonly state: OutboxState
  ) {}

  start() {
    this.timer = setInterval(() => this.wake(), this.state.options.pollMs);
    this.timer.unref();
    this.wake();
  }

  wakeSoon() {
    if (this.stopped || !this.timer || this.soon) return;
    this.soon = setTimeout(() => {
      this.soon = undefined;
      this.wake();
    }, this.state.options.wakeDelayMs);
  }

  wake() {
    if (this.stopped || !this.timer) return;
    if (this.running) {
      this.wakeAgain = true;
      return;
    }
    this.running = this.loop().finally(() => {
      this.running = null;
      if (this.wakeAgain) {
        this.wakeAgain = false;
        this.wake();
      }
    });
  }

  /** Resolves once no batch of this worker is running. */
  async settled() {
    while (this.running) await this.running;
  }

  async stop() {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    if (this.soon) clearTimeout(this.soon);
    await this.running;
  }

  private async loop() {
    try {
      while (!this.stopped && (await this.runBatch(Date.now())) >= this.state.options.batchSize);
      if (!this.stopped && Date.now() - this.prunedAt > PRUNE_EVERY_MS) {
        this.prunedAt = Date.now();
        await pruneOutbox(this.strapi, this.prunedAt);
      }
    } catch (error) {
      this.strapi.log.error(`[mymitt] outbox worker: ${(error as Error)?.message ?? error}`);
    }
  }

  /** Claims up to a batch of due items for this instance and delivers them; returns how many it claimed. */
  async runBatch(now: number): Promise<number> {
    const items = await this.claim(now);
    if (!items.length) return 0;
    const outcomes = await Promise.allSettled(items.map((item) => this.deliver(item)));
    const delivered = items.filter((_, i) => outcomes[i].status === 'fulfilled').map((item) => item.id);
    const knex = this.strapi.db.connection;
    const finished = Date.now();
    // Each update is guarded by this claim's lease end: an item whose lease ran out and that another
    // worker claimed since is that worker's to finish, never moved back by this one.
    const claimEnd = items[0].lockedUntil!;
    if (delivered.length) {
      await knex(OUTBOX_TABLE)
        .whereIn('id', delivered)
        .where('locked_until', claimEnd)
        .update({ status: 'delivered', delivered_at: finished, locked_until: null, last_error: null, updated_at: finished });
    }
    for (const [i, outcome] of outcomes.entries()) {
      if (outcome.status === 'fulfilled') continue;
      const item = items[i];
      // Relays quote the recipient in their refusals: staff see the reason, not the address.
      const message = String((outcome.reason as Error)?.message ?? outcome.reason)
        .replace(/[^\s<>"'@]+@[^\s<>"'@]+\.[A-Za-z]{2,}/g, '<address>')
        .slice(0, 1000);
      const retryAt = nextAttemptAt(finished, item.attempt, this.state.options.retry);
      this.strapi.log.warn(`[mymitt] outbox ${item.handler} ${item.key} attempt ${item.attempt} failed: ${message}`);
      await knex(OUTBOX_TABLE)
        .where('id', item.id)
        .where('locked_until', claimEnd)
        .update({
          status: retryAt === null ? 'failed' : 'pending',
          available_at: retryAt ?? finished,
          locked_until: null,
          last_error: message,
          updated_at: finished,
        });
    }
    return items.length;
  }

  private async deliver(item: OutboxItem) {
    const handler = this.state.handlers.get(item.handler);
    if (!handler) throw new Error(`no handler "${item.handler}" on this instance`);
    await handler(item.payload, item);
  }

  /**
   * One statement takes the oldest due items: on PostgreSQL the inner SELECT … FOR UPDATE SKIP LOCKED
   * passes over rows another instance is claiming; SQLite has one writer. The lease (`locked_until`)
   * keeps a claimed item from every other claim until it is delivered, retried, or its claimer is gone.
   */
  private async claim(now: number): Promise<OutboxItem[]> {
    const handlers = [...this.state.handlers.keys()];
    if (!handlers.length) return [];
    const knex = this.strapi.db.connection;
    const skipLocked = this.strapi.db.dialect.client === 'postgres' ? ' FOR UPDATE SKIP LOCKED' : '';
    const leaseEnd = now + this.state.options.leaseMs;
    const result = await knex.raw(
      `UPDATE ${OUTBOX_TABLE} SET attempts = attempts + 1, locked_until = ?, updated_at = ?
       WHERE id IN (
         SELECT id FROM ${OUTBOX_TABLE}
         WHERE status = 'pending' AND available_at <= ? AND (locked_until IS NULL OR locked_until < ?)
           AND handler IN (${handlers.map(() => '?').join(', ')})
         ORDER BY id LIMIT ?${skipLocked}
       )
       RETURNING id, idempotency_key, handler, payload, attempts`,
      [leaseEnd, now, now, now, ...handlers, this.state.options.batchSize]
    );
    const rows: Array<{ id: number | string; idempotency_key: string; handler: string; payload: string; attempts: number | string }> =
      Array.isArray(result) ? result : result.rows;
    return rows
      .map((row) => ({
        id: Number(row.id),
        key: row.idempotency_key,
        handler: row.handler,
        payload: JSON.parse(row.payload),
        attempt: Number(row.attempts),
        lockedUntil: leaseEnd,
      }))
      .sort((a, b) => a.id - b.id);
  }
}
