import { READ_ACTION } from '../admin-actions';

const adminOnly = (actions: string[]) => ({
  policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions } }],
});

export default {
  type: 'admin',
  routes: [{ method: 'GET', path: '/overview', handler: 'meta.overview', config: adminOnly([READ_ACTION]) }],
};
