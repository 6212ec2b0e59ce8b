import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { planStripeEvent, waitingKeys, type ContributionLookup, type EventPlan, type StripeEventLike } from '../../domain/stripe-events';
import { PLUGIN_ID } from '../../plugin-id';
import { getService } from '../../utils/get-service';
import type { FundraisingConfig } from '../../config';
import { stripeClient } from '../stripe/stripe-client';
import { gatewayName } from '../payments/checkout-gateway';
import { sandboxWebhookSecret } from '../payments/sandbox';
import type { LedgerCore } from './ledger-core';
import { randomBytes } from 'crypto';
import { contributionFromRow, STRIPE_EVENT_UID, strapiRowColumns, TABLES, type ContributionRecord, type Knex } from './tables';

/** Stripe's own default and the limit STR-01 states: a signature older than this is refused. */
export const WEBHOOK_TOLERANCE_SECONDS = 300;

export type WebhookOutcome = 'processed' | 'ignored' | 'parked' | 'duplicate';

class DuplicateEvent extends Error {}

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

  /** Fills in the Stripe ids the contribution did not know yet (never overwrites one). */
  async function applyPatch(trx: Knex, contribution: ContributionRecord, plan: EventPlan) {
    const { patch } = plan;
    const changes: Record<string, unknown> = {};
    if (patch.paymentIntentId && !contribution.paymentIntentId) changes.paymentIntentId = patch.paymentIntentId;
    if (patch.subscriptionId && !contribution.subscriptionId) changes.subscriptionId = patch.subscriptionId;
    if (patch.customerId && !contribution.customerId) changes.customerId = patch.customerId;
    if (plan.lookup.checkoutSessionId && !contribution.checkoutSessionId) changes.checkoutSessionId = plan.lookup.checkoutSessionId;
    if (patch.failedAt && !contribution.failedAt) changes.failedAt = patch.failedAt;
    if (patch.recurringCancelledAt && !contribution.recurringCancelledAt) changes.recurringCancelledAt = patch.recurringCancelledAt;
    if (!Object.keys(changes).length) return contribution;
    const columns = Object.fromEntries(
      Object.entries(changes).map(([key, value]) => [key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`), value])
    );
    await trx(TABLES.contributions).where('id', contribution.id).update(columns);
    return { ...contribution, ...changes } as ContributionRecord;
  }

  /** Applies a planned event to its contribution: Stripe ids, ledger rows, totals, status. */
  async function applyPlan(trx: Knex, eventId: string, plan: EventPlan, found: ContributionRecord) {
    const contribution = await applyPatch(trx, found, plan);
    for (const movement of plan.movements) {
      // FEC-04: each installment counts toward the election ahead on its own date (the general once the
      // primary is past). Money Stripe already moved is always recorded; the limit is checked before
      // the charge (payments.screenInstallment) and FEC-10 catches anything that slipped past.
      const electionId = plan.installment
        ? await getService('compliance-config').electionFor(contribution.electionId, movement.occurredAt)
        : undefined;
      await core.appendRow(trx, contribution, { ...movement, eventId, electionId });
    }
    await core.refreshStatus(trx, contribution);
    return contribution;
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
  async function replayParked(trx: Knex, contribution: ContributionRecord) {
    // The common case: nothing is parked at all (one indexed probe).
    if (!(await trx(TABLES.events).where('outcome', 'parked').first('id'))) return;
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
        const applied = await applyPlan(trx, event.id, plan, target);
        if (applied.id === contribution.id) contribution = applied;
        await strapi.db.query(STRIPE_EVENT_UID).update({
          where: { id: row.id },
          data: { outcome: 'processed', processedAt: new Date(), contributionId: target.id, waitingFor: null, payload: null },
        });
      }
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
      if (typeof signature !== 'string' || !signature) throw new errors.ValidationError('Missing Stripe-Signature header.');
      try {
        return stripeClient(strapi).webhooks.constructEvent(
          rawBody,
          signature,
          secret,
          WEBHOOK_TOLERANCE_SECONDS
        ) as unknown as StripeEventLike;
      } catch (error: any) {
        throw new errors.ValidationError(`Stripe signature verification failed: ${error?.message ?? 'invalid'}`);
      }
    },

    /**
     * Applies a verified event once: the event id, its ledger rows and totals commit together; a copy
     * (even a concurrent one) meets the unique event id and changes nothing.
     */
    async applyStripeEvent(event: StripeEventLike, now = new Date()): Promise<{ outcome: WebhookOutcome; contributionId: number | null }> {
      if (!event?.id || !event.type) throw new errors.ValidationError('Not a Stripe event.');
      const plan = planStripeEvent(event, now);
      try {
        return await strapi.db.transaction(async ({ trx }) => {
          if (!plan.handled) {
            if (!(await recordEvent(trx, event, now, { outcome: 'ignored', processed_at: now }))) throw new DuplicateEvent(event.id);
            return { outcome: 'ignored' as const, contributionId: null };
          }
          await lock(trx, lockKeys(plan));
          const found = await resolve(trx, plan.lookup);
          if (!found) {
            // Parked until the event that links these ids arrives (STR-03); the payload stays for the replay.
            const parked = { outcome: 'parked', waiting_for: waitingKeys(plan.lookup).join(' '), payload: JSON.stringify(event) };
            if (!(await recordEvent(trx, event, now, parked))) throw new DuplicateEvent(event.id);
            return { outcome: 'parked' as const, contributionId: null };
          }
          const processed = { outcome: 'processed', processed_at: now, contribution_id: found.id };
          if (!(await recordEvent(trx, event, now, processed))) throw new DuplicateEvent(event.id);
          core.deferTotals(trx);
          const contribution = await applyPlan(trx, event.id, plan, found);
          await replayParked(trx, contribution);
          // Last: the shared total rows stay locked only from here to the commit.
          await core.flushTotals(trx);
          return { outcome: 'processed' as const, contributionId: contribution.id };
        });
      } catch (error) {
        if (error instanceof DuplicateEvent) return { outcome: 'duplicate', contributionId: null };
        throw error;
      }
    },

    /** Applies parked events that a contribution now answers (after the checkout code links a session). */
    async replayParkedFor(contributionId: number) {
      await strapi.db.transaction(async ({ trx }) => {
        const contribution = await findLocked(trx, 'id', contributionId);
        if (!contribution) return;
        core.deferTotals(trx);
        await replayParked(trx, contribution);
        await core.flushTotals(trx);
      });
    },
  };
}
