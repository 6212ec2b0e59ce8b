import type { SiteRoute } from '../../types';
import { cartPage } from './cart';
import { CATALOG_QUERY, shopPage } from './catalog';
import { orderPage } from './order';
import { productPage } from './product';

/** The shop (the store plugin's public API). `/shop/cart` comes before `/shop/:slug`. */
export const shopRoutes: SiteRoute[] = [
  { path: '/shop', handler: shopPage, query: CATALOG_QUERY },
  { path: '/shop/cart', handler: cartPage },
  { path: '/shop/orders/:documentId', handler: orderPage },
  { path: '/shop/:slug', handler: productPage },
];
