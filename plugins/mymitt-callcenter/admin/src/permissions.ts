import { pluginPermissions } from '@mymitt/admin-kit';
import { PLUGIN_ID } from './plugin-id';

/** The plugin's RBAC actions (server/src/admin-actions.ts), one list per page or button. */
export const PERMISSIONS = pluginPermissions(PLUGIN_ID, {
  /** The menu entry, the dashboard, lists and phone banks (reading). */
  read: 'read',
  /** Create lists, import CSVs, build phone banks, export results. */
  listsManage: 'lists.manage',
  /** The do-not-call registry page (every registry route needs it). */
  dncManage: 'dnc.manage',
});
