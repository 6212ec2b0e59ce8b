/**
 * One content-api route of a feature, with who may call it. The users-permissions grants are derived
 * from these lists (services/access.ts), so a route and its permission cannot drift apart.
 * - public: anyone, signed in or not (the handler still decides what each viewer sees);
 * - supporter: signed-in supporters only (the Authenticated role).
 */
export interface FeatureRoute {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  handler: string;
  access: 'public' | 'supporter';
  /** Route middlewares (e.g. a rate limit), by name. */
  middlewares?: unknown[];
}

export function toStrapiRoute({ method, path, handler, middlewares }: FeatureRoute) {
  return { method, path, handler, config: { policies: [], middlewares: middlewares ?? [] } };
}
