import type { Core } from '@strapi/strapi';

export const UIDS = {
  product: 'plugin::mymitt-store.product',
  variant: 'plugin::mymitt-store.variant',
  salesGoal: 'plugin::mymitt-store.sales-goal',
  order: 'plugin::mymitt-store.order',
  orderLine: 'plugin::mymitt-store.order-line',
  reservation: 'plugin::mymitt-store.stock-reservation',
} as const;

export const TABLES = {
  products: 'mymitt_store_products',
  variants: 'mymitt_store_variants',
  goals: 'mymitt_store_sales_goals',
  orders: 'mymitt_store_orders',
  lines: 'mymitt_store_order_lines',
  reservations: 'mymitt_store_stock_reservations',
  /** Upload's polymorphic link table (media fields of every content type). */
  fileLinks: 'files_related_mph',
  files: 'files',
} as const;

export type Knex = Core.Strapi['db']['connection'];

/** The link table of a manyToOne relation (Strapi 5 keeps relations in `*_lnk` tables, names possibly shortened). */
export function linkTable(strapi: Core.Strapi, uid: string, attribute: string) {
  const joinTable = (strapi.db.metadata.get(uid as any).attributes as any)[attribute].joinTable;
  return { name: joinTable.name as string, from: joinTable.joinColumn.name as string, to: joinTable.inverseJoinColumn.name as string };
}

/** Orders whose money arrived (and was not all refunded): what sales and per-person limits count. */
export const SOLD_STATUSES = ['paid', 'fulfilled', 'shipped', 'partially_refunded'] as const;
/** Orders still holding units for a buyer: sold, or waiting for payment. */
export const HOLDING_STATUSES = ['pending', ...SOLD_STATUSES] as const;

export interface OrderRecord {
  id: number;
  documentId: string;
  status: 'pending' | 'paid' | 'fulfilled' | 'shipped' | 'cancelled' | 'refunded' | 'partially_refunded';
  userId: number | null;
  buyerKey: string;
  email: string;
  guestTokenHash: string | null;
  shipName: string;
  shipStreet: string;
  shipStreet2: string | null;
  shipCity: string;
  shipState: string;
  shipZip: string;
  itemsCents: number;
  shippingCents: number;
  totalCents: number;
  refundedCents: number;
  contributionId: number | null;
  contributionDocumentId: string | null;
  locale: string | null;
  expiresAt: string | Date | null;
  paidAt: string | Date | null;
  fulfilledAt: string | Date | null;
  shippedAt: string | Date | null;
  cancelledAt: string | Date | null;
  carrier: string | null;
  trackingNumber: string | null;
  stockShortfall: boolean;
  createdAt: string | Date;
}

export interface OrderLineRecord {
  id: number;
  documentId: string;
  orderId: number;
  variantId: number;
  productDocumentId: string;
  sku: string;
  name: string;
  qty: number;
  unitPriceCents: number;
  refundedCents: number;
}
