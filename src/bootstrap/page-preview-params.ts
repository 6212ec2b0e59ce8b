import type { Core } from '@strapi/strapi';

/** The core findOne route of Action Center pages: the only route a preview link opens. */
const isPageFindOne = (route: { method: string; handler?: unknown }) => route.method === 'GET' && route.handler === 'api::page.page.findOne';

/**
 * Strapi merges the parameters into the route object itself, which the route module keeps: a second boot
 * in one process (tests, restarts) finds them there already and would throw "already exists".
 */
const lacks = (param: string) => (route: { method: string; handler?: unknown; request?: { query?: Record<string, unknown> } }) =>
  isPageFindOne(route) && !(route.request?.query && param in route.request.query);

/**
 * The two query parameters a signed preview link adds to `GET /api/pages/:documentId` (beside `status`
 * and `locale`; src/api/page/controllers/page.ts checks them), so the route's contract and OpenAPI name them.
 */
export function registerPagePreviewParams(strapi: Core.Strapi) {
  strapi.contentAPI.addQueryParams({
    expires: {
      schema: (z) => z.string().describe('Signed preview link only: its expiry, Unix time in seconds.').optional(),
      matchRoute: lacks('expires'),
    },
    signature: {
      schema: (z) =>
        z.string().describe('Signed preview link only: HMAC-SHA256 of documentId, locale, status and expires (64 hex digits).').optional(),
      matchRoute: lacks('signature'),
    },
  });
}
