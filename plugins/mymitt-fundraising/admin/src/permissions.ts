import { PLUGIN_ID } from './plugin-id';

const allowed = (name: string) => [{ action: `plugin::${PLUGIN_ID}.${name}`, subject: null }];

export const READ_PERMISSIONS = allowed('read');

/** The plugin's RBAC actions (server/src/admin-actions.ts), one list per page. */
export const PERMISSIONS = {
  read: READ_PERMISSIONS,
  /** Elections, limits, drives and page moderation. */
  updateSettings: allowed('settings.update'),
};
