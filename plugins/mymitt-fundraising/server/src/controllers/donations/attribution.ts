import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { getService } from '../../utils/get-service';
import type { Attribution } from '../../services/payments/payments';

const PROFILE_UID = 'plugin::mymitt-profiles.profile';

/**
 * Who and what a gift credits (FEC-13: credit only, never the donor): the running drive, the fundraising
 * page named by slug, and the recruiter named by profile slug when the profiles plugin is installed.
 * An unknown or closed page is a 400 (the donor should know their gift is not credited); an unknown recruiter is dropped.
 */
export async function resolveAttribution(strapi: Core.Strapi, input: { pageSlug?: string; recruiter?: string }): Promise<Attribution> {
  const campaign = await getService('compliance-config').activeCampaign();
  const attribution: Attribution = { campaignId: campaign?.id ?? null };
  if (input.pageSlug) {
    const page = await getService('pages').forDonation(input.pageSlug);
    if (!page?.open) {
      throw new errors.ValidationError('That fundraising page does not exist or is not open for gifts.', {
        code: page ? 'page_closed' : 'page_not_found',
        pageSlug: input.pageSlug,
      });
    }
    attribution.pageId = page.id;
    if (page.campaignId) attribution.campaignId = page.campaignId;
  }
  if (input.recruiter && strapi.contentTypes[PROFILE_UID as keyof typeof strapi.contentTypes]) {
    const profile = await strapi.db
      .query(PROFILE_UID as any)
      .findOne({ where: { slug: input.recruiter.toLowerCase() }, select: ['userId'] });
    attribution.recruiterUserId = (profile as any)?.userId ?? null;
  }
  return attribution;
}
