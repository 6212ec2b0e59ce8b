import type { Core } from '@strapi/strapi';
import { errors, validateZodSchema } from '@strapi/utils';
import { getService } from '../../utils/get-service';
import { cancelByLinkBody, donationBody, emptyBody } from '../../validators/donation';
import { resolveAttribution } from './attribution';

const donations = ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * POST /donations (public: guests and signed-in supporters). Every compliance check runs before any
   * payment starts; 201 with the hosted checkout URL, 422 when a rule refuses the gift, 400 for a bad body.
   */
  async create(ctx: any) {
    const body = await validateZodSchema(donationBody)(ctx.request.body ?? {});
    const { amountCents, electionId, redesignationConsent, recurring, anonymous, pageSlug, recruiter, ...rest } = body;
    const { refcode, refcode2, utmSource, utmMedium, utmCampaign, ...donor } = rest;
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
    });
    ctx.status = 201;
    ctx.body = {
      data: {
        documentId: started.contributionDocumentId,
        status: 'pending',
        amountCents: started.amountCents,
        electionId: started.electionId,
        parts: started.parts,
        recurring,
        checkoutUrl: started.checkoutUrl,
      },
    };
  },

  /** GET /donations/mine (supporter): my gifts and orders, with their status. */
  async mine(ctx: any) {
    ctx.body = { data: await getService('payments').contributionsOf(ctx.state.user.id) };
  },

  /** POST /donations/:documentId/cancel-recurring (supporter, owner only: SEC-01). */
  async cancelRecurring(ctx: any) {
    await validateZodSchema(emptyBody)(ctx.request.body ?? {});
    const payments = getService('payments');
    const contribution = await payments.findByDocumentId(String(ctx.params.documentId));
    if (!contribution) throw new errors.NotFoundError('No such contribution.');
    if (contribution.userId !== ctx.state.user.id) throw new errors.ForbiddenError('This is not your contribution.');
    const { alreadyCancelled } = await payments.cancelRecurring(contribution);
    ctx.status = 202;
    ctx.body = { data: { documentId: contribution.documentId, cancelling: !alreadyCancelled, alreadyCancelled } };
  },

  /** POST /donations/:documentId/cancel-recurring-by-link (anyone holding the receipt's token). */
  async cancelRecurringByLink(ctx: any) {
    const { token } = await validateZodSchema(cancelByLinkBody)(ctx.request.body ?? {});
    const payments = getService('payments');
    const documentId = String(ctx.params.documentId);
    // The same answer for an unknown gift and a wrong token: the link reveals nothing else.
    const contribution = payments.isCancelToken(documentId, token) ? await payments.findByDocumentId(documentId) : null;
    if (!contribution) throw new errors.ForbiddenError('This cancel link is not valid.');
    const { alreadyCancelled } = await payments.cancelRecurring(contribution);
    ctx.status = 202;
    ctx.body = { data: { documentId, cancelling: !alreadyCancelled, alreadyCancelled } };
  },
});

export default donations;
