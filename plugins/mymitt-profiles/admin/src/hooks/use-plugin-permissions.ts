import { useHasPermission } from '@mymitt/admin-kit';
import { PERMISSIONS } from '../permissions';

/** Which of the plugin's pages the signed-in admin may use, to show only those links and buttons (the server checks again). */
export function usePluginPermissions() {
  const has = useHasPermission();
  return {
    canRead: has(PERMISSIONS.read),
    canReadReports: has(PERMISSIONS.reports),
    canModeratePosts: has(PERMISSIONS.moderatePosts),
    canApproveEvents: has(PERMISSIONS.approveEvents),
    canUpdateSettings: has(PERMISSIONS.updateSettings),
  };
}
