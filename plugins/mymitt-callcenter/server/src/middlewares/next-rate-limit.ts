import { ipRateLimit } from '@mymitt/plugin-kit';
import { PLUGIN_ID } from '../plugin-id';
import type { CallcenterConfig } from '../config';

/** SEC-04: per-IP limit of the next-contact route. */
export default (_config: unknown, { strapi }: { strapi: any }) =>
  ipRateLimit('call-next', () => (strapi.config.get(`plugin::${PLUGIN_ID}`) as CallcenterConfig).nextRateLimit);
