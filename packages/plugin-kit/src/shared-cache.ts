/**
 * Lets a CDN keep a public answer for `seconds` (and serve it stale while it revalidates), so an
 * election-night spike on feeds and searches reaches Strapi once per edge and TTL. Only for answers
 * that are the same for every viewer (`anyone` routes).
 */
export function allowSharedCache(ctx: { set(name: string, value: string): void }, seconds: number) {
  ctx.set('Cache-Control', `public, max-age=0, s-maxage=${seconds}, stale-while-revalidate=${seconds * 2}`);
}

/** A public answer serialized once per cache entry, with the strong ETag of its bytes. */
export interface PreserializedAnswer {
  json: string;
  etag: string;
}

interface FreshnessContext {
  set(name: string, value: string): void;
  status: number;
  fresh: boolean;
  type: string;
  body: unknown;
}

/**
 * Sends a pre-serialized public answer with its ETag and CDN headers; a matching If-None-Match is a
 * bodiless 304. A cache hit costs no JSON work.
 */
export function sendPreserialized(ctx: FreshnessContext, answer: PreserializedAnswer, cacheSeconds: number) {
  allowSharedCache(ctx, cacheSeconds);
  ctx.set('ETag', answer.etag);
  ctx.status = 200;
  if (ctx.fresh) {
    ctx.status = 304;
    return;
  }
  ctx.type = 'application/json';
  ctx.body = answer.json;
}
