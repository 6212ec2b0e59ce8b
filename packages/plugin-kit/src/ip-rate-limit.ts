import { errors } from '@strapi/utils';
import { countRequest, type WindowState } from './fixed-window';

export interface RateLimitSettings {
  enabled: boolean;
  max: number;
  windowSeconds: number;
}

const SWEEP_ABOVE_KEYS = 10_000;

/**
 * A per-IP fixed-window limit as a Koa middleware (SEC-04): 429 in Strapi's error shape with
 * Retry-After past the limit. `settings` is read on every request so configuration changes apply.
 * Counters are per process; behind a load balancer set TRUST_PROXY so ctx.ip is the client's.
 */
export function ipRateLimit(bucket: string, settings: () => RateLimitSettings | undefined) {
  const windows = new Map<string, WindowState>();

  return async (ctx: any, next: () => Promise<unknown>) => {
    const current = settings();
    if (!current?.enabled) return next();

    const now = Date.now();
    if (windows.size > SWEEP_ABOVE_KEYS) {
      for (const [key, state] of windows) if (state.resetAtMs <= now) windows.delete(key);
    }

    const key = `${bucket}:${ctx.request.ip}`;
    const decision = countRequest(windows.get(key), now, current.windowSeconds * 1000, current.max);
    windows.set(key, decision.state);

    if (!decision.allowed) {
      ctx.set('Retry-After', String(decision.retryAfterSeconds));
      throw new errors.RateLimitError(`Too many requests from this address. Try again in ${decision.retryAfterSeconds} seconds.`, {
        retryAfterSeconds: decision.retryAfterSeconds,
      });
    }
    return next();
  };
}
