import type { RequestContext } from '@mymitt/plugin-kit';
import type { Core } from '@strapi/strapi';
import { validateZodSchema } from '@strapi/utils';
import { moderationQueueQuery } from '../../validators/blog';
import { getService } from '../../utils/get-service';

const parseQueue = validateZodSchema(moderationQueueQuery);

/** The web team's moderation queue of reported posts (admin API, ACTIONS.moderate). */
const postModeration = (_: { strapi: Core.Strapi }) => ({
  /** GET /mymitt-profiles/moderation/posts?status=open|all&page=&pageSize= */
  async find(ctx: RequestContext) {
    const { data, pagination } = await getService('postModeration').queue(parseQueue(ctx.query ?? {}));
    ctx.body = { data, meta: { pagination } };
  },

  /** POST /mymitt-profiles/moderation/posts/:documentId/remove */
  async remove(ctx: RequestContext) {
    ctx.body = { data: await getService('postModeration').remove(ctx.params.documentId) };
  },

  /** POST /mymitt-profiles/moderation/posts/:documentId/dismiss */
  async dismiss(ctx: RequestContext) {
    ctx.body = { data: await getService('postModeration').dismiss(ctx.params.documentId) };
  },
});

export default postModeration;
