import { useAuth } from '@strapi/strapi/admin';
import { PERMISSIONS } from '../permissions';

/**
 * Which pages and buttons the signed-in admin may use (the server checks again on every route). As in
 * the sibling plugins, useAuth's permissions rather than useRBAC, which names actions by their last
 * segment. The actions carry no conditions, so holding one is enough.
 */
export function useCallcenterPermissions() {
  const permissions = useAuth('MyMittCallcenter', (state) => state.permissions);
  const has = (wanted: Array<{ action: string }>) => wanted.some(({ action }) => permissions.some((p) => p.action === action));
  return {
    canRead: has(PERMISSIONS.read),
    canManageLists: has(PERMISSIONS.listsManage),
    canManageDnc: has(PERMISSIONS.dncManage),
  };
}
