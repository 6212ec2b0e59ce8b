import type { Core } from '@strapi/strapi';
import type { ListQuery } from '@mymitt/plugin-kit';
import { startOrderCheckout, type CheckoutInput } from './checkout';
import { markOrderPaid, type PaidOrderNotice } from './paid';
import { releaseExpiredOrders } from './stock';
import { linesOf, orderByDocumentId, pageOfOrders } from './order-reads';
import { TABLES } from '../tables';
import { fulfilOrder, refundOrder, shipOrder } from './staff-actions';

/** `getService('orders')`: checkout, payment, expiry, the buyer's reads and staff's order actions. */
const orders = ({ strapi }: { strapi: Core.Strapi }) => ({
  checkout: (input: CheckoutInput) => startOrderCheckout(strapi, input),
  markPaid: (notice: PaidOrderNotice, now?: Date) => markOrderPaid(strapi, notice, now),
  /** The expiry sweep (every instance runs it; claims make it safe). */
  async releaseExpired(now = new Date()) {
    const released = await releaseExpiredOrders(strapi, now);
    if (released.orders) strapi.plugin('mymitt-store').service('catalog').forget();
    return released;
  },
  async withLines(documentId: string) {
    const order = await orderByDocumentId(strapi, documentId);
    if (!order) return null;
    return { order, lines: (await linesOf(strapi, [order.id])).get(order.id) ?? [] };
  },
  /** A supporter's own orders (not the cancelled, unpaid ones), newest first. */
  mine: (userId: number, list: ListQuery, status?: string) =>
    pageOfOrders(strapi, { userId, status: status ? { $eq: status } : { $ne: 'cancelled' } }, list),
  /** Staff's list: filter by status, shipping state and product. */
  async list(list: ListQuery, filters: { status?: string; state?: string; productDocumentId?: string }) {
    const where: Record<string, unknown> = {};
    if (filters.status) where.status = filters.status;
    if (filters.state) where.shipState = filters.state;
    if (filters.productDocumentId) {
      const ids = await strapi.db.connection(TABLES.lines).where('product_document_id', filters.productDocumentId).distinct('order_id');
      where.id = { $in: ids.map((row: any) => row.order_id) };
    }
    return pageOfOrders(strapi, where, list);
  },
  fulfil: (documentId: string) => fulfilOrder(strapi, documentId),
  ship: (documentId: string, shipment: { carrier: string; trackingNumber: string }) => shipOrder(strapi, documentId, shipment),
  refund: (documentId: string, request: { lineDocumentIds?: string[]; reason?: string }, adminId: number | null) =>
    refundOrder(strapi, documentId, request, adminId),
});

export default orders;
