import type { SiteRoute } from '../../types';

/** The giving pages (see src/site/server/routes.ts). */
export const givingRoutes: SiteRoute[] = [];
