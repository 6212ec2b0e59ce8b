import { useAuth } from '@strapi/strapi/admin';
import { PERMISSIONS } from '../permissions';

/** Which finance pages and buttons the signed-in admin may use (the server checks again on every route). */
export function useFinancePermissions() {
  const permissions = useAuth('MyMittFundraising', (state) => state.permissions);
  const has = (wanted: Array<{ action: string }>) => wanted.some(({ action }) => permissions.some((p) => p.action === action));
  return {
    canRead: has(PERMISSIONS.read),
    canReadDonors: has(PERMISSIONS.donorsRead),
    canManageMoney: has(PERMISSIONS.moneyManage),
    canExport: has(PERMISSIONS.exportsRead),
    canUpdateSettings: has(PERMISSIONS.updateSettings),
  };
}
