import { toStrapiRoute, type FeatureRoute } from '@mymitt/plugin-kit';
import { metaRoutes } from './meta';
import { callRoutes } from './calls';
import { callDayRoutes } from './call-days';

/** Every content-api route of the plugin, in match order; access.ts derives the role grants from it. */
export const featureRoutes: FeatureRoute[] = [...metaRoutes, ...callRoutes, ...callDayRoutes];

export default {
  type: 'content-api',
  routes: featureRoutes.map(toStrapiRoute),
};
