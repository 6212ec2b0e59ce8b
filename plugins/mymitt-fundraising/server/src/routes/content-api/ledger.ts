import type { FeatureRoute } from '@mymitt/plugin-kit';

export const ledgerRoutes: FeatureRoute[] = [
  // Stripe calls it without a user: the signature on the raw body is the authentication (STR-01).
  { method: 'POST', path: '/stripe/webhook', handler: 'ledger.stripeWebhook', access: 'anyone', body: 'as-sent' },
];
