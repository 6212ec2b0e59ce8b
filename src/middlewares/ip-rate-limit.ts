import { ipRateLimit, type RateLimitSettings } from '@mymitt/plugin-kit';

/**
 * Per-IP limit for routes where users-permissions' own limiter is keyed by something the caller
 * controls (registration is keyed by the email sent, so new emails get new buckets).
 * `config.limit` names a limit in config/rate-limits.ts, e.g. "register".
 */
export default (config: { limit: string }, { strapi }) =>
  ipRateLimit(config.limit, () => strapi.config.get(`rate-limits.${config.limit}`) as RateLimitSettings | undefined);
