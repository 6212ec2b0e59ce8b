import { useAuth } from '@strapi/strapi/admin';
import { PERMISSIONS } from '../permissions';

/**
 * Which of the plugin's pages the signed-in admin may use, to show only those links and buttons.
 * (useRBAC names actions by their last segment, and `read` / `reports.read` would collide.) The
 * plugin's actions carry no conditions, so holding the action is enough; the server checks again.
 */
export function usePluginPermissions() {
  const permissions = useAuth('MyMittProfiles', (state) => state.permissions);
  const has = (wanted: Array<{ action: string }>) => wanted.some(({ action }) => permissions.some((p) => p.action === action));
  return {
    canRead: has(PERMISSIONS.read),
    canReadReports: has(PERMISSIONS.reports),
    canModeratePosts: has(PERMISSIONS.moderatePosts),
    canApproveEvents: has(PERMISSIONS.approveEvents),
    canUpdateSettings: has(PERMISSIONS.updateSettings),
  };
}
