import type { Core } from '@strapi/strapi';
import { errors, validateZodSchema, z } from '@strapi/utils';
import { paginationMeta, parseListQuery, unprocessable, type ListSpec, forbidden, type RequestContext } from '@mymitt/plugin-kit';
import { getService } from '../../utils/get-service';
import { instantValue } from '../../utils/list-query';
import { cancelByLinkBody, donationBody, emptyBody } from '../../validators/donation';
import { donorRefusal, validateWithRefusal } from '../../validators/refusals';
import { resolveAttribution } from './attribution';

const parseDonation = validateWithRefusal(donationBody, donorRefusal);

const CONTRIBUTION_STATUSES = ['pending', 'succeeded', 'failed', 'refunded', 'partially_refunded', 'disputed'] as const;

/** GET /donations/mine: filter by status, purpose, recurring or date; sort by date or amount (newest first). */
export const MY_DONATIONS_LIST: ListSpec = {
  filters: {
    status: { ops: ['$eq', '$ne', '$in'], value: z.enum(CONTRIBUTION_STATUSES) },
    purpose: { ops: ['$eq'], value: z.enum(['donation', 'order']) },
    recurring: { ops: ['$eq'], value: z.enum(['true', 'false']).transform((v) => v === 'true') },
    createdAt: { ops: ['$lt', '$lte', '$gt', '$gte'], value: instantValue },
  },
  sort: ['createdAt', 'amountCents'],
  defaultSort: [{ field: 'createdAt', order: 'desc' }],
};

/** The numeric election of a documentId from the form; an unknown one is refused like designate() refuses an unknown id. */
async function electionIdOf(documentId: string | undefined): Promise<number | undefined> {
  if (documentId === undefined) return undefined;
  const id = await getService('compliance-config').electionIdOf(documentId);
  if (id === null) throw unprocessable('That election does not exist; choose one of the listed elections.', { reason: 'unknown-election' });
  return id;
}

const donations = ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * POST /donations (public: guests and signed-in supporters). Every compliance check runs before any
   * payment starts; 201 with the hosted checkout URL, 422 when a rule refuses the gift, 400 for a bad body.
   */
  async create(ctx: RequestContext) {
    const body = parseDonation(ctx.request.body ?? {});
    const { amountCents, electionDocumentId, redesignationConsent, recurring, anonymous, pageSlug, recruiter, locale, ...rest } = body;
    const { refcode, refcode2, utmSource, utmMedium, utmCampaign, ...donor } = rest;
    const electionId = await electionIdOf(electionDocumentId);
    const attribution = await resolveAttribution(strapi, { pageSlug, recruiter });
    const started = await getService('payments').startCheckout({
      purpose: 'donation',
      donor,
      amountCents,
      electionId,
      redesignationConsent,
      recurring,
      anonymous,
      userId: ctx.state.user?.id ?? null,
      attribution: { ...attribution, refcode, refcode2, utmSource, utmMedium, utmCampaign },
      origin: ctx.origin,
      locale,
      // The site serves Spanish under /es: a Spanish donor comes back to the Spanish thanks page.
      ...(locale === 'es' ? { successPath: '/es/donate/thanks', cancelPath: '/es/donate' } : {}),
    });
    const documentIds = await getService('compliance-config').electionDocumentIds();
    ctx.status = 201;
    ctx.body = {
      data: {
        documentId: started.contributionDocumentId,
        status: 'pending',
        amountCents: started.amountCents,
        electionDocumentId: documentIds.get(started.electionId) ?? null,
        parts:
          started.parts?.map((part) => ({ electionDocumentId: documentIds.get(part.electionId) ?? null, amountCents: part.amountCents })) ??
          null,
        recurring,
        checkoutUrl: started.checkoutUrl,
      },
    };
  },

  /** GET /donations/mine (supporter): my gifts and orders, with their status, one page at a time. */
  async mine(ctx: RequestContext) {
    const list = parseListQuery(ctx, MY_DONATIONS_LIST);
    const { contributions, total } = await getService('payments').contributionsOf(ctx.state.user.id, list);
    ctx.body = { data: contributions, meta: { pagination: paginationMeta(list, total) } };
  },

  /**
   * GET /donations/:documentId/status (anyone holding the documentId: the thanks page of a guest's gift).
   * Status, amount and page only, no donor; never stored by a cache (it changes when the webhook lands).
   */
  async status(ctx: RequestContext) {
    ctx.set('Cache-Control', 'no-store');
    const status = await getService('payments').statusOf(String(ctx.params.documentId));
    if (!status) throw new errors.NotFoundError('No such contribution.', { code: 'contribution_not_found' });
    ctx.body = { data: status };
  },

  /** POST /donations/:documentId/cancel-recurring (supporter, owner only: SEC-01). */
  async cancelRecurring(ctx: RequestContext) {
    await validateZodSchema(emptyBody)(ctx.request.body ?? {});
    const payments = getService('payments');
    const contribution = await payments.findByDocumentId(String(ctx.params.documentId));
    if (!contribution) throw new errors.NotFoundError('No such contribution.');
    if (contribution.userId !== ctx.state.user.id) throw forbidden('This is not your contribution.', { code: 'not_owner' });
    const { alreadyCancelled } = await payments.cancelRecurring(contribution);
    ctx.status = 202;
    ctx.body = { data: { documentId: contribution.documentId, cancelling: !alreadyCancelled, alreadyCancelled } };
  },

  /** POST /donations/:documentId/cancel-recurring-by-link (anyone holding the receipt's token). */
  async cancelRecurringByLink(ctx: RequestContext) {
    const { token } = await validateZodSchema(cancelByLinkBody)(ctx.request.body ?? {});
    const payments = getService('payments');
    const documentId = String(ctx.params.documentId);
    // The same answer for an unknown gift and a wrong token: the link reveals nothing else.
    const contribution = payments.isCancelToken(documentId, token) ? await payments.findByDocumentId(documentId) : null;
    if (!contribution) throw forbidden('This cancel link is not valid.', { code: 'invalid_cancel_link' });
    const { alreadyCancelled } = await payments.cancelRecurring(contribution);
    ctx.status = 202;
    ctx.body = { data: { documentId, cancelling: !alreadyCancelled, alreadyCancelled } };
  },
});

export default donations;
