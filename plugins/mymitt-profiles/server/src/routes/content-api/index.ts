import { z } from '@strapi/utils';
import { toStrapiRoute, type FeatureRoute } from '@mymitt/plugin-kit';
import { profileRoutes } from './profiles';
import { blogRoutes } from './blog';
import { groupsRoutes } from './groups';
import { eventsRoutes } from './events';
import { leaderboardMeta } from '../../answers/profiles';
import { eventSearchMeta } from '../../answers/events';

/** Every content-api route of the plugin, in match order; access.ts derives the role grants from it. */
export const featureRoutes: FeatureRoute[] = [...profileRoutes, ...blogRoutes, ...groupsRoutes, ...eventsRoutes];

/*
 * What the kit's route documentation cannot say yet (it documents JSON `{ data }` bodies and `meta.pagination`
 * only), added to the documented routes here.
 */

/** Image uploads send multipart/form-data with one file in a named field, not a `{ data }` JSON body. */
const UPLOAD_FIELDS: Record<string, string> = {
  'POST /profiles/me/avatar': 'avatar',
  'POST /posts/:documentId/cover': 'cover',
};

/** Lists whose `meta` holds more than the pagination. */
const LIST_META: Record<string, z.ZodRawShape> = {
  'GET /leaderboard': leaderboardMeta,
  'GET /events': eventSearchMeta,
};

type DocumentedRoute = Omit<ReturnType<typeof toStrapiRoute>, 'request' | 'response'> & {
  request?: Record<string, unknown>;
  response?: z.ZodObject<any>;
};

function strapiRoute(route: FeatureRoute): DocumentedRoute {
  const built: DocumentedRoute = toStrapiRoute(route);
  const key = `${route.method} ${route.path}`;
  const field = UPLOAD_FIELDS[key];
  if (field) {
    const form = z.object({ [field]: z.string().meta({ format: 'binary', description: 'One JPEG, PNG, WebP or GIF image.' }) }).strict();
    built.request = { ...built.request, body: { 'multipart/form-data': form } };
  }
  const meta = LIST_META[key];
  if (meta && built.response) {
    built.response = built.response.extend({ meta: (built.response.shape.meta as z.ZodObject<any>).extend(meta) });
  }
  return built;
}

export default {
  type: 'content-api',
  routes: featureRoutes.map(strapiRoute),
};
