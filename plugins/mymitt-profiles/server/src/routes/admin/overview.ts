import { ACTIONS } from '../../admin-actions';
import { adminOnly, type AdminRoute } from '@mymitt/plugin-kit';

export const overviewRoutes: AdminRoute[] = [
  { method: 'GET', path: '/overview', handler: 'meta.overview', config: adminOnly([ACTIONS.read]) },
];
