import { adminOnly, type AdminRoute } from '@mymitt/plugin-kit';
import { ACTIONS } from '../../admin-actions';

/** Finance staff's routes. Anything naming a donor needs donors.read; moving money needs money.manage. */
export const financeAdminRoutes: AdminRoute[] = [
  { method: 'GET', path: '/finance/dashboard', handler: 'finance.dashboard', config: adminOnly([ACTIONS.read]) },
  { method: 'GET', path: '/finance/donations', handler: 'finance.donations', config: adminOnly([ACTIONS.donorsRead]) },
  { method: 'POST', path: '/finance/offline-gifts', handler: 'finance.recordOfflineGift', config: adminOnly([ACTIONS.moneyManage]) },
  { method: 'GET', path: '/finance/contributions/:id/refunds', handler: 'finance.refunds', config: adminOnly([ACTIONS.donorsRead]) },
  { method: 'POST', path: '/finance/contributions/:id/refunds', handler: 'finance.refund', config: adminOnly([ACTIONS.moneyManage]) },
  { method: 'GET', path: '/finance/excess-flags', handler: 'finance.excessFlags', config: adminOnly([ACTIONS.donorsRead]) },
  { method: 'POST', path: '/finance/excess-flags/run', handler: 'finance.runExcessCheck', config: adminOnly([ACTIONS.moneyManage]) },
  { method: 'GET', path: '/finance/schedule-a.csv', handler: 'finance.scheduleA', config: adminOnly([ACTIONS.exportsRead]) },
];
