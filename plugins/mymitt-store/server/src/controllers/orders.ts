import type { Core } from '@strapi/strapi';
import { errors, validateZodSchema } from '@strapi/utils';
import { filterValue, forbidden, paginationMeta, parseListQuery } from '@mymitt/plugin-kit';
import { getService } from '../utils/get-service';
import { checkoutBody } from '../validators/checkout';
import { MY_ORDERS_LIST, orderQuery } from '../validators/queries';
import { buyerOrder } from '../services/orders/order-answers';
import { isGuestToken } from '../services/orders/guest-token';

/** Checkout and the buyer's own orders (SEC-01: nobody else's). */
const orders = ({ strapi: _ }: { strapi: Core.Strapi }) => ({
  /** POST /checkout (guests and signed-in supporters): 201 with the hosted checkout URL. */
  async checkout(ctx: any) {
    const body = await validateZodSchema(checkoutBody)(ctx.request.body ?? {});
    const started = await getService('orders').checkout({ body, userId: ctx.state.user?.id ?? null, origin: ctx.origin });
    const saved = (await getService('orders').withLines(started.order.documentId))!;
    ctx.status = 201;
    ctx.body = {
      data: {
        ...buyerOrder(saved.order, saved.lines),
        checkoutUrl: started.checkoutUrl,
        orderToken: started.guestToken,
      },
    };
  },

  /** GET /orders/mine (supporter) */
  async mine(ctx: any) {
    const list = parseListQuery(ctx, MY_ORDERS_LIST);
    const { orders: page, total } = await getService('orders').mine(ctx.state.user.id, list, filterValue(list, 'status'));
    ctx.body = { data: page.map(({ order, lines }) => buyerOrder(order, lines)), meta: { pagination: paginationMeta(list, total) } };
  },

  /** GET /orders/:documentId: its buyer signed in, or anyone holding the guest order link's token. */
  async findOne(ctx: any) {
    const { token } = await validateZodSchema(orderQuery)(ctx.query ?? {});
    ctx.set('Cache-Control', 'private, no-store');
    const found = await getService('orders').withLines(String(ctx.params.documentId));
    if (!found) throw new errors.NotFoundError('No such order.', { code: 'order_not_found' });
    const { order, lines } = found;
    const userId = ctx.state.user?.id ?? null;
    const owner = order.userId ? order.userId === userId : isGuestToken(token, order.guestTokenHash);
    if (!owner) {
      throw forbidden(
        order.userId ? 'This order belongs to another account.' : 'Open this order from the link in its confirmation (the link carries its key).',
        { code: 'not_owner' }
      );
    }
    ctx.body = { data: buyerOrder(order, lines) };
  },
});

export default orders;
