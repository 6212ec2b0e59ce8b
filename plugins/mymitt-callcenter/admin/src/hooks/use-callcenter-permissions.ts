import { permissionsHook } from '@mymitt/admin-kit';
import { PERMISSIONS } from '../permissions';

/** Which pages and buttons the signed-in admin may use (the server checks again on every route). */
export const useCallcenterPermissions = permissionsHook({
  canRead: PERMISSIONS.read,
  canManageLists: PERMISSIONS.listsManage,
  canManageDnc: PERMISSIONS.dncManage,
});
