import { adminOnly, type AdminRoute } from '@mymitt/plugin-kit';
import { ACTIONS } from '../../admin-actions';

/** Duplicate payments (a contribution is paid once): seen with donor data, refunded with money.manage. */
export const paymentAnomalyAdminRoutes: AdminRoute[] = [
  { method: 'GET', path: '/finance/payment-anomalies', handler: 'paymentAnomalies.list', config: adminOnly([ACTIONS.donorsRead]) },
  {
    method: 'POST',
    path: '/finance/payment-anomalies/:id/refund',
    handler: 'paymentAnomalies.refund',
    config: adminOnly([ACTIONS.moneyManage]),
  },
];
