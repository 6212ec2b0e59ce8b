import type { SiteRoute } from '../../types';
import { unsubscribePage } from './unsubscribe';

/** The pages notices link to (see src/site/server/routes.ts). */
export const noticesRoutes: SiteRoute[] = [{ path: '/unsubscribe', handler: unsubscribePage, query: ['token'] }];
