import type { Core } from '@strapi/strapi';

export type RouteMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RegisteredRoute {
  api: 'content-api' | 'admin';
  method: RouteMethod;
  /** As registered, prefix included: `/api/pages/:id`, `/content-manager/collection-types/:model`. */
  path: string;
}

const METHODS: RouteMethod[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

/**
 * Every route of the booted app's content API or admin API, read from the routers themselves (core,
 * users-permissions, upload, i18n, the MyMitt plugins, src/api), so a new route is tested without
 * anyone listing it. HEAD is left out (it answers as GET).
 */
export function registeredRoutes(strapi: Core.Strapi, api: RegisteredRoute['api']): RegisteredRoute[] {
  const router = api === 'admin' ? strapi.server.api('admin') : strapi.server.api('content-api');
  const layers = router.listRoutes() as Array<{ path: string; methods: string[] }>;
  return layers.flatMap((layer) =>
    layer.methods
      .filter((method): method is RouteMethod => METHODS.includes(method as RouteMethod))
      .map((method) => ({ api, method, path: layer.path }))
  );
}

/** `:name`, `:name(regex)`, `:name?` and unnamed groups such as `(.*)`. */
const PARAMETER = /:([A-Za-z0-9_]+)(\((?:[^()\\]|\\.)*\))?[?*+]?|\((?:[^()\\]|\\.)*\)[?*+]?/g;

/** The names of a route path's parameters (an unnamed group is called `*`). */
export function parameterNames(path: string): string[] {
  return [...path.matchAll(PARAMETER)].map((match) => match[1] ?? '*');
}

/** The route path with each parameter replaced by `value(name)` (already URL-encoded). */
export function fillPath(path: string, value: (name: string) => string): string {
  return path.replace(PARAMETER, (_match, name: string | undefined) => value(name ?? '*'));
}
