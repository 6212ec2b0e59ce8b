import { adminOnly, type AdminRoute } from '@mymitt/plugin-kit';
import { ACTIONS } from '../../admin-actions';

export const ledgerAdminRoutes: AdminRoute[] = [
  { method: 'GET', path: '/ledger/totals', handler: 'ledger.totals', config: adminOnly([ACTIONS.read]) },
  { method: 'GET', path: '/ledger/reconcile', handler: 'ledger.reconcileReport', config: adminOnly([ACTIONS.read]) },
  { method: 'POST', path: '/ledger/reconcile', handler: 'ledger.reconcile', config: adminOnly([ACTIONS.moneyManage]) },
];
