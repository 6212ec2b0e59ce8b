import { errors } from '@strapi/utils';
import { countRequest, type WindowState } from '../domain/fixed-window';

interface IpRateLimitConfig {
  /** Key of a limit in config/rate-limits.ts, e.g. "register". */
  limit: string;
}

interface LimitSettings {
  enabled: boolean;
  max: number;
  windowSeconds: number;
}

const SWEEP_ABOVE_KEYS = 10_000;

/**
 * Per-IP fixed-window limit for routes where users-permissions' own limiter is keyed by something
 * the caller controls (registration is keyed by the email sent, so new emails get new buckets).
 * Counters are per process; behind a load balancer set TRUST_PROXY so ctx.ip is the client's.
 */
export default (config: IpRateLimitConfig, { strapi }) => {
  const windows = new Map<string, WindowState>();

  return async (ctx: any, next: () => Promise<unknown>) => {
    const settings = strapi.config.get(`rate-limits.${config.limit}`) as LimitSettings | undefined;
    if (!settings?.enabled) return next();

    const now = Date.now();
    if (windows.size > SWEEP_ABOVE_KEYS) {
      for (const [key, state] of windows) if (state.resetAtMs <= now) windows.delete(key);
    }

    const key = `${config.limit}:${ctx.request.ip}`;
    const decision = countRequest(windows.get(key), now, settings.windowSeconds * 1000, settings.max);
    windows.set(key, decision.state);

    if (!decision.allowed) {
      ctx.set('Retry-After', String(decision.retryAfterSeconds));
      throw new errors.RateLimitError(`Too many requests from this address. Try again in ${decision.retryAfterSeconds} seconds.`, {
        retryAfterSeconds: decision.retryAfterSeconds,
      });
    }
    return next();
  };
};
