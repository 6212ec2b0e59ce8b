import { PLUGIN_ID } from './plugin-id';

const uid = (name: string) => `plugin::${PLUGIN_ID}.${name}`;

/** Full RBAC action ids of this plugin, for route policies and for the app's admin-role grants. */
export const ACTIONS = {
  /** See the plugin's pages: overview, supporters by state and week. */
  read: uid('read'),
  /** The super-volunteer report and its CSV export (names, states, levels: staff eyes only). */
  reportsRead: uid('reports.read'),
  /** The moderation queue: reported posts, unpublish, dismiss. */
  moderate: uid('moderation.manage'),
  /** Approve or reject events waiting for staff approval. */
  approveEvents: uid('events.approve'),
  /** Weights, window, badge ladders, event approval. */
  settingsUpdate: uid('settings.update'),
  /** Mail deliveries: every outbox item's state (no payload) and the retry of a failed one. */
  deliveriesManage: uid('deliveries.manage'),
} as const;

/** Registered at register(); roles get them in Settings → Roles. */
export const adminActions = [
  { section: 'plugins', displayName: 'Read', uid: 'read', pluginName: PLUGIN_ID },
  { section: 'plugins', displayName: 'Super-volunteer report', uid: 'reports.read', subCategory: 'reports', pluginName: PLUGIN_ID },
  { section: 'plugins', displayName: 'Moderate posts', uid: 'moderation.manage', subCategory: 'moderation', pluginName: PLUGIN_ID },
  { section: 'plugins', displayName: 'Approve events', uid: 'events.approve', subCategory: 'events', pluginName: PLUGIN_ID },
  { section: 'plugins', displayName: 'Manage settings', uid: 'settings.update', subCategory: 'settings', pluginName: PLUGIN_ID },
  { section: 'plugins', displayName: 'Mail deliveries', uid: 'deliveries.manage', subCategory: 'deliveries', pluginName: PLUGIN_ID },
];
