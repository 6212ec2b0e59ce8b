import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { conflict, isUniqueViolation, unprocessable } from '@mymitt/plugin-kit';
import { formatUsd } from '../../domain/money';
import { getService } from '../../utils/get-service';
import { stripeClient } from '../stripe/stripe-client';
import type { RefundBody } from '../../validators/finance';
import { CONTRIBUTION_UID, TABLES, type ContributionRecord, type Knex } from '../ledger/tables';
import { FINANCE_TABLES, OFFLINE_GIFT_UID, REFUND_REQUEST_UID } from './finance-tables';

const REFUNDABLE_STATUSES = ['succeeded', 'partially_refunded'];

/**
 * `getService('refunds')`: refunds asked for in the admin. A card refund is a Stripe call keyed
 * `refund:<contributionId>:<n>` (STR-04), n being the refund's number in our records; its ledger row
 * comes with the charge.refunded webhook, never from here (FEC-14: the ledger records money that moved).
 * A check or cash gift is refunded by mailing a check back: its negative `refund` row is written here.
 */
const refunds = ({ strapi }: { strapi: Core.Strapi }) => {
  /** What may still be refunded: the ledger net minus card refunds asked for and not in the ledger yet. */
  async function refundableCents(trx: Knex, contributionId: number) {
    const net = await trx(TABLES.ledger).where('contribution_id', contributionId).sum({ cents: 'amount_cents' }).first();
    const requests = await trx(FINANCE_TABLES.refundRequests)
      .where('contribution_id', contributionId)
      .whereIn('status', ['requested', 'sent'])
      .select('amount_cents', 'stripe_refund_id');
    const keys = requests.filter((r: any) => r.stripe_refund_id).map((r: any) => `refund:${r.stripe_refund_id}`);
    const recorded = new Set(
      keys.length
        ? (await trx(TABLES.ledger).whereIn('stripe_object_key', keys).select('stripe_object_key')).map((r: any) => r.stripe_object_key)
        : []
    );
    const inFlight = requests
      .filter((r: any) => !r.stripe_refund_id || !recorded.has(`refund:${r.stripe_refund_id}`))
      .reduce((sum: number, r: any) => sum + Number(r.amount_cents), 0);
    return Math.max(0, Number(net?.cents ?? 0) - inFlight);
  }

  return {
    refundableCents: (contributionId: number) => refundableCents(strapi.db.connection, contributionId),

    /** Refunds one contribution in full or in part; 409 when that refund number is taken (a second click). */
    async refund(contributionId: number, body: RefundBody, adminId: number | null, now = new Date()) {
      const ledger = getService('ledger');
      const planned = await strapi.db.transaction(async ({ trx }) => {
        await ledger.lockContribution(trx, contributionId);
        const contribution = (await strapi.db
          .query(CONTRIBUTION_UID)
          .findOne({ where: { id: contributionId } })) as ContributionRecord | null;
        if (!contribution) throw new errors.NotFoundError('No such contribution.');
        const previous = Number(
          (await trx(FINANCE_TABLES.refundRequests).where('contribution_id', contributionId).count({ n: '*' }).first())?.n ?? 0
        );
        if (body.refundNumber !== previous + 1) {
          throw conflict(`This contribution already has ${previous} refund request(s); reload it before refunding again.`, {
            refundCount: previous,
          });
        }
        if (!REFUNDABLE_STATUSES.includes(contribution.status)) {
          throw unprocessable(`A ${contribution.status} contribution cannot be refunded.`, { status: contribution.status });
        }
        const refundable = await refundableCents(trx, contributionId);
        const amountCents = body.amountCents ?? refundable;
        if (amountCents <= 0 || amountCents > refundable) {
          throw unprocessable(`At most ${formatUsd(refundable)} of this contribution can still be refunded.`, {
            refundableCents: refundable,
          });
        }
        const offline = await strapi.db.query(OFFLINE_GIFT_UID).findOne({ where: { contributionId } });
        if (!offline && !contribution.paymentIntentId) throw unprocessable('This contribution has no Stripe payment to refund.');

        const sequence = previous + 1;
        const base = {
          contributionId,
          sequence,
          amountCents,
          requestedByAdminId: adminId,
          reason: body.reason ?? null,
        };
        try {
          if (offline) {
            // The check mailed back is the money movement: record it now.
            await ledger.appendRow(trx, contribution, {
              kind: 'refund',
              stripeObjectKey: `offline-refund:${contributionId}:${sequence}`,
              amountCents: -amountCents,
              occurredAt: now,
            });
            await ledger.refreshStatus(trx, contribution);
            const request = await strapi.db.query(REFUND_REQUEST_UID).create({
              data: { ...base, status: 'recorded', idempotencyKey: `offline-refund:${contributionId}:${sequence}` },
            });
            return { request, paymentIntentId: null };
          }
          const request = await strapi.db.query(REFUND_REQUEST_UID).create({
            data: { ...base, status: 'requested', idempotencyKey: `refund:${contributionId}:${sequence}` },
          });
          return { request, paymentIntentId: contribution.paymentIntentId };
        } catch (error) {
          if (isUniqueViolation(error)) throw conflict('This refund was already requested.', { refundCount: sequence });
          throw error;
        }
      });

      const { request, paymentIntentId } = planned;
      if (!paymentIntentId) return present(request);

      // Outside the transaction: no row lock is held while Stripe answers.
      try {
        const refund = await stripeClient(strapi).refunds.create(
          { payment_intent: paymentIntentId, amount: Number(request.amountCents), metadata: { contributionId: String(contributionId) } },
          { idempotencyKey: request.idempotencyKey }
        );
        const sent = await strapi.db.query(REFUND_REQUEST_UID).update({
          where: { id: request.id },
          data: { status: 'sent', stripeRefundId: refund.id },
        });
        return present(sent);
      } catch (error: any) {
        await strapi.db.query(REFUND_REQUEST_UID).update({
          where: { id: request.id },
          data: { status: 'failed', error: String(error?.message ?? error).slice(0, 500) },
        });
        throw unprocessable(`Stripe refused the refund: ${error?.message ?? 'unknown error'}`, { refundRequestId: request.id });
      }
    },

    /** Every refund request of a contribution, oldest first. */
    async of(contributionId: number) {
      const rows = await strapi.db.query(REFUND_REQUEST_UID).findMany({ where: { contributionId }, orderBy: { sequence: 'asc' } });
      return rows.map(present);
    },
  };
};

function present(request: any) {
  return {
    id: request.id as number,
    contributionId: request.contributionId as number,
    refundNumber: request.sequence as number,
    amountCents: Number(request.amountCents),
    status: request.status as string,
    idempotencyKey: request.idempotencyKey as string,
    stripeRefundId: (request.stripeRefundId as string | null) ?? null,
  };
}

export default refunds;
