import { ACTIONS } from '../../admin-actions';
import { adminOnly, type AdminRoute } from '@mymitt/plugin-kit';

/** Staff approval of hosted events (contract: /work/briefs/contracts.md). */
export const eventsAdminRoutes: AdminRoute[] = [
  { method: 'GET', path: '/moderation/events', handler: 'event-moderation.list', config: adminOnly([ACTIONS.approveEvents]) },
  {
    method: 'POST',
    path: '/moderation/events/:documentId/approve',
    handler: 'event-moderation.approve',
    config: adminOnly([ACTIONS.approveEvents]),
  },
  {
    method: 'POST',
    path: '/moderation/events/:documentId/reject',
    handler: 'event-moderation.reject',
    config: adminOnly([ACTIONS.approveEvents]),
  },
];
