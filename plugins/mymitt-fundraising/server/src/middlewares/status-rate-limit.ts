import { ipRateLimit } from '@mymitt/plugin-kit';
import { PLUGIN_ID } from '../plugin-id';
import type { FundraisingConfig } from '../config';

/** SEC-04: per-IP limit of a gift's status (the thanks page polls it); its own bucket, far above the donate limit. */
export default (_config: unknown, { strapi }: { strapi: any }) =>
  ipRateLimit('donation-status', () => (strapi.config.get(`plugin::${PLUGIN_ID}`) as FundraisingConfig).statusRateLimit);
