import type { AdminRoute } from './admin-only';

export const eventsAdminRoutes: AdminRoute[] = [];
