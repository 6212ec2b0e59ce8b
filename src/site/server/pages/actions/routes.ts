import type { SiteRoute } from '../../types';
import { callsPage } from './calls';
import { eventsPage } from './events';
import { shopPage } from './shop';

/** The pages the Action Center's calls to action lead to (besides giving and accounts). */
export const actionRoutes: SiteRoute[] = [
  { path: '/calls', handler: callsPage },
  { path: '/events', handler: eventsPage },
  { path: '/shop', handler: shopPage },
];
