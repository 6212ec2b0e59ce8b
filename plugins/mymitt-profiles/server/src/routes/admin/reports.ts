import { ACTIONS } from '../../admin-actions';
import { adminOnly, type AdminRoute } from '@mymitt/plugin-kit';

export const reportsAdminRoutes: AdminRoute[] = [
  { method: 'GET', path: '/reports/supporters', handler: 'reports.supporters', config: adminOnly([ACTIONS.read]) },
  {
    method: 'GET',
    path: '/reports/super-volunteers.csv',
    handler: 'reports.superVolunteersCsv',
    config: adminOnly([ACTIONS.reportsRead]),
  },
  { method: 'GET', path: '/reports/super-volunteers', handler: 'reports.superVolunteers', config: adminOnly([ACTIONS.reportsRead]) },
];
