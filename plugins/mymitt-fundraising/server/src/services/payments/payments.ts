import type { Core } from '@strapi/strapi';
import { afterCommit, unavailable } from '@mymitt/plugin-kit';
import createError from 'http-errors';
import { PLUGIN_ID } from '../../plugin-id';
import type { FundraisingConfig } from '../../config';
import { getService } from '../../utils/get-service';
import { contributionDonorBody, type ContributionDonor } from '../../validators/contribution-donor';
import { donorRefusal, validateWithRefusal } from '../../validators/refusals';
import { CONTRIBUTION_UID, TABLES, type ContributionRecord } from '../ledger/tables';
import { checkContribution } from './contribution-check';
import { screenInstallment } from './installment-screen';
import { cancelToken, isCancelToken } from './cancel-link';
import type { StripeEventLike } from '../../domain/stripe-events';
import { createStripeSession, gatewayName, type CheckoutLineItem, type GatewayName } from './checkout-gateway';
import { createSandboxSession, deliverToWebhook, sandboxCancellation } from './sandbox';
import { stripeClient } from '../stripe/stripe-client';
import { errors, z } from '@strapi/utils';
import type { ListQuery } from '@mymitt/plugin-kit';
import { engineOrderBy, engineWhere } from '../../utils/list-query';
import { PAGE_UID } from '../pages/page-records';

export interface Attribution {
  pageId?: number | null;
  campaignId?: number | null;
  refcode?: string;
  refcode2?: string;
  utmSource?: string;
  utmMedium?: string;
  utmCampaign?: string;
  recruiterUserId?: number | null;
}

export interface StartCheckoutInput {
  /** 'order': a store purchase, a contribution of its full price (FEC-11). */
  purpose: 'donation' | 'order';
  /** Validated donor fields (validators/contribution-donor.ts): identity, address, employment, affirmations. */
  donor: ContributionDonor;
  amountCents: number;
  electionId?: number;
  redesignationConsent?: boolean;
  /** Monthly; donations only. */
  recurring?: boolean;
  anonymous?: boolean;
  userId?: number | null;
  attribution?: Attribution;
  /** What the Checkout page lists; they must add up to amountCents. Default: one "Contribution" line. */
  lineItems?: CheckoutLineItem[];
  /** Required for orders: `<handler>:<reference>`; the handler registered with onPaid hears of the payment. */
  purposeRef?: string;
  /** The language the donor gave in, when the request said (the site's /es/ pages): their receipt's language. */
  locale?: 'en' | 'es';
  /** Paths on the supporter site Checkout returns to (never full URLs: no open redirect). */
  successPath?: string;
  cancelPath?: string;
  /** The API's own origin (the sandbox checkout page lives there). */
  origin: string;
  now?: Date;
}

export interface StartedCheckout {
  contributionId: number;
  contributionDocumentId: string;
  checkoutUrl: string;
  checkoutSessionId: string;
  gateway: GatewayName;
  amountCents: number;
  electionId: number;
  /** FEC-01: how a redesignated gift splits between elections (null when it is not split). */
  parts: Array<{ electionId: number; amountCents: number }> | null;
}

export interface PaidNotice {
  contributionId: number;
  reference: string;
  amountCents: number;
}

export type PaidHandler = (notice: PaidNotice) => Promise<void> | void;

/** Another plugin's checkout body carries the donor under `donor`: errors name `donor.<field>`. */
const parseDonorField = validateWithRefusal(z.object({ donor: contributionDonorBody }), (issues) =>
  donorRefusal(issues.map((issue) => ({ ...issue, path: issue.path.slice(1) })))
);

const sitePath = (path: string | undefined, fallback: string) => (path && /^\/(?!\/)/.test(path) ? path : fallback);

/**
 * `strapi.plugin('mymitt-fundraising').service('payments')`: starts a checkout for any purpose after the
 * compliance checks (a store order is a contribution too: FEC-11), and tells the purpose's handler when
 * the money arrives. The donate route is its first client.
 */
