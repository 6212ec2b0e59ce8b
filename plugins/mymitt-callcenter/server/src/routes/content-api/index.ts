import type { z } from '@strapi/utils';
import { toStrapiRoute, type FeatureRoute } from '@mymitt/plugin-kit';
import { metaRoutes } from './meta';
import { callRoutes } from './calls';
import { callDayRoutes } from './call-days';
import { currentMeta, leaderboardMeta, localizedMeta, offerMeta, resultMeta } from '../../validators/answers';

/** Every content-api route of the plugin, in match order; access.ts derives the role grants from it. */
export const featureRoutes: FeatureRoute[] = [...metaRoutes, ...callRoutes, ...callDayRoutes];

/** Answers whose `meta` holds more than the kit documents (`{}` or `{ pagination }`): added to their documentation. */
const EXTRA_META: Record<string, z.ZodRawShape> = {
  'POST /phone-banks/:documentId/next': offerMeta,
  'GET /phone-banks/:documentId/current': currentMeta,
  'POST /phone-banks/:documentId/result': resultMeta,
  'GET /call-days': localizedMeta,
  'GET /call-days/:slug/progress': localizedMeta,
  'GET /call-days/:slug/leaderboard': leaderboardMeta,
};

type DocumentedRoute = Omit<ReturnType<typeof toStrapiRoute>, 'response'> & { response?: z.ZodObject<any> };

function strapiRoute(route: FeatureRoute): DocumentedRoute {
  const built: DocumentedRoute = toStrapiRoute(route);
  const meta = EXTRA_META[`${route.method} ${route.path}`];
  if (meta && built.response) {
    built.response = built.response.extend({ meta: (built.response.shape.meta as z.ZodObject<any>).extend(meta) });
  }
  return built;
}

export default {
  type: 'content-api',
  routes: featureRoutes.map(strapiRoute),
};
