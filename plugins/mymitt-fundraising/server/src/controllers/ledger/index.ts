import type { Core } from '@strapi/strapi';
import { validateZodSchema } from '@strapi/utils';
import { withoutControlCharacters } from '@mymitt/plugin-kit';
import { getService } from '../../utils/get-service';
import { reconcileBody, totalsQuery } from '../../validators/ledger';

/** koa-body keeps the exact bytes under this symbol when `includeUnparsed` is on (config/middlewares.ts). */
const UNPARSED = Symbol.for('unparsedBody');

const ledgerController = (_: { strapi: Core.Strapi }) => ({
  /**
   * POST /stripe/webhook (anyone: Stripe signs, we verify). 400 with nothing written unless the raw
   * body carries a valid, fresh signature (STR-01); 200 once the event is applied, a duplicate or ignored.
   */
  async stripeWebhook(ctx: any) {
    const ledger = getService('ledger');
    const raw = ctx.request.body?.[UNPARSED];
    // The app's control-character guard lets this signed body through (a 400 would only bring it back):
    // what Stripe relays from a payer's form is cleaned here instead, so no NUL reaches a jsonb column.
    const event = withoutControlCharacters(ledger.verifyWebhook(raw, ctx.get('stripe-signature') || undefined));
    // Before the event is stored: if screening fails, the 500 makes Stripe deliver it again.
    if (event.type === 'invoice.created') await getService('payments').screenInstallment(event);
    const { outcome } = await ledger.applyStripeEvent(event);
    ctx.body = { received: true, eventId: event.id, outcome };
  },

  /** GET /ledger/reconcile (admin): the drift between cached totals and the ledger, changing nothing. */
  async reconcileReport(ctx: any) {
    ctx.body = { data: await getService('ledger').reconcile({ fix: false }) };
  },

  /** POST /ledger/reconcile (admin, money.manage): `{ fix: true }` rewrites drifted totals from the ledger. */
  async reconcile(ctx: any) {
    const { fix } = await validateZodSchema(reconcileBody)(ctx.request.body ?? {});
    ctx.body = { data: await getService('ledger').reconcile({ fix }) };
  },

  /** GET /ledger/totals?scope=all|page:<id>|campaign:<id> (admin). */
  async totals(ctx: any) {
    const { scope } = await validateZodSchema(totalsQuery)(ctx.query ?? {});
    ctx.body = { data: { scope, ...(await getService('ledger').totals(scope)) } };
  },
});

export default { ledger: ledgerController };
