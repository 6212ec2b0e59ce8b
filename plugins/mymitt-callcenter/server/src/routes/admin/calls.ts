import { adminOnly, type AdminRoute } from '@mymitt/plugin-kit';
import { ACTIONS } from '../../admin-actions';

/** Lists, CSV imports, phone banks and the results export. */
export const callAdminRoutes: AdminRoute[] = [
  { method: 'GET', path: '/lists', handler: 'call-admin.lists', config: adminOnly([ACTIONS.read]) },
  { method: 'POST', path: '/lists', handler: 'call-admin.createList', config: adminOnly([ACTIONS.listsManage]) },
  { method: 'POST', path: '/lists/:id/import', handler: 'call-admin.importContacts', config: adminOnly([ACTIONS.listsManage]) },
  { method: 'GET', path: '/phone-banks', handler: 'call-admin.banks', config: adminOnly([ACTIONS.read]) },
  { method: 'POST', path: '/phone-banks', handler: 'call-admin.createBank', config: adminOnly([ACTIONS.listsManage]) },
  { method: 'PUT', path: '/phone-banks/:id', handler: 'call-admin.updateBank', config: adminOnly([ACTIONS.listsManage]) },
  { method: 'GET', path: '/phone-banks/:id/callers', handler: 'call-admin.callers', config: adminOnly([ACTIONS.listsManage]) },
  {
    method: 'POST',
    path: '/phone-banks/:id/callers/:userId/approve',
    handler: 'call-admin.approveCaller',
    config: adminOnly([ACTIONS.listsManage]),
  },
  {
    method: 'POST',
    path: '/phone-banks/:id/callers/:userId/revoke',
    handler: 'call-admin.revokeCaller',
    config: adminOnly([ACTIONS.listsManage]),
  },
  { method: 'GET', path: '/phone-banks/:id/results.csv', handler: 'call-admin.exportResults', config: adminOnly([ACTIONS.listsManage]) },
];
