import type { Core } from '@strapi/strapi';
import { validateZodSchema } from '@strapi/utils';
import { getService } from '../../utils/get-service';
import { emptyBody, idParams, resultBody, skipBody, emptyQuery } from '../../validators/calls';

const userId = (ctx: any): number => ctx.state.user.id;

/** The caller loop (supporters): open phone banks, next, current, result, skip (TEL-02..06). */
const calls = (_: { strapi: Core.Strapi }) => ({
  /** GET /phone-banks: active phone banks (names and instructions only) and whether this caller may call each. */
  async openBanks(ctx: any) {
    await validateZodSchema(emptyQuery)(ctx.query ?? {});
    ctx.body = { data: await getService('caller-access').openBanks(userId(ctx)) };
  },

  /** POST /phone-banks/:id/apply: asks to call an `approved` bank; 201 first, 200 with the standing request after. */
  async apply(ctx: any) {
    const { id } = await validateZodSchema(idParams)(ctx.params);
    await validateZodSchema(emptyBody)(ctx.request.body ?? {});
    const { created, application } = await getService('caller-access').apply(id, userId(ctx));
    const data = { phoneBankId: id, status: application.status, requestedAt: application.requestedAt };
    if (created) ctx.created({ data });
    else ctx.body = { data };
  },

  /** GET /me/stats: the caller's own totals and streaks (no parameter can name anyone else). */
  async myStats(ctx: any) {
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { data: await getService('caller-stats').of(userId(ctx)) };
  },

  /** POST /phone-banks/:id/next: leases the best contact callable now; nothing → { data: null, meta: { reason } }. */
  async next(ctx: any) {
    const { id } = await validateZodSchema(idParams)(ctx.params);
    const { offer, reason } = await getService('caller').next(id, userId(ctx));
    ctx.set('Cache-Control', 'no-store');
    ctx.body = offer ? { data: offer } : { data: null, meta: { reason } };
  },

  /** GET /phone-banks/:id/current: the contact this caller holds, if any (TEL-05: never anyone else's). */
  async current(ctx: any) {
    const { id } = await validateZodSchema(idParams)(ctx.params);
    await validateZodSchema(emptyQuery)(ctx.query ?? {});
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { data: await getService('caller').current(id, userId(ctx)) };
  },

  /**
   * POST /phone-banks/:id/result: records the call on a live lease (409 otherwise, TEL-04). With `next: true`
   * the caller's next contact is leased once the result is stored: `data.next` (null → `meta.reason`).
   */
  async result(ctx: any) {
    const { id } = await validateZodSchema(idParams)(ctx.params);
    const { next, ...input } = await validateZodSchema(resultBody)(ctx.request.body ?? {});
    const recorded = await getService('caller').result(id, userId(ctx), input);
    if (!next) return ctx.created({ data: recorded });
    const following = await getService('caller').next(id, userId(ctx), { afterResult: true });
    ctx.set('Cache-Control', 'no-store');
    ctx.created({ data: { ...recorded, next: following.offer }, ...(following.offer ? {} : { meta: { reason: following.reason } }) });
  },

  /** POST /phone-banks/:id/skip: hands the contact back without a result. */
  async skip(ctx: any) {
    const { id } = await validateZodSchema(idParams)(ctx.params);
    const { leaseToken } = await validateZodSchema(skipBody)(ctx.request.body ?? {});
    ctx.body = { data: await getService('caller').skip(id, userId(ctx), leaseToken) };
  },
});

export default calls;
