import type { Core } from '@strapi/strapi';
import { validateZodSchema } from '@strapi/utils';
import { allowSharedCache, paginationMeta, parseListQuery, type RequestContext } from '@mymitt/plugin-kit';
import { getService } from '../../utils/get-service';
import { CALL_DAY_CACHE_SECONDS } from '../../services/calldays/call-days';
import { joinCallDayBody, localeOf, slugParams } from '../../validators/call-days';
import { leaderboardList, upcomingCallDaysList } from '../../validators/lists';

/** Call days: public list, progress and leaderboard (the same for every viewer, CDN-cacheable); joining. */
const callDays = (_: { strapi: Core.Strapi }) => ({
  /** GET /call-days: published days that are live or still to come, a page of them; texts in `locale` (English fallback flagged). */
  async upcoming(ctx: RequestContext) {
    const list = parseListQuery(ctx, upcomingCallDaysList);
    const { days, total } = await getService('call-days').upcoming(list);
    allowSharedCache(ctx, CALL_DAY_CACHE_SECONDS);
    const locale = list.locale ?? 'en';
    ctx.body = {
      data: days,
      meta: {
        locale,
        localeFallback: days.some((day: { localeFallback: boolean }) => day.localeFallback),
        pagination: paginationMeta(list, total),
      },
    };
  },

  /** GET /call-days/:slug/progress: calls, conversations, volunteers and states of the day, texts in `locale`; no personal data. */
  async progress(ctx: RequestContext) {
    const { slug } = await validateZodSchema(slugParams)(ctx.params);
    const locale = localeOf(ctx.query);
    const progress = await getService('call-days').progress(slug, locale);
    allowSharedCache(ctx, CALL_DAY_CACHE_SECONDS);
    ctx.body = { data: progress, meta: { locale, localeFallback: progress.localeFallback } };
  },

  /** GET /call-days/:slug/leaderboard: top callers who chose to be shown, by public name; the day in `meta.callDay`. */
  async leaderboard(ctx: RequestContext) {
    const { slug } = await validateZodSchema(slugParams)(ctx.params);
    const list = parseListQuery(ctx, leaderboardList);
    const { callers, total, localeFallback, ...callDay } = await getService('call-days').leaderboard(slug, list);
    allowSharedCache(ctx, CALL_DAY_CACHE_SECONDS);
    ctx.body = { data: callers, meta: { callDay, locale: list.locale ?? 'en', localeFallback, pagination: paginationMeta(list, total) } };
  },

  /** POST /call-days/:slug/join: 201 on the first join, 200 with the same row afterwards. */
  async join(ctx: RequestContext) {
    const { slug } = await validateZodSchema(slugParams)(ctx.params);
    const body = await validateZodSchema(joinCallDayBody)(ctx.request.body ?? {});
    const { created, participant } = await getService('call-days').join(slug, ctx.state.user.id, body);
    if (created) ctx.created({ data: participant });
    else ctx.body = { data: participant };
  },
});

export default callDays;
