import { toStrapiRoute, type FeatureRoute } from '@mymitt/plugin-kit';
import { profileRoutes } from './profiles';
import { blogRoutes } from './blog';
import { groupsRoutes } from './groups';
import { eventsRoutes } from './events';
import { noticesRoutes } from './notices';

/** Every content-api route of the plugin, in match order; access.ts derives the role grants from it. */
export const featureRoutes: FeatureRoute[] = [...profileRoutes, ...blogRoutes, ...groupsRoutes, ...eventsRoutes, ...noticesRoutes];

export default {
  type: 'content-api',
  routes: featureRoutes.map(toStrapiRoute),
};
