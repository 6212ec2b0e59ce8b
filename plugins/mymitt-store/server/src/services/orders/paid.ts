import type { Core } from '@strapi/strapi';
import { publishDomainEvent } from '@mymitt/plugin-kit';
import { PLUGIN_ID } from '../../plugin-id';
import { TABLES, UIDS, type OrderRecord } from '../tables';
import { commitReservations, takeStock } from './stock';

export interface PaidOrderNotice {
  contributionId: number;
  /** The order's documentId (the purposeRef after `store:`). */
  reference: string;
  amountCents: number;
}

/**
 * The fundraising plugin's onPaid handler for `store:<documentId>`: the order becomes paid and its
 * held units committed, once (a replayed webhook finds it paid and changes nothing); `mymitt.order.paid`
 * follows the commit. A payment that lands after the hold expired (the units went back) takes them
 * again if they are still there; if not, the order is paid with `stockShortfall` for staff to resolve
 * (the money is a contribution either way and stays in the ledger).
 */
export async function markOrderPaid(strapi: Core.Strapi, notice: PaidOrderNotice, now = new Date()) {
  const order = (await strapi.db.query(UIDS.order).findOne({ where: { documentId: notice.reference } })) as OrderRecord | null;
  if (!order) return void strapi.log.warn(`[${PLUGIN_ID}] payment for unknown order ${notice.reference}`);
  if (Number(notice.amountCents) !== Number(order.totalCents)) {
    strapi.log.warn(`[${PLUGIN_ID}] order ${order.documentId} paid ${notice.amountCents}¢ for a total of ${order.totalCents}¢`);
  }
  const paid = { status: 'paid', paid_at: now, contribution_id: notice.contributionId };

  const changed = await strapi.db.transaction(async ({ trx }) => {
    if (Number(await trx(TABLES.orders).where({ id: order.id, status: 'pending' }).update(paid)) === 1) {
      await commitReservations(trx, order.id);
    } else if (Number(await trx(TABLES.orders).where({ id: order.id, status: 'cancelled' }).whereNull('paid_at').update(paid)) === 1) {
      await retakeStock(strapi, trx, order.id, now);
    } else return false;
    await publishDomainEvent(strapi, 'mymitt.order.paid', { sourceId: order.documentId, userId: order.userId ?? null, occurredAt: now.toISOString() });
    return true;
  });
  if (changed) strapi.plugin(PLUGIN_ID).service('catalog').forget();
}

async function retakeStock(strapi: Core.Strapi, trx: any, orderId: number, now: Date) {
  const lines = await trx(TABLES.lines).where('order_id', orderId).select('variant_id', 'qty');
  let short = false;
  for (const line of lines) {
    if (await takeStock(trx, line.variant_id, Number(line.qty))) {
      await strapi.db.query(UIDS.reservation).create({
        data: { orderId, variantId: line.variant_id, qty: Number(line.qty), status: 'committed', expiresAt: now },
      });
    } else short = true;
  }
  await trx(TABLES.orders).where('id', orderId).update({ cancelled_at: null, stock_shortfall: short });
  if (short) strapi.log.warn(`[${PLUGIN_ID}] order ${orderId} was paid after its hold expired and its units were sold: stock shortfall`);
}
