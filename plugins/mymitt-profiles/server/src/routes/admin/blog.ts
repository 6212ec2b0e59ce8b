import type { AdminRoute } from './admin-only';

export const blogAdminRoutes: AdminRoute[] = [];
