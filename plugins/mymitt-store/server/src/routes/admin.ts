import { adminOnly, type AdminRoute } from '@mymitt/plugin-kit';
import { ACTIONS } from '../admin-actions';

/** Admin-panel routes (under /mymitt-store/...): an admin JWT plus an RBAC action on every one. */
export const adminRoutes: AdminRoute[] = [
  { method: 'GET', path: '/overview', handler: 'meta.overview', config: adminOnly([ACTIONS.read]) },
  { method: 'GET', path: '/orders', handler: 'staff-orders.list', config: adminOnly([ACTIONS.ordersRead]) },
  { method: 'GET', path: '/orders/packing-list.csv', handler: 'staff-orders.packingList', config: adminOnly([ACTIONS.ordersRead]) },
  { method: 'GET', path: '/orders/:documentId', handler: 'staff-orders.findOne', config: adminOnly([ACTIONS.ordersRead]) },
  { method: 'POST', path: '/orders/:documentId/fulfil', handler: 'staff-orders.fulfil', config: adminOnly([ACTIONS.ordersManage]) },
  { method: 'POST', path: '/orders/:documentId/ship', handler: 'staff-orders.ship', config: adminOnly([ACTIONS.ordersManage]) },
  { method: 'POST', path: '/orders/:documentId/refunds', handler: 'staff-orders.refund', config: adminOnly([ACTIONS.ordersRefund]) },
  { method: 'GET', path: '/stock/low', handler: 'reports.lowStock', config: adminOnly([ACTIONS.read]) },
  { method: 'GET', path: '/reports/sales', handler: 'reports.sales', config: adminOnly([ACTIONS.read]) },
  { method: 'GET', path: '/goals', handler: 'reports.goals', config: adminOnly([ACTIONS.read]) },
];

export default { type: 'admin', routes: adminRoutes };
