import { PLUGIN_ID } from './plugin-id';

const allowed = (name: string) => [{ action: `plugin::${PLUGIN_ID}.${name}`, subject: null }];

/** The plugin's RBAC actions (server/src/admin-actions.ts), one list per page or button. */
export const PERMISSIONS = {
  /** Dashboard (aggregates only). */
  read: allowed('read'),
  /** Donation search and the FEC-10 list: donor identities (Finance). */
  donorsRead: allowed('donors.read'),
  /** Refund button, offline gifts, running the FEC-10 check. */
  moneyManage: allowed('money.manage'),
  /** Schedule A export button. */
  exportsRead: allowed('exports.read'),
  /** Elections, limits, drives and page moderation. */
  updateSettings: allowed('settings.update'),
};

export const READ_PERMISSIONS = PERMISSIONS.read;
