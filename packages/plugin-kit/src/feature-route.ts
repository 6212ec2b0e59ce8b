import { errors } from '@strapi/utils';
import { createMemoizedSupporterAuth } from './memoized-supporter-auth';
import { dataMetaEnvelope, unwrapDataBody } from './rest-envelope';
import { routeDocumentation, type RouteDocumentation } from './route-documentation';

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
  /**
   * 'validated': the handler reads its query string and validates it with a strict schema. Absent: the
   * route takes no query parameters, and any is a 400 before the handler runs (SEC-05).
   */
  query?: 'validated';
  /** Route middlewares (e.g. a rate limit), by name. */
  middlewares?: unknown[];
  /**
   * 'memoized': a hot path whose users-permissions answer for one bearer token is reused for a few seconds
   * (memoized-supporter-auth.ts); a block or a revoked grant applies within that time instead of at once.
   */
  auth?: 'memoized';
  /**
   * 'as-sent': the body is a third party's format, read as it arrived (a Stripe webhook event has a top-level
   * `data` beside other keys); Strapi's `{ data }` unwrapping is not applied.
   */
  body?: 'as-sent';
  /** For the OpenAPI document: the handler's own schemas (see route-documentation.ts). */
  docs?: RouteDocumentation;
}

let memoizedAuth: ReturnType<typeof createMemoizedSupporterAuth> | null = null;
/** One memo for every memoized route of the process, so a caller's token is checked once for all of them. */
export const sharedMemoizedAuth = () => (memoizedAuth ??= createMemoizedSupporterAuth());

/** SEC-05 for routes that take no query string: an unknown parameter is a clear 400, nothing runs. */
async function refuseQuery(ctx: any, next: () => Promise<unknown>) {
  const names = Object.keys(ctx.query ?? {});
  if (names.length) {
    throw new errors.ValidationError(`Unknown query parameter${names.length > 1 ? 's' : ''}: ${names.join(', ')}`, {
      code: 'invalid_query',
      names,
    });
  }
  return next();
}

const WRITES = ['POST', 'PUT', 'PATCH'];

/** Strapi's REST shape on every route: `{ data }` write bodies unwrapped, `{ data, meta }` answers. */
export function toStrapiRoute({ method, path, handler, access, query, middlewares, auth, body, docs }: FeatureRoute) {
  const config = {
    policies: [],
    middlewares: [
      dataMetaEnvelope,
      ...(query === 'validated' ? [] : [refuseQuery]),
      ...(WRITES.includes(method) && body !== 'as-sent' ? [unwrapDataBody] : []),
      ...(middlewares ?? []),
    ],
  };
  const route = { method, path, handler, ...routeDocumentation(docs, body !== 'as-sent') };
  if (access === 'anyone') return { ...route, config: { ...config, auth: false as const } };
  if (auth === 'memoized') return { ...route, config: { ...config, auth: { strategies: [sharedMemoizedAuth()] } } };
  return { ...route, config };
}
