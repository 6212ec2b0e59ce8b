import { PLUGIN_ID } from './plugin-id';

const uid = (name: string) => `plugin::${PLUGIN_ID}.${name}`;

/** Full RBAC action ids of this plugin, for route policies and for the app's admin-role grants. */
export const ACTIONS = {
  /** See the plugin's pages: dashboard totals (no donor identities). */
  read: uid('read'),
  /** Donor names, addresses, employers, emails: the Finance role only. */
  donorsRead: uid('donors.read'),
  /** Refunds and offline gifts. */
  moneyManage: uid('money.manage'),
  /** The FEC Schedule A export. */
  exportsRead: uid('exports.read'),
  /** Elections, limits, campaigns and page moderation. */
  settingsUpdate: uid('settings.update'),
} as const;

/** Registered at register(); roles get them in Settings → Roles. */
export const adminActions = [
  { section: 'plugins', displayName: 'Read', uid: 'read', pluginName: PLUGIN_ID },
  { section: 'plugins', displayName: 'See donor data', uid: 'donors.read', subCategory: 'donors', pluginName: PLUGIN_ID },
  { section: 'plugins', displayName: 'Refunds and offline gifts', uid: 'money.manage', subCategory: 'money', pluginName: PLUGIN_ID },
  { section: 'plugins', displayName: 'FEC export', uid: 'exports.read', subCategory: 'exports', pluginName: PLUGIN_ID },
  { section: 'plugins', displayName: 'Manage settings', uid: 'settings.update', subCategory: 'settings', pluginName: PLUGIN_ID },
];
