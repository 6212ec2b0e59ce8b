import { toStrapiRoute, type FeatureRoute } from '@mymitt/plugin-kit';
import { metaRoutes } from './meta';
import { complianceRoutes } from './compliance';
import { ledgerRoutes } from './ledger';
import { donationRoutes } from './donations';
import { sandboxRoutes } from './sandbox';
import { pageRoutes } from './pages';

/** Every content-api route of the plugin, in match order; access.ts derives the role grants from it. */
export const featureRoutes: FeatureRoute[] = [
  ...metaRoutes,
  ...complianceRoutes,
  ...ledgerRoutes,
  ...donationRoutes,
  ...sandboxRoutes,
  ...pageRoutes,
];

export default {
  type: 'content-api',
  routes: featureRoutes.map(toStrapiRoute),
};
