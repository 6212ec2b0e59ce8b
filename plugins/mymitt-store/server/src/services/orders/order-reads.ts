import type { Core } from '@strapi/strapi';
import type { ListQuery } from '@mymitt/plugin-kit';
import { UIDS, type OrderLineRecord, type OrderRecord } from '../tables';

/** The lines of some orders, by order id. */
export async function linesOf(strapi: Core.Strapi, orderIds: number[]) {
  const rows = (orderIds.length
    ? await strapi.db.query(UIDS.orderLine).findMany({ where: { orderId: { $in: orderIds } }, orderBy: { id: 'asc' } })
    : []) as OrderLineRecord[];
  const byOrder = new Map<number, OrderLineRecord[]>();
  for (const row of rows) byOrder.set(row.orderId, [...(byOrder.get(row.orderId) ?? []), row]);
  return byOrder;
}

export async function orderByDocumentId(strapi: Core.Strapi, documentId: string) {
  return (await strapi.db.query(UIDS.order).findOne({ where: { documentId } })) as OrderRecord | null;
}

/** One page of orders matching `where` (query-engine filters), newest first unless the list sorts. */
export async function pageOfOrders(strapi: Core.Strapi, where: Record<string, unknown>, list: ListQuery) {
  const query = strapi.db.query(UIDS.order);
  const orderBy = list.sort.length ? list.sort.map((term) => ({ [term.field]: term.order })) : [{ createdAt: 'desc' }, { id: 'desc' }];
  const [orders, total] = await Promise.all([
    query.findMany({ where, orderBy, offset: list.offset, limit: list.limit }) as Promise<OrderRecord[]>,
    list.withCount ? query.count({ where }) : Promise.resolve(0),
  ]);
  const lines = await linesOf(strapi, orders.map((order) => order.id));
  return { orders: orders.map((order) => ({ order, lines: lines.get(order.id) ?? [] })), total: Number(total) };
}
