import { adminOnly, type AdminRoute } from '@mymitt/plugin-kit';
import { ACTIONS } from '../../admin-actions';

export const complianceAdminRoutes: AdminRoute[] = [
  { method: 'GET', path: '/compliance/overview', handler: 'compliance.overview', config: adminOnly([ACTIONS.read]) },
];
