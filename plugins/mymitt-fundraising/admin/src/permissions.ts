import { pluginPermissions } from '@mymitt/admin-kit';
import { PLUGIN_ID } from './plugin-id';

/** The plugin's RBAC actions (server/src/admin-actions.ts), one list per page or button. */
export const PERMISSIONS = pluginPermissions(PLUGIN_ID, {
  /** Dashboard (aggregates only). */
  read: 'read',
  /** Donation search and the FEC-10 list: donor identities (Finance). */
  donorsRead: 'donors.read',
  /** Refund button, offline gifts, running the FEC-10 check. */
  moneyManage: 'money.manage',
  /** Schedule A export button. */
  exportsRead: 'exports.read',
  /** Elections, limits, drives and page moderation. */
  updateSettings: 'settings.update',
});

/** Kept for pages/App.tsx. */
export const READ_PERMISSIONS = PERMISSIONS.read;
