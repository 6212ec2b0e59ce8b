import { PLUGIN_ID } from './plugin-id';

const allowed = (name: string) => [{ action: `plugin::${PLUGIN_ID}.${name}`, subject: null }];

/** The plugin's RBAC actions (server/src/admin-actions.ts), one list per page. */
export const PERMISSIONS = {
  /** Supporters page and reading the settings. */
  read: allowed('read'),
  /** Super-volunteer report and its CSV. */
  reports: allowed('reports.read'),
  moderatePosts: allowed('moderation.manage'),
  approveEvents: allowed('events.approve'),
  updateSettings: allowed('settings.update'),
};

export const READ_PERMISSIONS = PERMISSIONS.read;
