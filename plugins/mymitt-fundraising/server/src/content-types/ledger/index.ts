import contribution from './contribution/schema.json';
import ledgerEntry from './ledger-entry/schema.json';
import stripeEvent from './stripe-event/schema.json';
import moneyTotal from './money-total/schema.json';

/** The money core: contributions, the append-only ledger, verified Stripe events and cached totals. */
export default {
  contribution: { schema: contribution },
  'ledger-entry': { schema: ledgerEntry },
  'stripe-event': { schema: stripeEvent },
  'money-total': { schema: moneyTotal },
};
