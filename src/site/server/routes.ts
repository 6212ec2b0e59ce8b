import { actionCenterPage, homePage } from './pages/action-page';
import { accountRoutes } from './pages/account/routes';
import { actionRoutes } from './pages/actions/routes';
import { givingRoutes } from './pages/giving/routes';
import { noticesRoutes } from './pages/notices/routes';
import { previewPage } from './pages/preview';
import { shopRoutes } from './pages/shop/routes';
import type { SiteRoute } from './types';

/**
 * Every page of the site, without its locale prefix (`/es` is added for Spanish). A route lists the
 * query keys it reads; the others are ignored (and are not part of the cache key).
 */
export const siteRoutes: SiteRoute[] = [
  { path: '/', handler: homePage },
  { path: '/pages/:slug', handler: actionCenterPage },
  { path: '/preview', handler: previewPage, query: ['documentId', 'locale', 'status', 'expires', 'signature'] },
  ...actionRoutes,
  ...accountRoutes,
  ...givingRoutes,
  ...shopRoutes,
  ...noticesRoutes,
];
