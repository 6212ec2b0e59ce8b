import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { planStripeEvent, waitingKeys, type ContributionLookup, type EventPlan, type StripeEventLike } from '../../domain/stripe-events';
import { PLUGIN_ID } from '../../plugin-id';
import { getService } from '../../utils/get-service';
import type { FundraisingConfig } from '../../config';
import { stripeClient } from '../stripe/stripe-client';
import { gatewayName } from '../payments/checkout-gateway';
import { sandboxWebhookSecret } from '../payments/sandbox';
import { movementOwnership } from '../../domain/payment-anomalies';
import { isFlaggedPayment, PAYMENT_ANOMALY_TABLE, recordPaymentAnomaly } from '../anomalies/anomaly-rows';
import type { LedgerCore } from './ledger-core';
import { randomBytes } from 'crypto';
import { contributionFromRow, STRIPE_EVENT_UID, strapiRowColumns, TABLES, type ContributionRecord, type Knex } from './tables';

/** Stripe's own default and the limit STR-01 states: a signature older than this is refused. */
export const WEBHOOK_TOLERANCE_SECONDS = 300;

/** `flagged`: applied, but its money was a duplicate payment, recorded for Finance instead of the ledger (stored as processed). */
export type WebhookOutcome = 'processed' | 'flagged' | 'ignored' | 'parked' | 'duplicate';

export interface EventResult {
  outcome: WebhookOutcome;
  contributionId: number | null;
}

interface Pending {
  event: StripeEventLike;
  now: Date;
  resolve: (result: EventResult) => void;
  reject: (error: unknown) => void;
}

/** Per transaction: whether parked events may exist (probed once, set when the batch parks one). */
interface BatchState {
  parkedMayExist?: boolean;
}

/** Events applied in one transaction at most (a commit every few dozen events under load). */
const MAX_BATCH = 64;
/**
 * Transactions applying events at once per process: each spends most of its time waiting on database
 * round trips, so a few overlap well (measured: 1 → 320, 2 → 359, 4 → 425 events/s on the bench);
 * they meet only at the shared total rows, written last, just before each commit.
 */
const MAX_CONCURRENT_BATCHES = 4;

/**
 * The Stripe webhook: verification on the raw body (STR-01), once per event id (STR-02), in any order
 * (STR-03). Each event is planned as data (domain/stripe-events), then applied in ONE transaction that
 * inserts the event id, the ledger rows and the totals together. An event naming a contribution we
 * cannot find yet (a dispute before its checkout completed) is parked with its payload and applied in
 * the transaction of the event that links it; advisory locks on the Stripe ids make that hand-over
 * race-free on PostgreSQL.
 */
