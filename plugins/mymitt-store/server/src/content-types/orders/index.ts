import order from './order/schema.json';
import orderLine from './order-line/schema.json';
import stockReservation from './stock-reservation/schema.json';

/** Transactions (no draft & publish): orders, their lines and the stock each holds. Scalar ids for raw SQL. */
export default {
  order: { schema: order },
  'order-line': { schema: orderLine },
  'stock-reservation': { schema: stockReservation },
};
