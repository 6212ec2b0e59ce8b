import { randomBytes } from 'crypto';
import { PLUGIN_ID } from '../../plugin-id';
import type { Movement } from '../../domain/stripe-events';
import { strapiRowColumns, type Knex } from '../ledger/tables';

export const PAYMENT_ANOMALY_UID = `plugin::${PLUGIN_ID}.payment-anomaly` as const;
export const PAYMENT_ANOMALY_TABLE = 'mymitt_payment_anomalies';

/** A payment anomaly as the query engine returns it. */
export interface PaymentAnomalyRecord {
  id: number;
  contributionId: number;
  kind: 'charge' | 'refund' | 'dispute' | 'dispute_reversal';
  stripeObjectKey: string;
  paymentIntentId: string | null;
  checkoutSessionId: string | null;
  subscriptionId: string | null;
  eventId: string | null;
  /** biginteger: a string on PostgreSQL. */
  amountCents: number | string;
  occurredAt: Date | string | number;
  detectedAt: Date | string | number;
  status: 'open' | 'settled';
}

export interface AnomalySource {
  contributionId: number;
  eventId: string;
  checkoutSessionId?: string;
  subscriptionId?: string;
}

/** Whether a payment intent was flagged as a duplicate payment (its refunds and disputes are not ledger money either). */
export async function isFlaggedPayment(trx: Knex, paymentIntentId: string) {
  return Boolean(await trx(PAYMENT_ANOMALY_TABLE).where({ payment_intent_id: paymentIntentId, kind: 'charge' }).first('id'));
}

/**
 * Records a movement the ledger does not count, once per Stripe object (the same unique key a ledger row
 * would have had, so a replay or a cumulative refund event adds nothing), inside the webhook's
 * transaction. A duplicate charge is `open` until refunds and disputes of its payment intent cover it;
 * they are recorded `settled`, and settle the charge in the same transaction whatever order they came in.
 */
export async function recordPaymentAnomaly(trx: Knex, source: AnomalySource, movement: Movement, now: Date) {
  const t = PAYMENT_ANOMALY_TABLE;
  await trx(t)
    .insert({
      ...strapiRowColumns(randomBytes(12).toString('hex'), now),
      contribution_id: source.contributionId,
      kind: movement.kind,
      stripe_object_key: movement.stripeObjectKey,
      payment_intent_id: movement.paymentIntentId ?? null,
      checkout_session_id: source.checkoutSessionId ?? null,
      subscription_id: source.subscriptionId ?? null,
      event_id: source.eventId,
      amount_cents: movement.amountCents,
      occurred_at: movement.occurredAt,
      detected_at: now,
      status: movement.kind === 'charge' ? 'open' : 'settled',
    })
    .onConflict('stripe_object_key')
    .ignore();
  if (!movement.paymentIntentId) return;
  await trx.raw(
    `update ${t} set status = case when amount_cents <= (
       select coalesce(-sum(r.amount_cents), 0) from ${t} r where r.payment_intent_id = ? and r.kind <> 'charge'
     ) then 'settled' else 'open' end
     where payment_intent_id = ? and kind = 'charge'`,
    [movement.paymentIntentId, movement.paymentIntentId]
  );
}
