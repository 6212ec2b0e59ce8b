import { adminOnly, type AdminRoute } from '@mymitt/plugin-kit';
import { ACTIONS } from '../../admin-actions';

/** The do-not-call registry (TEL-03): dnc.manage on every route. */
export const dncAdminRoutes: AdminRoute[] = [
  { method: 'GET', path: '/dnc', handler: 'dnc.list', config: adminOnly([ACTIONS.dncManage]) },
  { method: 'GET', path: '/dnc.csv', handler: 'dnc.export', config: adminOnly([ACTIONS.dncManage]) },
  { method: 'POST', path: '/dnc', handler: 'dnc.add', config: adminOnly([ACTIONS.dncManage]) },
  { method: 'POST', path: '/dnc/import', handler: 'dnc.import', config: adminOnly([ACTIONS.dncManage]) },
  { method: 'GET', path: '/dnc/:phone/audits', handler: 'dnc.audits', config: adminOnly([ACTIONS.dncManage]) },
  { method: 'POST', path: '/dnc/:phone/deactivate', handler: 'dnc.deactivate', config: adminOnly([ACTIONS.dncManage]) },
];
