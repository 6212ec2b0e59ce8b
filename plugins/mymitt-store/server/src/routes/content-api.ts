import { toStrapiRoute, type FeatureRoute } from '@mymitt/plugin-kit';
import { z } from '@strapi/utils';
import { checkoutBody } from '../validators/checkout';
import { MY_ORDERS_LIST, PRODUCT_LIST } from '../validators/queries';
import { buyerOrder, documentIdParam, productMeta, publicProduct, slugParam, startedOrder } from '../answers/store';

/** SEC-04: checkout is per-IP rate limited like the donate route. */
const CHECKOUT_RATE_LIMIT = { name: 'plugin::mymitt-store.checkout-rate-limit' };

const pluginMeta = z.object({ plugin: z.string(), displayName: z.string(), description: z.string(), settings: z.object({}).passthrough() });

/**
 * Every content-api route of the store, in match order (`/orders/mine` before `/orders/:documentId`);
 * access.ts derives the role grants from it. Catalog reads are `anyone`: the same for every viewer, CDN-cacheable.
 */
export const featureRoutes: FeatureRoute[] = [
  { method: 'GET', path: '/meta', handler: 'meta.show', access: 'public', docs: { data: pluginMeta } },
  { method: 'GET', path: '/products', handler: 'catalog.find', query: 'validated', access: 'anyone', docs: { listSpec: PRODUCT_LIST, data: publicProduct, meta: { locale: productMeta.locale } } },
  {
    method: 'GET',
    path: '/products/:slug',
    handler: 'catalog.findBySlug',
    query: 'validated',
    access: 'anyone',
    docs: { params: slugParam, query: { locale: z.enum(['en', 'es']).optional() }, data: publicProduct, meta: productMeta },
  },
  { method: 'POST', path: '/checkout', handler: 'orders.checkout', access: 'public', middlewares: [CHECKOUT_RATE_LIMIT], docs: { body: checkoutBody, data: startedOrder } },
  { method: 'GET', path: '/orders/mine', handler: 'orders.mine', query: 'validated', access: 'supporter', docs: { listSpec: MY_ORDERS_LIST, data: buyerOrder } },
  {
    method: 'GET',
    path: '/orders/:documentId',
    handler: 'orders.findOne',
    query: 'validated',
    access: 'public',
    docs: { params: documentIdParam, query: { token: z.string().optional() }, data: buyerOrder },
  },
];

export default {
  type: 'content-api',
  routes: featureRoutes.map(toStrapiRoute),
};
