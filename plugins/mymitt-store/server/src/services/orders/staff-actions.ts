import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { conflict, unprocessable } from '@mymitt/plugin-kit';
import { TABLES, type OrderLineRecord, type OrderRecord } from '../tables';
import { linesOf, orderByDocumentId } from './order-reads';
import { fundraisingRefunds } from './fundraising';

async function mustFind(strapi: Core.Strapi, documentId: string) {
  const order = await orderByDocumentId(strapi, documentId);
  if (!order) throw new errors.NotFoundError('No such order.', { code: 'order_not_found' });
  return order;
}

/**
 * Moves an order from one of `from` to `to` with ONE conditional UPDATE (two staff clicking at once:
 * one wins, the other gets 409 naming the order's status).
 */
async function advance(strapi: Core.Strapi, documentId: string, from: string[], to: Record<string, unknown>, verb: string) {
  const order = await mustFind(strapi, documentId);
  const changed = await strapi.db.connection(TABLES.orders).where('id', order.id).whereIn('status', from).update(to);
  if (Number(changed) !== 1) {
    const now = await mustFind(strapi, documentId);
    throw conflict(`A ${now.status} order cannot be ${verb}.`, { code: 'order_status', status: now.status });
  }
  return mustFind(strapi, documentId);
}

export const fulfilOrder = (strapi: Core.Strapi, documentId: string, now = new Date()) =>
  advance(strapi, documentId, ['paid'], { status: 'fulfilled', fulfilled_at: now }, 'fulfilled');

export const shipOrder = (strapi: Core.Strapi, documentId: string, shipment: { carrier: string; trackingNumber: string }, now = new Date()) =>
  advance(
    strapi,
    documentId,
    ['paid', 'fulfilled'],
    { status: 'shipped', shipped_at: now, carrier: shipment.carrier, tracking_number: shipment.trackingNumber },
    'shipped'
  );

/** What each chosen line (or the whole order, shipping included) still has to refund. */
function refundPlan(order: OrderRecord, lines: OrderLineRecord[], lineDocumentIds: string[] | undefined) {
  if (!lineDocumentIds) {
    return { amountCents: Number(order.totalCents) - Number(order.refundedCents), lines: lines.map((line) => ({ line, cents: lineRemaining(line) })) };
  }
  const chosen = lineDocumentIds.map((documentId) => {
    const line = lines.find((l) => l.documentId === documentId);
    if (!line) throw unprocessable('That line is not part of this order.', { code: 'unknown_line', lineDocumentId: documentId });
    return { line, cents: lineRemaining(line) };
  });
  return { amountCents: chosen.reduce((sum, c) => sum + c.cents, 0), lines: chosen };
}

const lineRemaining = (line: OrderLineRecord) => Number(line.qty) * Number(line.unitPriceCents) - Number(line.refundedCents ?? 0);

const REFUNDABLE = ['paid', 'fulfilled', 'shipped', 'partially_refunded'];

/**
 * Refunds a whole order or some of its lines through the fundraising plugin's refund service (a Stripe
 * refund whose ledger row arrives with its webhook, FEC-14: money records are new rows). The order and
 * its lines then record what was refunded; a line is refunded once, in full.
 */
export async function refundOrder(
  strapi: Core.Strapi,
  documentId: string,
  request: { lineDocumentIds?: string[]; reason?: string },
  adminId: number | null
) {
  const order = await mustFind(strapi, documentId);
  if (!REFUNDABLE.includes(order.status) || !order.contributionId) {
    throw unprocessable(`A ${order.status} order cannot be refunded.`, { code: 'order_status', status: order.status });
  }
  const lines = (await linesOf(strapi, [order.id])).get(order.id) ?? [];
  const plan = refundPlan(order, lines, request.lineDocumentIds);
  if (plan.amountCents <= 0) throw unprocessable('Nothing of that is left to refund.', { code: 'already_refunded' });

  const refunds = fundraisingRefunds(strapi);
  const previous = await refunds.of(order.contributionId);
  const refund = await refunds.refund(
    order.contributionId,
    { refundNumber: previous.length + 1, amountCents: plan.amountCents, reason: request.reason ?? `Store order ${order.documentId}` },
    adminId
  );

  await strapi.db.transaction(async ({ trx }) => {
    for (const { line, cents } of plan.lines) if (cents > 0) await trx(TABLES.lines).where('id', line.id).increment('refunded_cents', cents);
    await trx(TABLES.orders).where('id', order.id).increment('refunded_cents', plan.amountCents);
    const row = await trx(TABLES.orders).where('id', order.id).first('refunded_cents', 'total_cents');
    const status = Number(row.refunded_cents) >= Number(row.total_cents) ? 'refunded' : 'partially_refunded';
    await trx(TABLES.orders).where('id', order.id).update({ status });
  });
  return { order: await mustFind(strapi, documentId), refund };
}
