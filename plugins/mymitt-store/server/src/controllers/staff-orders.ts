import { errors, validateZodSchema } from '@strapi/utils';
import { filterValue, paginationMeta, parseListQuery } from '@mymitt/plugin-kit';
import { getService } from '../utils/get-service';
import { emptyBody, refundBody, shipBody, STAFF_ORDERS_LIST } from '../validators/queries';
import { staffOrder } from '../services/orders/order-answers';

const send = (ctx: any, found: { order: any; lines: any[] } | null) => {
  if (!found) throw new errors.NotFoundError('No such order.', { code: 'order_not_found' });
  ctx.body = { data: staffOrder(found.order, found.lines) };
};

/** Admin: orders with their buyers, fulfilment, shipping and refunds (RBAC per route). */
const staffOrders = () => ({
  async list(ctx: any) {
    const list = parseListQuery(ctx, STAFF_ORDERS_LIST);
    const { orders, total } = await getService('orders').list(list, {
      status: filterValue(list, 'status'),
      state: filterValue(list, 'state'),
      productDocumentId: filterValue(list, 'product'),
    });
    ctx.body = { data: orders.map(({ order, lines }) => staffOrder(order, lines)), meta: { pagination: paginationMeta(list, total) } };
  },

  async findOne(ctx: any) {
    send(ctx, await getService('orders').withLines(String(ctx.params.documentId)));
  },

  async fulfil(ctx: any) {
    await validateZodSchema(emptyBody)(ctx.request.body ?? {});
    const order = await getService('orders').fulfil(String(ctx.params.documentId));
    send(ctx, await getService('orders').withLines(order.documentId));
  },

  async ship(ctx: any) {
    const shipment = await validateZodSchema(shipBody)(ctx.request.body ?? {});
    const order = await getService('orders').ship(String(ctx.params.documentId), shipment);
    send(ctx, await getService('orders').withLines(order.documentId));
  },

  async refund(ctx: any) {
    const body = await validateZodSchema(refundBody)(ctx.request.body ?? {});
    const { order, refund } = await getService('orders').refund(String(ctx.params.documentId), body, ctx.state.user?.id ?? null);
    const found = await getService('orders').withLines(order.documentId);
    ctx.body = { data: { order: staffOrder(found!.order, found!.lines), refund } };
  },

  async packingList(ctx: any) {
    ctx.set('Content-Type', 'text/csv; charset=utf-8');
    ctx.set('Content-Disposition', 'attachment; filename="packing-list.csv"');
    ctx.set('Cache-Control', 'private, no-store');
    ctx.body = await getService('reports').packingListCsv();
  },
});

export default staffOrders;
