import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from '../../plugin-id';
import type { FundraisingConfig } from '../../config';
import { getService } from '../../utils/get-service';
import { toCents } from '../../domain/money';
import { localizedName, type FormLocale } from '../../domain/form-texts';
import { percentOfGoal } from '../../domain/fundraising-pages';
import { CAMPAIGN_UID, validPresets } from './compliance-config';

/** GET /campaigns/:slug: a drive's public thermometer, its name in the locale asked. */
export interface PublicCampaign {
  documentId: string;
  slug: string;
  name: string;
  /** True when Spanish was asked and staff wrote no Spanish name (the English one is answered). */
  nameLocaleFallback: boolean;
  goalCents: number;
  /** Net raised: the ledger total of scope `campaign:<id>` (refunds and disputes deducted). */
  raisedCents: number;
  percent: number;
  giftCount: number;
  startsAt: string;
  endsAt: string | null;
  /** Running at `now`: started, not ended. */
  isActive: boolean;
  /** The drive's presets, else the plugin's (what its donation form offers). */
  presetAmountsCents: number[];
}

/**
 * `getService('campaigns')`: fundraising drives as the public sees them. Money comes from the ledger totals
 * (the same `campaign:<id>` row the finance overview and reconcile read), never from a sum here.
 */
const campaigns = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The drive with this slug, or null. */
  async publicCampaign(slug: string, locale: FormLocale, now = new Date()): Promise<PublicCampaign | null> {
    const row = (await strapi.db.query(CAMPAIGN_UID).findOne({ where: { slug } })) as any;
    if (!row) return null;
    const totals = await getService('ledger').totals(`campaign:${row.id}`);
    const config = strapi.config.get(`plugin::${PLUGIN_ID}`) as FundraisingConfig;
    const name = localizedName(locale, row.name, row.nameEs);
    const goalCents = toCents(row.goalCents);
    const startsAt = new Date(row.startsAt);
    const endsAt = row.endsAt ? new Date(row.endsAt) : null;
    return {
      documentId: row.documentId,
      slug: row.slug,
      name: name.name,
      nameLocaleFallback: name.fallback,
      goalCents,
      raisedCents: totals.netCents,
      percent: percentOfGoal(totals.netCents, goalCents),
      giftCount: totals.giftCount,
      startsAt: startsAt.toISOString(),
      endsAt: endsAt ? endsAt.toISOString() : null,
      isActive: startsAt <= now && (!endsAt || endsAt > now),
      presetAmountsCents: validPresets(row.presetAmountsCents) ?? config.presetAmountsCents,
    };
  },
});

export type CampaignsService = ReturnType<typeof campaigns>;
export default campaigns;
