import { z } from '@strapi/utils';
import { listQueryDocs } from './list-docs';
import type { ListSpec } from './list-query';

/**
 * What the OpenAPI document says of a route, from the same zod schemas its handler validates with (so the
 * document cannot drift from the code). Strapi's generator (@strapi/openapi) reads a route's `request`
 * and `response`; this turns the handler's inner shapes into Strapi's REST envelopes.
 */
export interface RouteDocumentation {
  /** Path parameters, e.g. `{ documentId: z.string() }`. */
  params?: Record<string, z.ZodType>;
  /** Query parameters (scalars or arrays of scalars), e.g. `{ locale: z.enum(['en', 'es']).optional() }`. */
  query?: Record<string, z.ZodType>;
  /** The write's fields: documented as `{ data: <body> }`. */
  body?: z.ZodType;
  /** A multipart upload instead of a JSON body: the form's fields (e.g. one binary file field). */
  multipart?: z.ZodType;
  /** A list route's spec (the one `parseListQuery` validates with): its filters, sort, locale and own parameters. */
  listSpec?: ListSpec;
  /** What the answer's `meta` holds beside `pagination` (e.g. `locale`, `localeFallback`). */
  meta?: z.ZodRawShape;
  /** The answer's `data`; with `list: true` (or a `listSpec`), one item of the list (the answer adds `meta.pagination`). */
  data?: z.ZodType;
  list?: boolean;
}

const pagination = z.object({
  page: z.number().int().optional(),
  pageSize: z.number().int().optional(),
  pageCount: z.number().int().optional(),
  start: z.number().int().optional(),
  limit: z.number().int().optional(),
  total: z.number().int().optional(),
});

/** Strapi's list parameters, documented on every list route. */
const LIST_QUERY: Record<string, z.ZodType> = {
  'pagination[page]': z.number().int().min(1).optional(),
  'pagination[pageSize]': z.number().int().min(1).max(100).optional(),
  'pagination[start]': z.number().int().min(0).optional(),
  'pagination[limit]': z.number().int().min(1).max(100).optional(),
  'pagination[withCount]': z.boolean().optional(),
  sort: z.string().optional(),
};

export function routeDocumentation(docs: RouteDocumentation | undefined, wrapsBody: boolean) {
  if (!docs) return {};
  const request: Record<string, unknown> = {};
  if (docs.params) request.params = docs.params;
  const isList = docs.list || Boolean(docs.listSpec);
  const query = { ...(isList ? LIST_QUERY : {}), ...(docs.listSpec ? listQueryDocs(docs.listSpec) : {}), ...(docs.query ?? {}) };
  if (Object.keys(query).length) request.query = query;
  if (docs.body) request.body = { 'application/json': wrapsBody ? z.object({ data: docs.body }) : docs.body };
  if (docs.multipart) request.body = { 'multipart/form-data': docs.multipart };
  const response = docs.data
    ? isList
      ? z.object({ data: z.array(docs.data), meta: z.object({ pagination, ...(docs.meta ?? {}) }) })
      : z.object({ data: docs.data, meta: z.object({ ...(docs.meta ?? {}) }) })
    : undefined;
  return {
    ...(Object.keys(request).length ? { request } : {}),
    ...(response ? { response } : {}),
  };
}
