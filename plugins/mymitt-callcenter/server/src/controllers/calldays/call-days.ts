import type { Core } from '@strapi/strapi';
import { validateZodSchema } from '@strapi/utils';
import { allowSharedCache } from '@mymitt/plugin-kit';
import { getService } from '../../utils/get-service';
import { CALL_DAY_CACHE_SECONDS } from '../../services/calldays/call-days';
import { joinCallDayBody, slugParams } from '../../validators/call-days';

/** Call days: public list, progress and leaderboard (the same for every viewer, CDN-cacheable); joining. */
const callDays = (_: { strapi: Core.Strapi }) => ({
  /** GET /call-days: published days that are live or still to come. */
  async upcoming(ctx: any) {
    allowSharedCache(ctx, CALL_DAY_CACHE_SECONDS);
    ctx.body = { data: await getService('call-days').upcoming() };
  },

  /** GET /call-days/:slug/progress: calls, conversations, volunteers and states of the day; no personal data. */
  async progress(ctx: any) {
    const { slug } = await validateZodSchema(slugParams)(ctx.params);
    const progress = await getService('call-days').progress(slug);
    allowSharedCache(ctx, CALL_DAY_CACHE_SECONDS);
    ctx.body = { data: progress };
  },

  /** GET /call-days/:slug/leaderboard: top callers who chose to be shown, by public name. */
  async leaderboard(ctx: any) {
    const { slug } = await validateZodSchema(slugParams)(ctx.params);
    const leaderboard = await getService('call-days').leaderboard(slug);
    allowSharedCache(ctx, CALL_DAY_CACHE_SECONDS);
    ctx.body = { data: leaderboard };
  },

  /** POST /call-days/:slug/join: 201 on the first join, 200 with the same row afterwards. */
  async join(ctx: any) {
    const { slug } = await validateZodSchema(slugParams)(ctx.params);
    const body = await validateZodSchema(joinCallDayBody)(ctx.request.body ?? {});
    const { created, participant } = await getService('call-days').join(slug, ctx.state.user.id, body);
    if (created) ctx.created({ data: participant });
    else ctx.body = { data: participant };
  },
});

export default callDays;
