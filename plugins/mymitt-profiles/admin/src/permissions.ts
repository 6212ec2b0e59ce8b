import { pluginPermissions } from '@mymitt/admin-kit';
import { PLUGIN_ID } from './plugin-id';

/** The plugin's RBAC actions (server/src/admin-actions.ts), one list per page. */
export const PERMISSIONS = pluginPermissions(PLUGIN_ID, {
  /** Supporters page and reading the settings. */
  read: 'read',
  /** Super-volunteer report and its CSV. */
  reports: 'reports.read',
  moderatePosts: 'moderation.manage',
  approveEvents: 'events.approve',
  updateSettings: 'settings.update',
  /** Mail deliveries: the outbox's items and the retry of a failed one. */
  deliveries: 'deliveries.manage',
});

/** Who sees the plugin's menu entry: its readers, and those who only follow mail deliveries (Finance). */
export const MENU_PERMISSIONS = [...PERMISSIONS.read, ...PERMISSIONS.deliveries];
