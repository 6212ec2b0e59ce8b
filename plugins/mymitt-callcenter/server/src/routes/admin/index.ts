import { overviewRoutes } from './overview';
import { callAdminRoutes } from './calls';
import { dncAdminRoutes } from './dnc';
import { dashboardRoutes } from './dashboard';

/** Admin-panel routes (under /mymitt-callcenter/...): admin JWT plus an RBAC action on every one. */
export default {
  type: 'admin',
  routes: [...overviewRoutes, ...callAdminRoutes, ...dncAdminRoutes, ...dashboardRoutes],
};
