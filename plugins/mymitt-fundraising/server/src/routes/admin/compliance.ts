import { adminOnly, type AdminRoute } from '@mymitt/plugin-kit';
import { ACTIONS } from '../../admin-actions';

export const complianceAdminRoutes: AdminRoute[] = [
  { method: 'GET', path: '/compliance/overview', handler: 'compliance.overview', config: adminOnly([ACTIONS.read]) },
  // The Spanish legal texts of the contribution form (finance settings).
  { method: 'GET', path: '/compliance/texts', handler: 'compliance.texts', config: adminOnly([ACTIONS.read]) },
  { method: 'PUT', path: '/compliance/texts', handler: 'compliance.updateTexts', config: adminOnly([ACTIONS.settingsUpdate]) },
  // Contribution limits and drive goals in cents (the admin page edits them in dollars).
  { method: 'GET', path: '/compliance/limits-and-goals', handler: 'limitsAndGoals.show', config: adminOnly([ACTIONS.read]) },
  { method: 'PUT', path: '/compliance/limits-and-goals', handler: 'limitsAndGoals.update', config: adminOnly([ACTIONS.settingsUpdate]) },
];
