import { ACTIONS } from '../../admin-actions';
import { adminOnly, type AdminRoute } from '@mymitt/plugin-kit';

/** The web team's moderation queue of reported posts (admin API contract "Blog moderation"). */
export const blogAdminRoutes: AdminRoute[] = [
  { method: 'GET', path: '/moderation/posts', handler: 'postModeration.find', config: adminOnly([ACTIONS.moderate]) },
  { method: 'POST', path: '/moderation/posts/:documentId/remove', handler: 'postModeration.remove', config: adminOnly([ACTIONS.moderate]) },
  {
    method: 'POST',
    path: '/moderation/posts/:documentId/dismiss',
    handler: 'postModeration.dismiss',
    config: adminOnly([ACTIONS.moderate]),
  },
];
