import { PLUGIN_ID } from './plugin-id';

const allowed = (name: string) => [{ action: `plugin::${PLUGIN_ID}.${name}`, subject: null }];

/** The plugin's RBAC actions (server/src/admin-actions.ts), one list per page or button. */
export const PERMISSIONS = {
  /** The menu entry, the dashboard, lists and phone banks (reading). */
  read: allowed('read'),
  /** Create lists, import CSVs, build phone banks, export results. */
  listsManage: allowed('lists.manage'),
  /** The do-not-call registry page (every registry route needs it). */
  dncManage: allowed('dnc.manage'),
};

export const READ_PERMISSIONS = PERMISSIONS.read;
