/** Route config for admin routes: an admin JWT and every listed RBAC action are required. */
export const adminOnly = (actions: string[]) => ({
  policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions } }],
});

export interface AdminRoute {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  handler: string;
  config: ReturnType<typeof adminOnly>;
}