const payments = ({ strapi }: { strapi: Core.Strapi }) => {
  const handlers = new Map<string, PaidHandler>();
  const config = () => strapi.config.get(`plugin::${PLUGIN_ID}`) as FundraisingConfig;

  async function markFailed(contributionId: number) {
    await strapi.db.connection(TABLES.contributions).where('id', contributionId).whereNull('failed_at').update({ failed_at: new Date() });
  }

  return {
    gateway: () => gatewayName(strapi),

    /**
     * The donor half of a contribution (FEC-06/08: identity, address, employment, affirmations), as the
     * donate route validates it, for other plugins' checkout bodies (`{ donor: {...} }`): the validated
     * donor, or a 400 whose `details.errors` paths start with `donor`.
     */
    parseDonor(donor: unknown): ContributionDonor {
      return parseDonorField({ donor }).donor;
    },

    /** Registers who hears of paid contributions whose purposeRef starts with `<handler>:`. */
    onPaid(handler: string, fn: PaidHandler) {
      handlers.set(handler, fn);
    },

    /** Called for every `mymitt.donation.succeeded` (after commit): routes a purpose's first payment to its handler. */
    async routePaid(payload: { contributionId?: number; purpose?: string; amountCents: number; sourceId: string }) {
      // Plain donations have no handler; installments are not a purpose's first payment.
      if (!payload.contributionId || payload.purpose === 'donation' || payload.sourceId.startsWith('invoice:')) return;
      const contribution = (await strapi.db.query(CONTRIBUTION_UID).findOne({ where: { id: payload.contributionId } })) as any;
      const ref: string | null = contribution?.purposeRef ?? null;
      if (!ref) return;
      const at = ref.indexOf(':');
      const handler = handlers.get(ref.slice(0, at));
      // Thrown, not skipped: the outbox retries until the purpose's plugin has registered its handler (a boot
      // in progress), and a purpose that never does shows among failed deliveries for staff.
      if (!handler) throw new Error(`no payment handler for ${ref.slice(0, at)} yet`);
      await handler({ contributionId: contribution.id, reference: ref.slice(at + 1), amountCents: payload.amountCents });
    },

    /**
     * Runs every compliance check, records the pending contribution, and opens a hosted checkout for it.
     * 422 when a rule refuses the gift (nothing written), 503 without a payment gateway, 502 when the
     * gateway fails (the contribution is marked failed so it stops counting against the limit).
     */
    async startCheckout(input: StartCheckoutInput): Promise<StartedCheckout> {
      const gateway = gatewayName(strapi);
      if (!gateway) throw unavailable('Payments are not configured on this site.', { code: 'payments_unavailable' });
      if (input.purpose === 'order' && !input.purposeRef) throw new Error('An order checkout needs a purposeRef');
      if (input.recurring && input.purpose !== 'donation') throw new Error('Only donations may recur');
      const lineItems = input.lineItems ?? [{ name: 'Contribution', unitAmountCents: input.amountCents, quantity: 1 }];
      if (lineItems.reduce((sum, item) => sum + item.unitAmountCents * item.quantity, 0) !== input.amountCents) {
        throw new Error('Checkout line items must add up to the contribution amount');
      }
      const now = input.now ?? new Date();
      const { donor } = input;
      await getService('form-texts').assertKnownAffirmationsVersion(donor.affirmationsVersion);

      const opened = await strapi.db.transaction(async ({ trx }) => {
        const checked = await checkContribution(
          strapi,
          trx,
          {
            donor,
            userId: input.userId ?? null,
            amountCents: input.amountCents,
            electionId: input.electionId,
            redesignationConsent: Boolean(input.redesignationConsent),
            recurring: Boolean(input.recurring),
          },
          now
        );
        const pending = await getService('ledger').recordPending({
          purpose: input.purpose,
          purposeRef: input.purposeRef ?? null,
          amountCents: input.amountCents,
          firstName: donor.firstName,
          lastName: donor.lastName,
          email: donor.email,
          street: donor.street,
          city: donor.city,
          state: donor.state,
          zip: donor.zip,
          country: donor.country,
          occupation: donor.occupation,
          employer: donor.employer,
          usPassportNumber: donor.usPassportNumber ?? null,
          affirmationsVersion: donor.affirmationsVersion,
          donorKey: checked.keys.byAddress,
          donorEmailKey: checked.keys.byEmail,
          electionId: checked.electionId,
          parts: checked.parts,
          recurring: Boolean(input.recurring),
          anonymous: Boolean(input.anonymous),
          userId: input.userId ?? null,
          locale: input.locale ?? null,
          ...input.attribution,
        });
        return { ...pending, checked };
      });

      const site = (config().siteUrl || input.origin).replace(/\/$/, '');
      const request = {
        contributionId: opened.id,
        idempotencyKey: opened.idempotencyKey,
        mode: input.recurring ? ('subscription' as const) : ('payment' as const),
        lineItems,
        customerEmail: donor.email,
        successUrl: `${site}${sitePath(input.successPath, '/donate/thanks')}?contribution=${opened.documentId}`,
        cancelUrl: `${site}${sitePath(input.cancelPath, '/donate')}?cancelled=${opened.documentId}`,
        now,
      };
      let session;
      try {
        session = gateway === 'stripe' ? await createStripeSession(strapi, request) : createSandboxSession(request, input.origin);
      } catch (error: any) {
        strapi.log.error(`[${PLUGIN_ID}] checkout for contribution ${opened.id} failed: ${error?.message ?? error}`);
        await markFailed(opened.id);
        throw createError(502, 'The payment page could not be opened. Nothing was charged; please try again.', {
          details: { code: 'checkout_failed' },
        });
      }
      await getService('ledger').attachCheckoutSession(opened.id, session.id);

      return {
        contributionId: opened.id,
        contributionDocumentId: opened.documentId,
        checkoutUrl: session.url,
        checkoutSessionId: session.id,
        gateway,
        amountCents: input.amountCents,
        electionId: opened.checked.electionId,
        parts: opened.checked.parts,
      };
    },

    /** FEC-12: voids a renewal that would pass the donor's limit, before Stripe charges it. */
    screenInstallment(event: StripeEventLike, now?: Date) {
      return screenInstallment(strapi, event, now);
    },

    /**
     * GET /donations/mine: one page of a supporter's own contributions (no donor identity beyond what
     * they typed themselves), in the list's order, with their total. Elections and pages are named as the
     * content API names them (documentId, slug).
     */
    async contributionsOf(userId: number, list: ListQuery) {
      const where = { $and: [{ userId }, engineWhere(list.filters)] };
      const query = strapi.db.query(CONTRIBUTION_UID);
      const [rows, total] = await Promise.all([
        query.findMany({
          where,
          select: [
            'documentId',
            'purpose',
            'status',
            'amountCents',
            'electionId',
            'recurring',
            'recurringCancelledAt',
            'pageId',
            'createdAt',
          ],
          orderBy: engineOrderBy(list.sort),
          offset: list.offset,
          limit: list.limit,
        }) as Promise<Array<ContributionRecord & { createdAt: string; purpose: string }>>,
        list.withCount ? query.count({ where }) : Promise.resolve(0),
      ]);
      const pageIds = [...new Set(rows.map((row) => row.pageId).filter((id): id is number => Boolean(id)))];
      const [electionDocumentIds, pages] = await Promise.all([
        getService('compliance-config').electionDocumentIds(),
        pageIds.length
          ? strapi.db.query(PAGE_UID).findMany({ where: { id: { $in: pageIds } }, select: ['id', 'slug', 'title'] })
          : Promise.resolve([]),
      ]);
      const pageById = new Map(
        (pages as any[]).map((page) => [page.id as number, { slug: page.slug as string, title: page.title as string }])
      );
      const contributions = rows.map((row) => ({
        documentId: row.documentId,
        purpose: row.purpose,
        status: row.status,
        amountCents: Number(row.amountCents),
        electionDocumentId: (row.electionId && electionDocumentIds.get(row.electionId)) || null,
        recurring: row.recurring,
        recurringCancelledAt: row.recurringCancelledAt ?? null,
        page: (row.pageId && pageById.get(row.pageId)) || null,
        createdAt: row.createdAt,
      }));
      return { contributions, total };
    },

    /**
     * Stops a recurring gift (FEC-12: the donor can always cancel). Stripe cancels the subscription and
     * its `customer.subscription.deleted` event records the cancellation, as for one cancelled at Stripe.
     */
    async cancelRecurring(contribution: ContributionRecord) {
      if (!contribution.recurring || !contribution.subscriptionId) {
        throw new errors.ValidationError('This is not an active monthly gift.', { code: 'not_recurring' });
      }
      if (contribution.recurringCancelledAt) return { alreadyCancelled: true };
      const gateway = gatewayName(strapi);
      if (gateway === 'stripe') {
        await stripeClient(strapi).subscriptions.cancel(contribution.subscriptionId);
      } else if (gateway === 'sandbox') {
        await deliverToWebhook(strapi, [sandboxCancellation(contribution)]);
      } else throw unavailable('Payments are not configured on this site.', { code: 'payments_unavailable' });
      return { alreadyCancelled: false };
    },

    /** The supporter-site link a receipt carries to stop a monthly gift without signing in. */
    cancelLink(contribution: { documentId: string }, origin = '', locale: 'en' | 'es' = 'en') {
      const site = (config().siteUrl || origin).replace(/\/$/, '');
      const token = cancelToken(strapi, contribution.documentId);
      // The site serves Spanish under /es: a Spanish receipt opens the Spanish cancel page.
      return `${site}${locale === 'es' ? '/es' : ''}/donate/cancel?contribution=${contribution.documentId}&token=${token}`;
    },

    isCancelToken(documentId: string, token: string) {
      return isCancelToken(strapi, documentId, token);
    },

    /**
     * What the thanks page shows of a gift while the webhook lands: its status and amount, never the donor.
     * Null for an unknown documentId.
     */
    async statusOf(documentId: string) {
      const row = (await strapi.db.query(CONTRIBUTION_UID).findOne({
        where: { documentId },
        select: ['documentId', 'status', 'amountCents', 'recurring', 'pageId', 'createdAt'],
      })) as (ContributionRecord & { createdAt: string }) | null;
      if (!row) return null;
      const page = row.pageId
        ? ((await strapi.db.query(PAGE_UID).findOne({ where: { id: row.pageId }, select: ['slug', 'title'] })) as any)
        : null;
      return {
        documentId: row.documentId,
        status: row.status,
        amountCents: Number(row.amountCents),
        recurring: Boolean(row.recurring),
        page: page ? { slug: page.slug as string, title: page.title as string } : null,
        createdAt: new Date(row.createdAt).toISOString(),
      };
    },

    async findByDocumentId(documentId: string) {
      return (await strapi.db.query(CONTRIBUTION_UID).findOne({ where: { documentId } })) as ContributionRecord | null;
    },
  };
};

export type PaymentsService = ReturnType<typeof payments>;
export default payments;
