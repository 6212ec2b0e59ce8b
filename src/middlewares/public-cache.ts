import { createHash } from 'crypto';

interface PublicCacheConfig {
  /** Seconds a shared cache (CDN) may serve the response without asking again. */
  sharedMaxAgeSeconds?: number;
  staleWhileRevalidateSeconds?: number;
}

/**
 * `?status=draft`, the draft cohorts and signed preview links (`signature`, `expires`): whoever may see
 * such an answer, a shared cache must not keep it.
 */
const asksForUnpublished = (query: Record<string, unknown> = {}) =>
  (query.status !== undefined && query.status !== 'published') ||
  query.publicationFilter !== undefined ||
  query.hasPublishedVersion !== undefined ||
  query.signature !== undefined ||
  query.expires !== undefined;

/** A handler that marked its answer private (a signed preview) keeps it so: no shared-cache header, no ETag. */
const markedPrivate = (ctx: any) => /\b(private|no-store)\b/.test(String(ctx.response.get('Cache-Control') ?? ''));

/**
 * For anonymous GETs of public content: an ETag with 304 on revalidation, and Cache-Control that
 * lets a CDN absorb election-night spikes. Requests carrying credentials are never cached.
 */
export default (config: PublicCacheConfig = {}) => {
  const sMaxAge = config.sharedMaxAgeSeconds ?? 30;
  const swr = config.staleWhileRevalidateSeconds ?? 60;

  return async (ctx: any, next: () => Promise<unknown>) => {
    await next();

    if ((ctx.method !== 'GET' && ctx.method !== 'HEAD') || ctx.status !== 200 || ctx.body == null) return;

    if (ctx.get('Authorization') || asksForUnpublished(ctx.query) || markedPrivate(ctx)) {
      ctx.set('Cache-Control', 'private, no-store');
      return;
    }

    const serialized = typeof ctx.body === 'string' ? ctx.body : JSON.stringify(ctx.body);
    ctx.set('ETag', `W/"${createHash('sha1').update(serialized).digest('base64url')}"`);
    ctx.set('Cache-Control', `public, max-age=0, s-maxage=${sMaxAge}, stale-while-revalidate=${swr}`);
    // Appended, never set: strapi::cors has put `Origin` there, and a CDN that forgot it would hand one
    // origin's CORS answer to another.
    ctx.vary('Authorization');
    ctx.vary('Accept-Encoding');

    if (ctx.fresh) {
      ctx.status = 304;
      ctx.body = null;
      return;
    }
    ctx.type = 'application/json';
    ctx.body = serialized;
  };
};
