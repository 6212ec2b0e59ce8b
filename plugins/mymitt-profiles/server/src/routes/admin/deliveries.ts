import { ACTIONS } from '../../admin-actions';
import { adminOnly, type AdminRoute } from '@mymitt/plugin-kit';

/** Mail deliveries: the outbox's items by status, and a staff retry of a failed one. */
export const deliveriesAdminRoutes: AdminRoute[] = [
  { method: 'GET', path: '/outbox', handler: 'deliveries.list', config: adminOnly([ACTIONS.deliveriesManage]) },
  { method: 'POST', path: '/outbox/:id/retry', handler: 'deliveries.retry', config: adminOnly([ACTIONS.deliveriesManage]) },
];
