import type { Core } from '@strapi/strapi';

/** The core findOne route of Action Center pages: the only route a preview link opens. */
const isPageFindOne = (route: { method: string; handler?: unknown }) => route.method === 'GET' && route.handler === 'api::page.page.findOne';

/**
 * The two query parameters a signed preview link adds to `GET /api/pages/:documentId` (beside `status`
 * and `locale`; src/api/page/controllers/page.ts checks them), so the route's contract and OpenAPI name them.
 */
export function registerPagePreviewParams(strapi: Core.Strapi) {
  strapi.contentAPI.addQueryParams({
    expires: {
      schema: (z) => z.string().describe('Signed preview link only: its expiry, Unix time in seconds.').optional(),
      matchRoute: isPageFindOne,
    },
    signature: {
      schema: (z) =>
        z.string().describe('Signed preview link only: HMAC-SHA256 of documentId, locale, status and expires (64 hex digits).').optional(),
      matchRoute: isPageFindOne,
    },
  });
}
