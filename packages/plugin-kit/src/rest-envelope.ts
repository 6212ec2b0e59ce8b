import { errors } from '@strapi/utils';

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;

const isJson = (ctx: any) => {
  const type = String(ctx.request?.header?.['content-type'] ?? '');
  return !type || type.includes('json');
};

/**
 * Strapi's REST body for writes, `{ "data": { ... } }` (what `@strapi/client`'s `create()`/`update()` send):
 * the handler's strict schema then sees the inner object. A bare object (the shape before Strapi's was
 * adopted) is still taken for one release and answered with a `Deprecation` header. `data` beside other
 * keys, or not an object, is a 400. Multipart uploads are left as they are.
 */
export async function unwrapDataBody(ctx: any, next: () => Promise<unknown>) {
  const body = ctx.request?.body;
  if (isJson(ctx) && isPlainObject(body) && Object.keys(body).length > 0) {
    if ('data' in body) {
      const extra = Object.keys(body).filter((key) => key !== 'data');
      if (extra.length) {
        throw new errors.ValidationError(`A request body holds its fields under "data" only; unexpected: ${extra.join(', ')}`, {
          code: 'invalid_body',
          keys: extra,
        });
      }
      if (!isPlainObject(body.data)) {
        throw new errors.ValidationError('"data" must be an object of fields', { code: 'invalid_body' });
      }
      ctx.request.body = body.data;
    } else {
      // RFC 9745; docs/API.md "Deprecations" says when the bare shape goes.
      ctx.set('Deprecation', 'true');
    }
  }
  return next();
}

/**
 * Every JSON answer is `{ data, meta }`: a handler that answered `{ data }` alone gets `meta: {}`.
 * Answers that are not JSON objects (CSV, redirects, 204) are left alone.
 */
export async function dataMetaEnvelope(ctx: any, next: () => Promise<unknown>) {
  await next();
  const body = ctx.body;
  if (isPlainObject(body) && 'data' in body && !('meta' in body) && !('error' in body)) {
    ctx.body = { ...body, meta: {} };
  }
}
