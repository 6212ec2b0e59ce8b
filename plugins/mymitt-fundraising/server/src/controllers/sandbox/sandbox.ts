import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { conflict, type RequestContext } from '@mymitt/plugin-kit';
import { getService } from '../../utils/get-service';
import { gatewayName } from '../../services/payments/checkout-gateway';
import { claimSandboxCheckout, deliverToWebhook, isSandboxCheckoutOpen, sandboxEvents } from '../../services/payments/sandbox';
import { formatUsd } from '../../domain/money';
import { CONTRIBUTION_UID, type ContributionRecord } from '../../services/ledger/tables';
import { renderSandboxPage } from './sandbox-page';

const SESSION_ID = /^cs_sandbox_[a-f0-9]{32}$/;

/**
 * The offline hosted checkout (services/payments/sandbox.ts). Exists only while the sandbox is the
 * gateway: with a Stripe key, or in production, every route here is a 404.
 */
const sandbox = ({ strapi }: { strapi: Core.Strapi }) => {
  async function pendingSession(ctx: RequestContext): Promise<ContributionRecord> {
    if (gatewayName(strapi) !== 'sandbox') throw new errors.NotFoundError('Not found');
    const sessionId = String(ctx.params.sessionId);
    if (!SESSION_ID.test(sessionId)) throw new errors.NotFoundError('No such checkout.');
    const contribution = (await strapi.db
      .query(CONTRIBUTION_UID)
      .findOne({ where: { checkoutSessionId: sessionId } })) as ContributionRecord | null;
    if (!contribution) throw new errors.NotFoundError('No such checkout.');
    return contribution;
  }

  /** A later click (or one racing the first) books nothing: 409, as a page for a browser, Strapi's error envelope for JSON. */
  async function alreadyFinished(ctx: RequestContext, contribution: ContributionRecord) {
    const current = (await getService('ledger').findContribution(contribution.id)) ?? contribution;
    const message = `This checkout was already ${current.failedAt ? 'declined' : 'paid'}: nothing more is charged.`;
    if (ctx.accepts('html', 'json') === 'json')
      throw conflict(message, { code: 'checkout_finished', documentId: current.documentId, status: current.status });
    ctx.status = 409;
    ctx.type = 'html';
    ctx.body = renderSandboxPage({ title: 'Checkout already completed (sandbox)', lines: [message], actions: [] });
  }

  async function finish(ctx: RequestContext, outcome: 'complete' | 'decline') {
    const contribution = await pendingSession(ctx);
    if (!isSandboxCheckoutOpen(contribution) || !(await claimSandboxCheckout(strapi, contribution, outcome))) {
      return alreadyFinished(ctx, contribution);
    }
    const statuses = await deliverToWebhook(strapi, sandboxEvents(contribution, outcome));
    const after = await getService('ledger').findContribution(contribution.id);
    const result = { documentId: contribution.documentId, outcome, status: after?.status, webhookStatuses: statuses };
    if (ctx.accepts('html', 'json') === 'json') {
      ctx.body = { data: result };
      return;
    }
    ctx.type = 'html';
    ctx.body = renderSandboxPage({
      title: outcome === 'complete' ? 'Payment completed (sandbox)' : 'Payment declined (sandbox)',
      lines: [`Contribution ${contribution.documentId} is now ${after?.status}.`, `Webhook deliveries: ${statuses.join(', ')}.`],
      actions: [],
    });
  }

  return {
    /** GET /sandbox/checkout/:sessionId — the stand-in for Stripe's hosted page. */
    async show(ctx: RequestContext) {
      const contribution = await pendingSession(ctx);
      const amount = formatUsd(Number(contribution.amountCents));
      const open = isSandboxCheckoutOpen(contribution);
      ctx.type = 'html';
      ctx.body = renderSandboxPage({
        title: 'MyMitt sandbox checkout',
        lines: [
          `${contribution.recurring ? 'Monthly contribution' : 'Contribution'}: ${amount}`,
          'No card is charged: this stands in for Stripe Checkout while no Stripe key is configured.',
          open ? '' : `This checkout is ${contribution.status}.`,
        ].filter(Boolean),
        actions: open
          ? [
              { label: `Pay ${amount}`, action: `${ctx.path}/complete` },
              { label: 'Decline', action: `${ctx.path}/decline` },
            ]
          : [],
      });
    },
    async complete(ctx: RequestContext) {
      await finish(ctx, 'complete');
    },
    async decline(ctx: RequestContext) {
      await finish(ctx, 'decline');
    },
  };
};

export default sandbox;
