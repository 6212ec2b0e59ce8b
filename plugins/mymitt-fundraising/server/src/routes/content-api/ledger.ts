import type { FeatureRoute } from '@mymitt/plugin-kit';
import { stripeEvent } from '../../answers/donations';

export const ledgerRoutes: FeatureRoute[] = [
  // Stripe calls it without a user: the signature on the raw body is the authentication (STR-01).
  // Answers Stripe's acknowledgement `{ received, eventId, outcome }`, not a `{ data }` envelope.
  {
    method: 'POST',
    path: '/stripe/webhook',
    handler: 'ledger.stripeWebhook',
    access: 'anyone',
    body: 'as-sent',
    docs: { body: stripeEvent },
  },
];
