import { adminOnly, type AdminRoute } from '@mymitt/plugin-kit';
import { ACTIONS } from '../../admin-actions';

/** The live dashboard of the admin panel (aggregates only: the read action is enough). */
export const dashboardRoutes: AdminRoute[] = [
  { method: 'GET', path: '/dashboard', handler: 'dashboard.summary', config: adminOnly([ACTIONS.read]) },
];
