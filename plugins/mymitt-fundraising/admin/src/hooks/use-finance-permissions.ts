import { permissionsHook } from '@mymitt/admin-kit';
import { PERMISSIONS } from '../permissions';

/** Which finance pages and buttons the signed-in admin may use (the server checks again on every route). */
export const useFinancePermissions = permissionsHook({
  canRead: PERMISSIONS.read,
  canReadDonors: PERMISSIONS.donorsRead,
  canManageMoney: PERMISSIONS.moneyManage,
  canExport: PERMISSIONS.exportsRead,
  canUpdateSettings: PERMISSIONS.updateSettings,
});
