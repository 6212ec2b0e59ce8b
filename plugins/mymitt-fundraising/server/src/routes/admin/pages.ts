import { adminOnly, type AdminRoute } from '@mymitt/plugin-kit';
import { ACTIONS } from '../../admin-actions';

/** Page moderation and its setting: staff with `settings.update` (page moderation, see admin-actions). */
export const pageAdminRoutes: AdminRoute[] = [
  { method: 'GET', path: '/pages/moderation', handler: 'page-moderation.list', config: adminOnly([ACTIONS.settingsUpdate]) },
  {
    method: 'POST',
    path: '/pages/moderation/:documentId/approve',
    handler: 'page-moderation.approve',
    config: adminOnly([ACTIONS.settingsUpdate]),
  },
  {
    method: 'POST',
    path: '/pages/moderation/:documentId/reject',
    handler: 'page-moderation.reject',
    config: adminOnly([ACTIONS.settingsUpdate]),
  },
  { method: 'GET', path: '/pages/settings', handler: 'page-moderation.settings', config: adminOnly([ACTIONS.read]) },
  { method: 'PUT', path: '/pages/settings', handler: 'page-moderation.updateSettings', config: adminOnly([ACTIONS.settingsUpdate]) },
];