export function stripeWebhook(strapi: Core.Strapi, core: LedgerCore) {
  const config = () => strapi.config.get(`plugin::${PLUGIN_ID}`) as FundraisingConfig;
  const isPostgres = () => strapi.db.dialect.client === 'postgres';

  /** One contribution by a column, locked for the rest of the transaction on PostgreSQL (SQLite has one writer). */
  async function findLocked(trx: Knex, column: string, value: string | number): Promise<ContributionRecord | null> {
    const query = trx(TABLES.contributions).where(column, value).first();
    const row = await (isPostgres() ? query.forUpdate() : query);
    return row ? contributionFromRow(row) : null;
  }

  async function resolve(trx: Knex, lookup: ContributionLookup): Promise<ContributionRecord | null> {
    if (lookup.contributionId) {
      const found = await findLocked(trx, 'id', lookup.contributionId);
      if (found) return found;
    }
    if (lookup.checkoutSessionId) {
      const found = await findLocked(trx, 'checkout_session_id', lookup.checkoutSessionId);
      if (found) return found;
    }
    if (lookup.paymentIntentId) {
      const found = await findLocked(trx, 'payment_intent_id', lookup.paymentIntentId);
      if (found) return found;
      // An installment's payment intent is known from its ledger row only.
      const row = await trx(TABLES.ledger).where('payment_intent_id', lookup.paymentIntentId).first('contribution_id');
      if (row) return findLocked(trx, 'id', row.contribution_id);
      // A duplicate payment is known from its flag only (its refunds then settle the flag).
      const flag = await trx(PAYMENT_ANOMALY_TABLE).where('payment_intent_id', lookup.paymentIntentId).first('contribution_id');
      if (flag) return findLocked(trx, 'id', flag.contribution_id);
    }
    if (lookup.subscriptionId) {
      const found = await findLocked(trx, 'subscription_id', lookup.subscriptionId);
      if (found) return found;
    }
    return null;
  }

  /**
   * Stores the event id once (STR-02) with its outcome, in the event's own transaction. False when the
   * id is already there: a copy, possibly concurrent (it waits on the unique index, then finds the row).
   */
  async function recordEvent(trx: Knex, event: StripeEventLike, now: Date, fields: Record<string, unknown>) {
    const inserted = await trx(TABLES.events)
      .insert({
        ...strapiRowColumns(randomBytes(12).toString('hex'), now),
        event_id: event.id,
        type: event.type,
        livemode: Boolean(event.livemode),
        received_at: now,
        ...fields,
      })
      .onConflict('event_id')
      .ignore()
      .returning('id');
    return inserted.length > 0;
  }

  /** Every Stripe id the event touches: it holds them for the transaction (PostgreSQL), in one order. */
  function lockKeys(plan: EventPlan) {
    const keys = waitingKeys({
      ...plan.lookup,
      paymentIntentId: plan.lookup.paymentIntentId ?? plan.patch.paymentIntentId,
      subscriptionId: plan.lookup.subscriptionId ?? plan.patch.subscriptionId,
    });
    plan.movements.forEach((m) => m.paymentIntentId && keys.push(`pi:${m.paymentIntentId}`));
    if (plan.patch.paymentIntentId) keys.push(`pi:${plan.patch.paymentIntentId}`);
    return [...new Set(keys)].sort();
  }

  /** Takes every key's advisory lock in one statement, in sorted order (PostgreSQL; SQLite runs one writer at a time). */
  async function lock(trx: Knex, keys: string[]) {
    if (!isPostgres() || !keys.length) return;
    await trx.raw('select count(pg_advisory_xact_lock(4242, hashtext(k))) from (select unnest(?::text[]) as k order by 1) as keys', [keys]);
  }

  /** The Stripe ids the contribution does not know yet (never overwrites one), as record fields. */
  function patchOf(contribution: ContributionRecord, plan: EventPlan) {
    const { patch } = plan;
    const changes: Record<string, unknown> = {};
    if (patch.paymentIntentId && !contribution.paymentIntentId) changes.paymentIntentId = patch.paymentIntentId;
    if (patch.subscriptionId && !contribution.subscriptionId) changes.subscriptionId = patch.subscriptionId;
    if (patch.customerId && !contribution.customerId) changes.customerId = patch.customerId;
    if (plan.lookup.checkoutSessionId && !contribution.checkoutSessionId) changes.checkoutSessionId = plan.lookup.checkoutSessionId;
    if (patch.failedAt && !contribution.failedAt) changes.failedAt = patch.failedAt;
    if (patch.recurringCancelledAt && !contribution.recurringCancelledAt) changes.recurringCancelledAt = patch.recurringCancelledAt;
    if (patch.cardFingerprint && !contribution.cardFingerprint) changes.cardFingerprint = patch.cardFingerprint;
    return changes;
  }

  const toColumn = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

  /**
   * Applies a planned event to its contribution: ledger rows and totals, then ONE update with the new
   * Stripe ids and the status the ledger now gives it. Money under another payment intent or
   * subscription than the contribution's own (a second payment) is flagged for Finance, not booked.
   */
  async function applyPlan(trx: Knex, eventId: string, plan: EventPlan, found: ContributionRecord) {
    const changes = patchOf(found, plan);
    const contribution = { ...found, ...changes } as ContributionRecord;
    let flagged = 0;
    for (const movement of plan.movements) {
      const ownership = movementOwnership(contribution, plan, movement);
      if (ownership === 'foreign' || (ownership === 'ask' && (await isFlaggedPayment(trx, movement.paymentIntentId!)))) {
        const source = {
          contributionId: contribution.id,
          eventId,
          checkoutSessionId: plan.lookup.checkoutSessionId,
          subscriptionId: plan.patch.subscriptionId,
        };
        await recordPaymentAnomaly(trx, source, movement, new Date());
        flagged += 1;
        continue;
      }
      // FEC-04: each installment counts toward the election ahead on its own date (the general once the
      // primary is past). Money Stripe already moved is always recorded; the limit is checked before
      // the charge (payments.screenInstallment) and FEC-10 catches anything that slipped past.
      const electionId = plan.installment
        ? await getService('compliance-config').electionFor(contribution.electionId, movement.occurredAt)
        : undefined;
      await core.appendRow(trx, contribution, { ...movement, eventId, electionId });
    }
    // A pending gift has no refund or dispute rows (they would have given it another status), so its
    // first charge makes it succeeded without reading its rows back.
    const firstCharge =
      !flagged &&
      found.status === 'pending' &&
      !found.failedAt &&
      plan.movements.length > 0 &&
      plan.movements.every((m) => m.kind === 'charge' && m.amountCents > 0);
    const status = firstCharge ? 'succeeded' : await core.deriveStatus(trx, contribution);
    if (status !== found.status) changes.status = status;
    if (Object.keys(changes).length) {
      await trx(TABLES.contributions)
        .where('id', contribution.id)
        .update(Object.fromEntries(Object.entries(changes).map(([field, value]) => [toColumn(field), value])));
    }
    return { contribution: { ...contribution, status } as ContributionRecord, flagged };
  }

  /** Keys under which parked events may now find this contribution. */
  async function linkKeysOf(trx: Knex, contribution: ContributionRecord) {
    const intents = await trx(TABLES.ledger)
      .where('contribution_id', contribution.id)
      .whereNotNull('payment_intent_id')
      .distinct('payment_intent_id');
    return new Set(
      waitingKeys({
        contributionId: contribution.id,
        checkoutSessionId: contribution.checkoutSessionId ?? undefined,
        paymentIntentId: contribution.paymentIntentId ?? undefined,
        subscriptionId: contribution.subscriptionId ?? undefined,
      }).concat(intents.map((r: any) => `pi:${r.payment_intent_id}`))
    );
  }

  /** Applies the parked events this contribution now answers, until none is left. */
  async function replayParked(trx: Knex, contribution: ContributionRecord, batch: BatchState) {
    // The common case: nothing is parked at all (one indexed probe per transaction).
    batch.parkedMayExist ??= Boolean(await trx(TABLES.events).where('outcome', 'parked').first('id'));
    if (!batch.parkedMayExist) return;
    for (let round = 0; round < 10; round += 1) {
      const keys = await linkKeysOf(trx, contribution);
      const parked = await trx(TABLES.events).where('outcome', 'parked').select('id', 'event_id', 'waiting_for');
      const ready = parked.filter((row: any) =>
        String(row.waiting_for ?? '')
          .split(' ')
          .some((key) => keys.has(key))
      );
      if (!ready.length) return;
      for (const row of ready) {
        const stored = (await strapi.db.query(STRIPE_EVENT_UID).findOne({ where: { id: row.id } })) as any;
        const event = (typeof stored.payload === 'string' ? JSON.parse(stored.payload) : stored.payload) as StripeEventLike;
        const plan = planStripeEvent(event);
        // No new advisory locks here (they would be taken out of order): a twin replay in another
        // transaction meets the same ledger keys and adds nothing.
        const target = (await resolve(trx, plan.lookup)) ?? contribution;
        const { contribution: applied } = await applyPlan(trx, event.id, plan, target);
        if (applied.id === contribution.id) contribution = applied;
        await strapi.db.query(STRIPE_EVENT_UID).update({
          where: { id: row.id },
          data: { outcome: 'processed', processedAt: new Date(), contributionId: target.id, waitingFor: null, payload: null },
        });
      }
    }
  }

  /** One event inside a (shared) transaction. A copy of an event already stored is a `duplicate`. */
  async function applyInTransaction(trx: Knex, event: StripeEventLike, now: Date, batch: BatchState): Promise<EventResult> {
    const plan = planStripeEvent(event, now);
    if (!plan.handled) {
      const stored = await recordEvent(trx, event, now, { outcome: 'ignored', processed_at: now });
      return { outcome: stored ? 'ignored' : 'duplicate', contributionId: null };
    }
    await lock(trx, lockKeys(plan));
    const found = await resolve(trx, plan.lookup);
    if (!found) {
      // Parked until the event that links these ids arrives (STR-03); the payload stays for the replay.
      const parked = { outcome: 'parked', waiting_for: waitingKeys(plan.lookup).join(' '), payload: JSON.stringify(event) };
      if (!(await recordEvent(trx, event, now, parked))) return { outcome: 'duplicate', contributionId: null };
      batch.parkedMayExist = true;
      return { outcome: 'parked', contributionId: null };
    }
    const processed = { outcome: 'processed', processed_at: now, contribution_id: found.id };
    if (!(await recordEvent(trx, event, now, processed))) return { outcome: 'duplicate', contributionId: null };
    const { contribution, flagged } = await applyPlan(trx, event.id, plan, found);
    await replayParked(trx, contribution, batch);
    return { outcome: flagged ? 'flagged' : 'processed', contributionId: contribution.id };
  }

  /** Applies events in order in one transaction; the shared total rows are written last, just before commit. */
  function runBatch(items: Pending[]) {
    return strapi.db.transaction(async ({ trx }) => {
      core.deferTotals(trx);
      const batch: BatchState = {};
      const results: EventResult[] = [];
      for (const item of items) results.push(await applyInTransaction(trx, item.event, item.now, batch));
      await core.flushTotals(trx);
      return results;
    });
  }

  /**
   * Group commit: while a transaction runs, arriving events wait and then go together in the next
   * (up to MAX_BATCH, at most MAX_CONCURRENT_BATCHES at once), so the fixed cost of a transaction (begin, the parked probe, the hot total rows,
   * the commit's disk flush) is paid once per batch, not once per event. Every response still waits for
   * its event's commit. If a batch fails (one bad event, a deadlock with another instance), each of its
   * events is retried in a transaction of its own, so one event never fails another.
   */
  const queue: Pending[] = [];
  let workers = 0;
  /** Events queued or being applied, by id: a concurrent copy waits for its twin instead of racing it. */
  const inFlight = new Map<string, Promise<EventResult>>();

  function submit(event: StripeEventLike, now: Date): Promise<EventResult> {
    const twin = inFlight.get(event.id);
    // The copy is a duplicate once its twin committed; if the twin failed, the copy tries on its own.
    if (twin)
      return twin.then(
        () => ({ outcome: 'duplicate' as const, contributionId: null }),
        () => submit(event, now)
      );
    const result = new Promise<EventResult>((resolve, reject) => {
      queue.push({ event, now, resolve, reject });
      if (workers < MAX_CONCURRENT_BATCHES) void work();
    });
    inFlight.set(event.id, result);
    const forget = () => void inFlight.delete(event.id);
    result.then(forget, forget);
    return result;
  }

  async function work() {
    workers += 1;
    try {
      while (queue.length) {
        const items = queue.splice(0, MAX_BATCH);
        try {
          const results = await runBatch(items);
          items.forEach((item, i) => item.resolve(results[i]));
        } catch (error) {
          if (items.length === 1) {
            items[0].reject(error);
            continue;
          }
          for (const item of items) {
            try {
              item.resolve((await runBatch([item]))[0]);
            } catch (alone) {
              item.reject(alone);
            }
          }
        }
      }
    } finally {
      workers -= 1;
    }
  }

  return {
    /**
     * Verifies a webhook delivery: the exact bytes Stripe signed, the `Stripe-Signature` header, the
     * endpoint secret and a timestamp at most 300 s old. Anything else is a 400 (STR-01).
     */
    verifyWebhook(rawBody: string | Buffer | undefined, signature: string | string[] | undefined): StripeEventLike {
      // Offline development only: the sandbox signs its events with its own per-process secret.
      const secret = config().stripeWebhookSecret || (gatewayName(strapi) === 'sandbox' ? sandboxWebhookSecret() : '');
      if (!secret) throw new Error('STRIPE_WEBHOOK_SECRET is not configured: refusing to accept webhooks.');
      if (rawBody === undefined || rawBody === null || rawBody === '') throw new errors.ValidationError('Empty webhook body.');
      if (typeof signature !== 'string' || !signature)
        throw new errors.ValidationError('Missing Stripe-Signature header.', { code: 'invalid_signature' });
      try {
        return stripeClient(strapi).webhooks.constructEvent(
          rawBody,
          signature,
          secret,
          WEBHOOK_TOLERANCE_SECONDS
        ) as unknown as StripeEventLike;
      } catch (error: any) {
        throw new errors.ValidationError(`Stripe signature verification failed: ${error?.message ?? 'invalid'}`, {
          code: 'invalid_signature',
        });
      }
    },

    /**
     * Applies a verified event once: the event id, its ledger rows and totals commit together; a copy
     * (even a concurrent one) meets the unique event id and changes nothing. Events arriving together
     * share one transaction (group commit, see `submit`); the promise settles once that has committed.
     */
    applyStripeEvent(event: StripeEventLike, now = new Date()): Promise<EventResult> {
      if (!event?.id || !event.type) return Promise.reject(new errors.ValidationError('Not a Stripe event.'));
      return submit(event, now);
    },

    /** Applies parked events that a contribution now answers (after the checkout code links a session). */
    async replayParkedFor(contributionId: number) {
      await strapi.db.transaction(async ({ trx }) => {
        const contribution = await findLocked(trx, 'id', contributionId);
        if (!contribution) return;
        core.deferTotals(trx);
        await replayParked(trx, contribution, {});
        await core.flushTotals(trx);
      });
    },
  };
}
