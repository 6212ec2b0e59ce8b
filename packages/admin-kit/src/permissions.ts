import { useAuth } from '@strapi/strapi/admin';

export type PermissionList = Array<{ action: string; subject: null }>;

/**
 * A plugin's RBAC actions as the lists `Page.Protect` and menu links take:
 * `pluginPermissions('mymitt-x', { read: 'read', listsManage: 'lists.manage' })` →
 * `{ read: [{ action: 'plugin::mymitt-x.read', subject: null }], listsManage: [...] }`.
 */
export function pluginPermissions<Name extends string>(pluginId: string, actions: Record<Name, string>) {
  return Object.fromEntries(
    Object.entries<string>(actions).map(([name, action]) => [name, [{ action: `plugin::${pluginId}.${action}`, subject: null }]])
  ) as Record<Name, PermissionList>;
}

/**
 * `has(PERMISSIONS.x)`: whether the signed-in admin holds any of those actions. useAuth's permissions
 * rather than useRBAC, which names actions by their last segment (`read` / `reports.read` would collide).
 * The plugins' actions carry no conditions, so holding one is enough; the server checks again.
 */
export function useHasPermission() {
  const permissions = useAuth('MyMittAdminKit', (state) => state.permissions);
  return (wanted: Array<{ action: string }>) => wanted.some(({ action }) => permissions.some((p) => p.action === action));
}

/**
 * A plugin's "what may this admin do" hook, to show only the links and buttons their role allows (the
 * server checks again): `export const useXPermissions = permissionsHook({ canRead: PERMISSIONS.read, … })`
 * gives `{ canRead: boolean, … }`.
 */
export function permissionsHook<Flag extends string>(flags: Record<Flag, Array<{ action: string }>>) {
  return function usePermissionFlags() {
    const has = useHasPermission();
    return Object.fromEntries(Object.entries<Array<{ action: string }>>(flags).map(([flag, wanted]) => [flag, has(wanted)])) as Record<
      Flag,
      boolean
    >;
  };
}
