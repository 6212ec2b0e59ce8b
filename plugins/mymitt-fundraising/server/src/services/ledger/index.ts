import type { Core } from '@strapi/strapi';
import { ledgerCore } from './ledger-core';
import { stripeWebhook } from './stripe-webhook';

/**
 * `getService('ledger')`: contributions, the append-only ledger and its totals, the Stripe webhook
 * pieces, donor aggregates for the compliance checks, and reconcile.
 */
const ledger = ({ strapi }: { strapi: Core.Strapi }) => {
  const core = ledgerCore(strapi);
  return { ...core, ...stripeWebhook(strapi, core) };
};

export default { ledger };
