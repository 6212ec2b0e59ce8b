import { ACTIONS } from '../../admin-actions';
import { adminOnly, type AdminRoute } from '@mymitt/plugin-kit';

export const settingsAdminRoutes: AdminRoute[] = [
  { method: 'GET', path: '/settings', handler: 'settings.show', config: adminOnly([ACTIONS.read]) },
  { method: 'PUT', path: '/settings', handler: 'settings.update', config: adminOnly([ACTIONS.settingsUpdate]) },
];
