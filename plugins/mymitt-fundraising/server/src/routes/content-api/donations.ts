import type { FeatureRoute } from '@mymitt/plugin-kit';

const DONATE_RATE_LIMIT = { name: 'plugin::mymitt-fundraising.donate-rate-limit' };

export const donationRoutes: FeatureRoute[] = [
  // Guests and signed-in supporters alike; per-IP rate limited (SEC-04).
  { method: 'POST', path: '/donations', handler: 'donations.create', access: 'public', middlewares: [DONATE_RATE_LIMIT] },
  { method: 'GET', path: '/donations/mine', handler: 'donations.mine', query: 'validated', access: 'supporter' },
  { method: 'POST', path: '/donations/:documentId/cancel-recurring', handler: 'donations.cancelRecurring', access: 'supporter' },
  // A guest's receipt link (an HMAC token): no account needed to stop a monthly gift (FEC-12).
  {
    method: 'POST',
    path: '/donations/:documentId/cancel-recurring-by-link',
    handler: 'donations.cancelRecurringByLink',
    access: 'anyone',
    middlewares: [DONATE_RATE_LIMIT],
  },
];
