import type { AdminRoute } from './admin-only';

export const reportsAdminRoutes: AdminRoute[] = [];
