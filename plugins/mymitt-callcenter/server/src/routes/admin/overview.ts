import { adminOnly, type AdminRoute } from '@mymitt/plugin-kit';
import { ACTIONS } from '../../admin-actions';

export const overviewRoutes: AdminRoute[] = [
  { method: 'GET', path: '/overview', handler: 'meta.overview', config: adminOnly([ACTIONS.read]) },
];
