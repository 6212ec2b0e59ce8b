import type { AdminRoute } from '@mymitt/plugin-kit';

export const complianceAdminRoutes: AdminRoute[] = [];
