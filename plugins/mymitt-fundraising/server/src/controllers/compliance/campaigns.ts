import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { getService } from '../../utils/get-service';
import { renderJson } from '../../services/pages/rendered-cache';
import { sendRendered } from '../pages/send-rendered';
import { parseLocale } from './compliance';

/**
 * The same for every viewer: CDN-cacheable with an ETag. Short, so a drive's thermometer follows the
 * ledger closely (a gift shows on the site within this time, plus one CDN revalidation).
 */
export const CAMPAIGN_CACHE_SECONDS = 15;

const campaigns = (_: { strapi: Core.Strapi }) => ({
  /** GET /campaigns/:slug?locale=en|es — a fundraising drive's thermometer (the Action Center's embed block). */
  async findBySlug(ctx: any) {
    const locale = parseLocale(ctx);
    const campaign = await getService('campaigns').publicCampaign(String(ctx.params.slug), locale);
    if (!campaign) {
      throw new errors.NotFoundError('No fundraising drive has this address.', { code: 'campaign_not_found', slug: ctx.params.slug });
    }
    const body = { data: campaign, meta: { locale, localeFallback: campaign.nameLocaleFallback } };
    sendRendered(ctx, renderJson(body, []), CAMPAIGN_CACHE_SECONDS, 'No fundraising drive has this address.');
  },
});

export default campaigns;
