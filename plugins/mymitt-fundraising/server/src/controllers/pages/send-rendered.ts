import { errors } from '@strapi/utils';
import { sendPreserialized, type RequestContext } from '@mymitt/plugin-kit';
import type { RenderedJson } from '../../services/pages/rendered-cache';

/** A cached public answer (ETag, CDN headers, 304 on If-None-Match), or a 404 saying `notFound`. */
export function sendRendered(ctx: RequestContext, rendered: RenderedJson | null, cacheSeconds: number, notFound: string) {
  if (!rendered) throw new errors.NotFoundError(notFound);
  sendPreserialized(ctx, rendered, cacheSeconds);
}
