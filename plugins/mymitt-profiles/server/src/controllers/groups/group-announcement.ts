import type { Core } from '@strapi/strapi';
import { validateZodSchema } from '@strapi/utils';
import { pageQuery, postAnnouncementBody } from '../../validators/groups';
import { getService } from '../../utils/get-service';

const parsePage = validateZodSchema(pageQuery);
const parsePost = validateZodSchema(postAnnouncementBody);

const groupAnnouncement = (_: { strapi: Core.Strapi }) => ({
  /** GET /groups/:slug/announcements — active members only, newest first. */
  async find(ctx: any) {
    const { announcements, pagination } = await getService('group-announcements').list(
      ctx.state.user.id,
      ctx.params.slug,
      parsePage(ctx.query ?? {})
    );
    ctx.body = { data: announcements, meta: { pagination } };
  },

  /** POST /groups/:slug/announcements — owner and organizers. */
  async create(ctx: any) {
    const body = parsePost(ctx.request.body ?? {});
    ctx.created({ data: await getService('group-announcements').post(ctx.state.user.id, ctx.params.slug, body) });
  },
});

export default groupAnnouncement;
