import { z } from '@strapi/utils';

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
  /** The answer's `data`; with `list: true`, one item of the list (the answer adds `meta.pagination`). */
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
  const query = { ...(docs.list ? LIST_QUERY : {}), ...(docs.query ?? {}) };
  if (Object.keys(query).length) request.query = query;
  if (docs.body) request.body = { 'application/json': wrapsBody ? z.object({ data: docs.body }) : docs.body };
  const response = docs.data
    ? docs.list
      ? z.object({ data: z.array(docs.data), meta: z.object({ pagination }) })
      : z.object({ data: docs.data, meta: z.object({}) })
    : undefined;
  return {
    ...(Object.keys(request).length ? { request } : {}),
    ...(response ? { response } : {}),
  };
}
