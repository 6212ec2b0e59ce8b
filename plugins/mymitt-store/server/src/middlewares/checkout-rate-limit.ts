import { ipRateLimit } from '@mymitt/plugin-kit';
import { PLUGIN_ID } from '../plugin-id';
import type { StoreConfig } from '../config';

/** SEC-04: per-IP limit of POST /checkout (card testing runs through any payment form). */
export default (_config: unknown, { strapi }: { strapi: any }) =>
  ipRateLimit('store-checkout', () => (strapi.config.get(`plugin::${PLUGIN_ID}`) as StoreConfig).checkoutRateLimit);
