import { useHasPermission } from '@mymitt/admin-kit';
import { PERMISSIONS } from '../permissions';

/** Which pages and buttons the signed-in admin may use (the server checks again on every route). */
export function useCallcenterPermissions() {
  const has = useHasPermission();
  return {
    canRead: has(PERMISSIONS.read),
    canManageLists: has(PERMISSIONS.listsManage),
    canManageDnc: has(PERMISSIONS.dncManage),
  };
}
