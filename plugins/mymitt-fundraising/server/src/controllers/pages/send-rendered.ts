import { errors } from '@strapi/utils';
import { allowSharedCache, type RequestContext } from '@mymitt/plugin-kit';
import type { RenderedJson } from '../../services/pages/rendered-cache';

/**
 * Sends a pre-serialized public answer with its ETag and CDN headers; a matching If-None-Match is a
 * bodiless 304. The bytes were serialized once per cache entry, so a hit costs no JSON work.
 */
export function sendRendered(ctx: RequestContext, rendered: RenderedJson | null, cacheSeconds: number, notFound: string) {
  if (!rendered) throw new errors.NotFoundError(notFound);
  allowSharedCache(ctx, cacheSeconds);
  ctx.set('ETag', rendered.etag);
  ctx.status = 200;
  if (ctx.fresh) {
    ctx.status = 304;
    return;
  }
  ctx.type = 'application/json';
  ctx.body = rendered.json;
}
