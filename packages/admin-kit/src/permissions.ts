import { useAuth } from '@strapi/strapi/admin';

/**
 * `has(PERMISSIONS.x)`: whether the signed-in admin holds any of those actions. useAuth's permissions
 * rather than useRBAC, which names actions by their last segment (`read` / `reports.read` would collide).
 * The plugins' actions carry no conditions, so holding one is enough; the server checks again.
 */
export function useHasPermission() {
  const permissions = useAuth('MyMittAdminKit', (state) => state.permissions);
  return (wanted: Array<{ action: string }>) => wanted.some(({ action }) => permissions.some((p) => p.action === action));
}
