import type { SiteRoute } from '../../types';
import { cancelPage } from './cancel';
import { DONATE_QUERY, donatePage } from './donate';
import { fundraisingPageView } from './fundraising-page';
import { sandboxCheckoutPage } from './sandbox-checkout';
import { teamPageView } from './team-page';
import { thanksPage } from './thanks';

/** The giving pages (see src/site/server/routes.ts). `/fundraise/start` and `/fundraise/:slug/edit` are the account area's. */
export const givingRoutes: SiteRoute[] = [
  { path: '/donate', handler: donatePage, query: DONATE_QUERY },
  { path: '/donate/thanks', handler: thanksPage, query: ['contribution'] },
  { path: '/donate/cancel', handler: cancelPage, query: ['contribution', 'token'] },
  { path: '/donate/sandbox/:sessionId', handler: sandboxCheckoutPage, query: ['contribution', 'order'] },
  { path: '/fundraise/:slug', handler: fundraisingPageView },
  { path: '/teams/:slug', handler: teamPageView },
];
