import { useHasPermission } from '@mymitt/admin-kit';
import { PERMISSIONS } from '../permissions';

/** Which finance pages and buttons the signed-in admin may use (the server checks again on every route). */
export function useFinancePermissions() {
  const has = useHasPermission();
  return {
    canRead: has(PERMISSIONS.read),
    canReadDonors: has(PERMISSIONS.donorsRead),
    canManageMoney: has(PERMISSIONS.moneyManage),
    canExport: has(PERMISSIONS.exportsRead),
    canUpdateSettings: has(PERMISSIONS.updateSettings),
  };
}
