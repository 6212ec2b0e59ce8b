import type { Core } from '@strapi/strapi';
import { validateZodSchema } from '@strapi/utils';
import { createGroupBody, noQuery, pageQuery, searchGroupsQuery, updateGroupBody } from '../../validators/groups';
import { allowSharedCache } from '@mymitt/plugin-kit';
import { getService } from '../../utils/get-service';

const parseSearch = validateZodSchema(searchGroupsQuery);
const parsePage = validateZodSchema(pageQuery);
const parseNoQuery = validateZodSchema(noQuery);
const parseCreate = validateZodSchema(createGroupBody);
const parseUpdate = validateZodSchema(updateGroupBody);

const group = (_: { strapi: Core.Strapi }) => ({
  /** GET /groups?q=&state=&interest=&page=&pageSize= — public search, biggest groups first. */
  async find(ctx: any) {
    const { groups, pagination } = await getService('groups').search(parseSearch(ctx.query ?? {}));
    allowSharedCache(ctx, 30);
    ctx.body = { data: groups, meta: { pagination } };
  },

  /** GET /groups/mine — the groups the supporter belongs to or asked to join, with role and status. */
  async mine(ctx: any) {
    const { groups, pagination } = await getService('groups').mine(ctx.state.user.id, parsePage(ctx.query ?? {}));
    ctx.body = { data: groups, meta: { pagination } };
  },

  /** GET /groups/:slug — public; a signed-in viewer also sees their own membership. */
  async findOne(ctx: any) {
    parseNoQuery(ctx.query ?? {});
    ctx.body = { data: await getService('groups').findForViewer(ctx.params.slug, ctx.state.user?.id ?? null) };
  },

  /** POST /groups — a supporter starts a group and becomes its owner. */
  async create(ctx: any) {
    const body = parseCreate(ctx.request.body ?? {});
    ctx.created({ data: await getService('groups').create(ctx.state.user.id, body) });
  },

  /** PUT /groups/:slug — owner or organizers; allow-listed fields (SEC-02). */
  async update(ctx: any) {
    const body = parseUpdate(ctx.request.body ?? {});
    ctx.body = { data: await getService('groups').update(ctx.state.user.id, ctx.params.slug, body) };
  },
});

export default group;
