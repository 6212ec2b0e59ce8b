import type { Core } from '@strapi/strapi';
import { validateZodSchema } from '@strapi/utils';
import { parseListQuery, type RequestContext } from '@mymitt/plugin-kit';
import { postAnnouncementBody } from '../../validators/groups';
import { groupAnnouncementsList } from '../../validators/lists';
import { getService } from '../../utils/get-service';

const parsePost = validateZodSchema(postAnnouncementBody);

const groupAnnouncement = (_: { strapi: Core.Strapi }) => ({
  /** GET /groups/:slug/announcements — active members only, newest first. */
  async find(ctx: RequestContext) {
    const list = parseListQuery(ctx, groupAnnouncementsList);
    ctx.body = await getService('group-announcements').list(ctx.state.user.id, ctx.params.slug, list);
  },

  /** POST /groups/:slug/announcements — owner and organizers. */
  async create(ctx: RequestContext) {
    const body = parsePost(ctx.request.body ?? {});
    ctx.created({ data: await getService('group-announcements').post(ctx.state.user.id, ctx.params.slug, body) });
  },
});

export default groupAnnouncement;
