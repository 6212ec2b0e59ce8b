import { PLUGIN_ID } from './plugin-id';

const uid = (name: string) => `plugin::${PLUGIN_ID}.${name}`;

/** Full RBAC action ids of this plugin, for route policies and for the app's admin-role grants. */
export const ACTIONS = {
  /** The store's home page, low-stock list, sales by product and state, goal progress (no buyer identities). */
  read: uid('read'),
  /** Orders with buyers' names and shipping addresses; the packing list. */
  ordersRead: uid('orders.read'),
  /** Fulfil and ship orders. */
  ordersManage: uid('orders.manage'),
  /** Refund orders (whole or per line) through the fundraising ledger. */
  ordersRefund: uid('orders.refund'),
  /** Store settings. */
  settingsUpdate: uid('settings.update'),
} as const;

/** Registered at register(); roles get them in Settings → Roles (uid: plugin::mymitt-store.<uid>). */
export const adminActions = [
  { section: 'plugins', displayName: 'Read', uid: 'read', pluginName: PLUGIN_ID },
  { section: 'plugins', displayName: 'See orders and buyers', uid: 'orders.read', subCategory: 'orders', pluginName: PLUGIN_ID },
  { section: 'plugins', displayName: 'Fulfil and ship orders', uid: 'orders.manage', subCategory: 'orders', pluginName: PLUGIN_ID },
  { section: 'plugins', displayName: 'Refund orders', uid: 'orders.refund', subCategory: 'orders', pluginName: PLUGIN_ID },
  { section: 'plugins', displayName: 'Manage settings', uid: 'settings.update', subCategory: 'settings', pluginName: PLUGIN_ID },
];

export const READ_ACTION = ACTIONS.read;
