import { overviewRoutes } from './overview';
import { complianceAdminRoutes } from './compliance';
import { ledgerAdminRoutes } from './ledger';
import { financeAdminRoutes } from './finance';
import { pageAdminRoutes } from './pages';
import { paymentAnomalyAdminRoutes } from './payment-anomalies';

/** Admin-panel routes (under /mymitt-fundraising/...): admin JWT plus an RBAC action on every one. */
export default {
  type: 'admin',
  routes: [
    ...overviewRoutes,
    ...complianceAdminRoutes,
    ...ledgerAdminRoutes,
    ...financeAdminRoutes,
    ...pageAdminRoutes,
    ...paymentAnomalyAdminRoutes,
  ],
};
