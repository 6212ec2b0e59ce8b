import type { SiteRoute } from '../../types';
import { callsPage } from './calls';
import { eventsPage } from './events';

/** The pages the Action Center's calls to action lead to (besides giving, accounts and the shop). */
export const actionRoutes: SiteRoute[] = [
  { path: '/calls', handler: callsPage },
  { path: '/events', handler: eventsPage },
];
