import { ipRateLimit } from '@mymitt/plugin-kit';
import { PLUGIN_ID } from '../plugin-id';
import type { FundraisingConfig } from '../config';

/** SEC-04: per-IP limit of the donate route (card testing runs through donation forms). */
export default (_config: unknown, { strapi }: { strapi: any }) =>
  ipRateLimit('donate', () => (strapi.config.get(`plugin::${PLUGIN_ID}`) as FundraisingConfig).donateRateLimit);
