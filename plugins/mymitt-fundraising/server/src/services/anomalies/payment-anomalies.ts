import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { conflict, unprocessable } from '@mymitt/plugin-kit';
import { toInstant } from '../../domain/calendar-date';
import { stripeClient } from '../stripe/stripe-client';
import { CONTRIBUTION_UID } from '../ledger/tables';
import { PAYMENT_ANOMALY_TABLE, PAYMENT_ANOMALY_UID, type PaymentAnomalyRecord } from './anomaly-rows';
import { rowsOf, type DbCount } from '@mymitt/plugin-kit';

type AnomalyStatus = PaymentAnomalyRecord['status'];

/** The flagged gift's own payment and donor, as the list shows them. */
interface FlaggedContribution {
  id: number;
  documentId: string;
  status: string;
  amountCents: number | string;
  paymentIntentId: string | null;
  subscriptionId: string | null;
  firstName: string | null;
  lastName: string | null;
  email: string | null;
}

/**
 * `getService('payment-anomalies')`: the duplicate payments the webhook flagged instead of booking
 * (domain/payment-anomalies.ts), for Finance to see and refund. The ledger never holds them, so
 * totals and FEC aggregates count each contribution once.
 */
const paymentAnomalies = ({ strapi }: { strapi: Core.Strapi }) => {
  /** What refunds and disputes already gave back per flagged payment intent (positive cents). */
  async function returnedCents(paymentIntentIds: string[]) {
    if (!paymentIntentIds.length) return new Map<string, number>();
    const rows = await rowsOf<{ payment_intent_id: string; cents: DbCount }>(
      strapi.db
        .connection(PAYMENT_ANOMALY_TABLE)
      .whereIn('payment_intent_id', paymentIntentIds)
      .whereNot('kind', 'charge')
      .select('payment_intent_id')
      .sum({ cents: 'amount_cents' })
      .groupBy('payment_intent_id')
    );
    return new Map(rows.map((r) => [r.payment_intent_id, -Number(r.cents)]));
  }

  return {
    /** Duplicate payments, newest first, with the contribution's own payment and its donor. */
    async list(status?: AnomalyStatus) {
      const flags: PaymentAnomalyRecord[] = await strapi.db.query(PAYMENT_ANOMALY_UID).findMany({
        where: { kind: 'charge', ...(status && { status }) },
        orderBy: [{ detectedAt: 'desc' }, { id: 'desc' }],
        limit: 500,
      });
      const returned = await returnedCents(flags.map((f) => f.paymentIntentId).filter((id): id is string => Boolean(id)));
      const ids = [...new Set(flags.map((f) => f.contributionId))];
      const contributions: FlaggedContribution[] = ids.length
        ? await strapi.db.query(CONTRIBUTION_UID).findMany({
            where: { id: { $in: ids } },
            select: ['id', 'documentId', 'status', 'amountCents', 'paymentIntentId', 'subscriptionId', 'firstName', 'lastName', 'email'],
          })
        : [];
      const byId = new Map(contributions.map((c) => [c.id, c]));
      return flags.map((f) => {
        const contribution = byId.get(f.contributionId);
        return {
          id: f.id,
          status: f.status,
          contributionId: f.contributionId,
          stripeObjectKey: f.stripeObjectKey,
          paymentIntentId: f.paymentIntentId ?? null,
          checkoutSessionId: f.checkoutSessionId ?? null,
          subscriptionId: f.subscriptionId ?? null,
          eventId: f.eventId ?? null,
          amountCents: Number(f.amountCents),
          returnedCents: (f.paymentIntentId && returned.get(f.paymentIntentId)) || 0,
          occurredAt: toInstant(f.occurredAt).toISOString(),
          detectedAt: toInstant(f.detectedAt).toISOString(),
          contribution: contribution
            ? {
                documentId: contribution.documentId,
                status: contribution.status,
                amountCents: Number(contribution.amountCents),
                paymentIntentId: contribution.paymentIntentId ?? null,
                subscriptionId: contribution.subscriptionId ?? null,
              }
            : null,
          donor: contribution ? { name: `${contribution.firstName} ${contribution.lastName}`, email: contribution.email as string } : null,
        };
      });
    },

    /**
     * Refunds what is left of a duplicate payment at Stripe. The flag settles when Stripe's
     * charge.refunded arrives (recorded on the flag, never in the ledger). The idempotency key names the
     * flag and what was given back so far, so a double click refunds once (STR-04).
     */
    async refund(id: number) {
      const flag: PaymentAnomalyRecord | null = await strapi.db.query(PAYMENT_ANOMALY_UID).findOne({ where: { id, kind: 'charge' } });
      if (!flag) throw new errors.NotFoundError('No such duplicate payment.');
      if (flag.status !== 'open') throw conflict('This duplicate payment is already refunded.', { status: flag.status });
      if (!flag.paymentIntentId) {
        throw unprocessable('This duplicate payment names no payment intent: refund it in the Stripe dashboard.', { id });
      }
      const given = (await returnedCents([flag.paymentIntentId])).get(flag.paymentIntentId) ?? 0;
      const amountCents = Number(flag.amountCents) - given;
      try {
        const refund = await stripeClient(strapi).refunds.create(
          {
            payment_intent: flag.paymentIntentId,
            amount: amountCents,
            metadata: { contributionId: String(flag.contributionId), paymentAnomalyId: String(id) },
          },
          { idempotencyKey: `payment-anomaly-refund:${id}:${given}` }
        );
        return { id, refundId: refund.id, amountCents };
      } catch (error) {
        throw unprocessable(`Stripe refused the refund: ${(error as Error | undefined)?.message ?? 'unknown error'}`, { id });
      }
    },
  };
};

export default paymentAnomalies;
