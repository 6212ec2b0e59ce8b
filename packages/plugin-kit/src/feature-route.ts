/**
 * One content-api route of a feature, with who may call it. The users-permissions grants are derived
 * from these lists (services/access.ts), so a route and its permission cannot drift apart.
 * - anyone: public reads whose answer is the same for every viewer (feeds, searches, leaderboards).
 *   They skip users-permissions (`auth: false`), whose check costs a permission query and an ability
 *   build on every request; such routes are open by design, like a health check, and CDN-cacheable.
 * - public: anyone, signed in or not, through the Public role (the handler decides what each viewer sees);
 * - supporter: signed-in supporters only (the Authenticated role).
 */
export interface FeatureRoute {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  handler: string;
  access: 'anyone' | 'public' | 'supporter';
  /** Route middlewares (e.g. a rate limit), by name. */
  middlewares?: unknown[];
}

export function toStrapiRoute({ method, path, handler, access, middlewares }: FeatureRoute) {
  const config = { policies: [], middlewares: middlewares ?? [] };
  return { method, path, handler, config: access === 'anyone' ? { ...config, auth: false as const } : config };
}
