import { z } from '@strapi/utils';
import { isUsStateCode, type ListSpec } from '@mymitt/plugin-kit';
import { STORE_LOCALES } from '../services/catalog/catalog-queries';

const ORDER_STATUSES = ['pending', 'paid', 'fulfilled', 'shipped', 'cancelled', 'refunded', 'partially_refunded'] as const;
const slugValue = z.string().trim().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a lowercase slug').max(40);
const booleanValue = z.enum(['true', 'false']).transform((v) => v === 'true');

/** GET /products?filters[category][$eq]=shirts&filters[inStock][$eq]=true&locale=es */
export const PRODUCT_LIST: ListSpec = {
  filters: { category: { ops: ['$eq'], value: slugValue }, inStock: { ops: ['$eq'], value: booleanValue } },
  locales: STORE_LOCALES,
  defaultPageSize: 24,
};

/** GET /products/:slug?locale=es */
export const productQuery = z.object({ locale: z.enum(STORE_LOCALES).optional() }).strict();

/** GET /orders/mine?filters[status][$eq]=shipped */
export const MY_ORDERS_LIST: ListSpec = {
  filters: { status: { ops: ['$eq'], value: z.enum(ORDER_STATUSES) } },
  sort: ['createdAt', 'totalCents'],
  defaultSort: [{ field: 'createdAt', order: 'desc' }],
  defaultPageSize: 10,
};

/** GET /orders/:documentId?token=… (a guest's order link) */
export const orderQuery = z.object({ token: z.string().min(20).max(100).optional() }).strict();

/** Admin GET /orders?filters[status][$eq]=paid&filters[state][$eq]=NH&filters[product][$eq]=<documentId> */
export const STAFF_ORDERS_LIST: ListSpec = {
  filters: {
    status: { ops: ['$eq'], value: z.enum(ORDER_STATUSES) },
    state: { ops: ['$eq'], value: z.string().trim().toUpperCase().refine(isUsStateCode, 'a US state code') },
    product: { ops: ['$eq'], value: z.string().trim().min(1).max(64) },
  },
  sort: ['createdAt', 'totalCents', 'paidAt'],
  defaultSort: [{ field: 'createdAt', order: 'desc' }],
};

/** Admin POST /orders/:documentId/ship */
export const shipBody = z
  .object({
    carrier: z.string().trim().min(1, 'carrier is required.').max(40),
    trackingNumber: z.string().trim().regex(/^[A-Za-z0-9-]{4,64}$/, 'trackingNumber is 4–64 letters, digits or dashes.'),
  })
  .strict();

/** Admin POST /orders/:documentId/refunds: some lines, or (no lines) the whole order with shipping. */
export const refundBody = z
  .object({
    lineDocumentIds: z.array(z.string().trim().min(1).max(64)).min(1).max(20).optional(),
    reason: z.string().trim().min(1).max(200).optional(),
  })
  .strict();

/** Admin POST /orders/:documentId/fulfil takes no body. */
export const emptyBody = z.object({}).strict();
