import type { Core } from '@strapi/strapi';
import { validateZodSchema } from '@strapi/utils';
import { paginationMeta, parseListQuery, type RequestContext } from '@mymitt/plugin-kit';
import { getService } from '../../utils/get-service';
import { documentIdParams, emptyBody, refuseQueryParams, resultBody, skipBody } from '../../validators/calls';
import { openBanksList } from '../../validators/lists';

const userId = (ctx: RequestContext): number => ctx.state.user.id;

/** The caller loop (supporters): open phone banks, next, current, result, skip (TEL-02..06). Banks are named by documentId. */
const calls = (_: { strapi: Core.Strapi }) => ({
  /** GET /phone-banks: active phone banks (names and instructions only) and whether this caller may call each; a page of them. */
  async openBanks(ctx: RequestContext) {
    const list = parseListQuery(ctx, openBanksList);
    const { banks, total } = await getService('caller-access').openBanks(userId(ctx), list);
    ctx.body = { data: banks, meta: { pagination: paginationMeta(list, total) } };
  },

  /** POST /phone-banks/:documentId/apply: asks to call an `approved` bank; 201 first, 200 with the standing request after. */
  async apply(ctx: RequestContext) {
    const { documentId } = await validateZodSchema(documentIdParams)(ctx.params);
    await validateZodSchema(emptyBody)(ctx.request.body ?? {});
    const { created, application } = await getService('caller-access').apply(documentId, userId(ctx));
    const data = { phoneBankDocumentId: documentId, status: application.status, requestedAt: application.requestedAt };
    if (created) ctx.created({ data });
    else ctx.body = { data };
  },

  /** GET /me/stats: the caller's own totals and streaks (no parameter can name anyone else). */
  async myStats(ctx: RequestContext) {
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { data: await getService('caller-stats').of(userId(ctx)) };
  },

  /**
   * POST /phone-banks/:documentId/next: leases the best contact callable now, offered in the contact's
   * language (`meta.locale`); nothing → { data: null, meta: { reason } }.
   */
  async next(ctx: RequestContext) {
    const { documentId } = await validateZodSchema(documentIdParams)(ctx.params);
    const { offer, reason } = await getService('caller').next(documentId, userId(ctx));
    ctx.set('Cache-Control', 'no-store');
    ctx.body = offer ? { data: offer, meta: { locale: offer.language } } : { data: null, meta: { reason } };
  },

  /** GET /phone-banks/:documentId/current: the contact this caller holds, if any (TEL-05: never anyone else's). */
  async current(ctx: RequestContext) {
    const { documentId } = await validateZodSchema(documentIdParams)(ctx.params);
    refuseQueryParams(ctx.query);
    ctx.set('Cache-Control', 'no-store');
    const offer = await getService('caller').current(documentId, userId(ctx));
    ctx.body = offer ? { data: offer, meta: { locale: offer.language } } : { data: null };
  },

  /**
   * POST /phone-banks/:documentId/result: records the call on a live lease (409 otherwise, TEL-04). With `next: true`
   * the caller's next contact is leased once the result is stored: `data.next` (null → `meta.reason`).
   */
  async result(ctx: RequestContext) {
    const { documentId } = await validateZodSchema(documentIdParams)(ctx.params);
    const { next, ...input } = await validateZodSchema(resultBody)(ctx.request.body ?? {});
    const recorded = await getService('caller').result(documentId, userId(ctx), input);
    if (!next) return ctx.created({ data: recorded });
    const following = await getService('caller').next(documentId, userId(ctx), { afterResult: true });
    ctx.set('Cache-Control', 'no-store');
    ctx.created({ data: { ...recorded, next: following.offer }, ...(following.offer ? {} : { meta: { reason: following.reason } }) });
  },

  /** POST /phone-banks/:documentId/skip: hands the contact back without a result. */
  async skip(ctx: RequestContext) {
    const { documentId } = await validateZodSchema(documentIdParams)(ctx.params);
    const { leaseToken } = await validateZodSchema(skipBody)(ctx.request.body ?? {});
    ctx.body = { data: await getService('caller').skip(documentId, userId(ctx), leaseToken) };
  },
});

export default calls;
