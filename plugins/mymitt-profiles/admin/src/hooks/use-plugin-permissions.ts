import { permissionsHook } from '@mymitt/admin-kit';
import { PERMISSIONS } from '../permissions';

/** Which of the plugin's pages the signed-in admin may use, to show only those links and buttons (the server checks again). */
export const usePluginPermissions = permissionsHook({
  canRead: PERMISSIONS.read,
  canReadReports: PERMISSIONS.reports,
  canModeratePosts: PERMISSIONS.moderatePosts,
  canApproveEvents: PERMISSIONS.approveEvents,
  canUpdateSettings: PERMISSIONS.updateSettings,
  canManageDeliveries: PERMISSIONS.deliveries,
});
