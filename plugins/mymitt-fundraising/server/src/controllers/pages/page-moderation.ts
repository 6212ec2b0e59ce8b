import type { RequestContext } from '@mymitt/plugin-kit';
import type { Core } from '@strapi/strapi';
import { validateZodSchema } from '@strapi/utils';
import { getService } from '../../utils/get-service';
import { moderationQuery, pageSettingsBody, rejectPageBody } from '../../validators/pages';

const parseList = validateZodSchema(moderationQuery);
const parseReject = validateZodSchema(rejectPageBody);
const parseSettings = validateZodSchema(pageSettingsBody);

/** Admin: approval of fundraising pages and the "pages need approval" setting. */
const pageModeration = (_: { strapi: Core.Strapi }) => ({
  /** GET /pages/moderation?status=pending|all&page= */
  async list(ctx: RequestContext) {
    ctx.body = await getService('pages').moderationList(await parseList(ctx.query ?? {}));
  },

  /** POST /pages/moderation/:documentId/approve */
  async approve(ctx: RequestContext) {
    ctx.body = { data: await getService('pages').approve(ctx.params.documentId) };
  },

  /** POST /pages/moderation/:documentId/reject — body { reason? } */
  async reject(ctx: RequestContext) {
    const { reason } = await parseReject(ctx.request.body ?? {});
    ctx.body = { data: await getService('pages').reject(ctx.params.documentId, reason) };
  },

  /** GET /pages/settings */
  async settings(ctx: RequestContext) {
    ctx.body = { data: await getService('page-settings').get() };
  },

  /** PUT /pages/settings — body { pagesNeedApproval } */
  async updateSettings(ctx: RequestContext) {
    ctx.body = { data: await getService('page-settings').update(await parseSettings(ctx.request.body ?? {})) };
  },
});

export default pageModeration;
