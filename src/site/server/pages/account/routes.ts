import type { SiteRoute } from '../../types';

/** The account pages (see src/site/server/routes.ts). */
export const accountRoutes: SiteRoute[] = [];
