import type { Core } from '@strapi/strapi';
import { allowSharedCache } from '@mymitt/plugin-kit';
import { getService } from '../../utils/get-service';

/** Both answers are the same for every viewer and change only when finance staff edit the settings. */
const FORM_CACHE_SECONDS = 60;

const compliance = (_: { strapi: Core.Strapi }) => ({
  /** GET /elections — upcoming elections for the donation form's designation choice (FEC-04). */
  async elections(ctx: any) {
    const elections = await getService('compliance-config').upcomingElections();
    allowSharedCache(ctx, FORM_CACHE_SECONDS);
    ctx.body = { data: elections, meta: { defaultElectionId: elections[0]?.id ?? null } };
  },

  /** GET /compliance/form — limit, affirmations, best-efforts sentence and presets for every contribution form. */
  async form(ctx: any) {
    const form = await getService('compliance-config').donationForm();
    allowSharedCache(ctx, FORM_CACHE_SECONDS);
    ctx.body = { data: form };
  },

  /** GET /compliance/overview (admin) — elections, limits, drives and configuration warnings. */
  async overview(ctx: any) {
    ctx.body = { data: await getService('compliance-config').overview() };
  },
});

export default compliance;
