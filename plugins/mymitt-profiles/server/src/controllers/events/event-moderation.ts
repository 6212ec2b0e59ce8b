import type { RequestContext } from '@mymitt/plugin-kit';
import type { Core } from '@strapi/strapi';
import { validateZodSchema } from '@strapi/utils';
import { moderationEventsQuery, rejectEventBody } from '../../validators/events';
import { getService } from '../../utils/get-service';

const parseList = validateZodSchema(moderationEventsQuery);
const parseReject = validateZodSchema(rejectEventBody);

/** Admin: staff approval of hosted events (ACTIONS.approveEvents). */
const eventModeration = (_: { strapi: Core.Strapi }) => ({
  /** GET /mymitt-profiles/moderation/events?status=pending|all */
  async list(ctx: RequestContext) {
    ctx.body = await getService('event-moderation').list(parseList(ctx.query ?? {}));
  },

  /** POST /mymitt-profiles/moderation/events/:documentId/approve */
  async approve(ctx: RequestContext) {
    ctx.body = { data: await getService('event-moderation').approve(ctx.params.documentId) };
  },

  /** POST /mymitt-profiles/moderation/events/:documentId/reject — body { reason? } */
  async reject(ctx: RequestContext) {
    const { reason } = parseReject(ctx.request.body ?? {});
    ctx.body = { data: await getService('event-moderation').reject(ctx.params.documentId, reason) };
  },
});

export default eventModeration;
