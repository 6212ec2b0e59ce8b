import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { ipRateLimit, type RequestContext } from '@mymitt/plugin-kit';
import { PLUGIN_ID } from '../plugin-id';
import type { CallcenterConfig } from '../config';

let limit: ReturnType<typeof ipRateLimit> | null = null;

/** A request that leases a contact: `next`, or a result sent with `next: true` ("save and next"). */
const leases = (ctx: RequestContext) => !String(ctx.state?.route?.handler ?? '').endsWith('.result') || ctx.request.body?.next === true;

/** The refusal's own code, so a site can say "slow down" about calling rather than about any limit. */
async function limited(ctx: RequestContext, next: () => Promise<unknown>) {
  let passed = false;
  try {
    return await limit!(ctx, () => {
      passed = true;
      return next();
    });
  } catch (error) {
    if (!passed && error instanceof errors.RateLimitError) error.details = { ...(error.details ?? {}), code: 'next_rate_limited' };
    throw error;
  }
}

/**
 * SEC-04: per-IP limit of leasing a contact. One budget per process for both routes that lease (Strapi
 * builds a route middleware once per route, so the counters live outside the factory).
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  limit ??= ipRateLimit('call-next', () => (strapi.config.get(`plugin::${PLUGIN_ID}`) as CallcenterConfig).nextRateLimit);
  return (ctx: RequestContext, next: () => Promise<unknown>) => (leases(ctx) ? limited(ctx, next) : next());
};
