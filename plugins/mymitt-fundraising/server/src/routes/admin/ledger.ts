import type { AdminRoute } from '@mymitt/plugin-kit';

export const ledgerAdminRoutes: AdminRoute[] = [];
