import { overviewRoutes } from './overview';
import { blogAdminRoutes } from './blog';
import { eventsAdminRoutes } from './events';
import { reportsAdminRoutes } from './reports';
import { settingsAdminRoutes } from './settings';
import { deliveriesAdminRoutes } from './deliveries';

/** Admin-panel routes (under /mymitt-profiles/...): admin JWT plus an RBAC action on every one. */
export default {
  type: 'admin',
  routes: [...overviewRoutes, ...blogAdminRoutes, ...eventsAdminRoutes, ...reportsAdminRoutes, ...settingsAdminRoutes, ...deliveriesAdminRoutes],
};
