/** The store's admin answers (server/src/services/orders/order-answers.ts, services/reports). Money is integer cents. */

export const ORDER_STATUSES = ['pending', 'paid', 'fulfilled', 'shipped', 'cancelled', 'refunded', 'partially_refunded'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export interface StaffOrderLine {
  documentId: string;
  sku: string;
  name: string;
  qty: number;
  unitPriceCents: number;
  refundedCents: number;
  /** The product the line's variant belongs to (the orders page's product filter). */
  productDocumentId: string;
}

/** GET /mymitt-store/orders and /orders/:documentId (admin). */
export interface StaffOrder {
  documentId: string;
  status: OrderStatus;
  itemsCents: number;
  shippingCents: number;
  totalCents: number;
  refundedCents: number;
  contributionDocumentId: string | null;
  shipping: { name: string; street: string; street2: string | null; city: string; state: string; zip: string };
  carrier: string | null;
  trackingNumber: string | null;
  createdAt: string;
  expiresAt: string | null;
  paidAt: string | null;
  fulfilledAt: string | null;
  shippedAt: string | null;
  cancelledAt: string | null;
  email: string;
  guest: boolean;
  stockShortfall: boolean;
  lines: StaffOrderLine[];
}

export interface OrderFilters {
  status?: OrderStatus;
  /** A two-letter shipping state. */
  state?: string;
  productDocumentId?: string;
  page: number;
}

export interface OrderPage {
  data: StaffOrder[];
  meta: { pagination: { page: number; pageSize: number; pageCount: number; total: number } };
}

/** POST /orders/:documentId/ship */
export interface Shipment {
  carrier: string;
  trackingNumber: string;
}

/** POST /orders/:documentId/refunds: these lines in full, or (none) all that is left with shipping. */
export interface RefundRequest {
  lineDocumentIds?: string[];
  reason?: string;
}

/** GET /stock/low */
export interface LowStockVariant {
  sku: string;
  productDocumentId: string;
  product: string;
  size: string | null;
  color: string | null;
  stock: number;
}

/** GET /reports/sales: net of refunds, paid orders only. */
export interface SalesReport {
  byProduct: Array<{ productDocumentId: string; name: string; units: number; grossCents: number; refundedCents: number; netCents: number }>;
  byState: Array<{ state: string; orders: number; netCents: number }>;
}

/** GET /goals */
export interface GoalProgress {
  documentId: string;
  name: string;
  scope: 'product' | 'drive';
  productDocumentId: string | null;
  startsAt: string | null;
  endsAt: string | null;
  goalCents: number;
  soldCents: number;
  percent: number;
}
