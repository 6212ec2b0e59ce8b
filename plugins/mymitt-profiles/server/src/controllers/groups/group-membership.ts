import type { Core } from '@strapi/strapi';
import { validateZodSchema } from '@strapi/utils';
import { parseListQuery, type RequestContext } from '@mymitt/plugin-kit';
import { changeMemberRoleBody, emptyBody } from '../../validators/groups';
import { groupMembersList, groupRequestsList } from '../../validators/lists';
import { getService } from '../../utils/get-service';

const parseEmpty = validateZodSchema(emptyBody);
const parseRole = validateZodSchema(changeMemberRoleBody);

const memberships = () => getService('group-memberships');

const groupMembership = (_: { strapi: Core.Strapi }) => ({
  /** POST /groups/:slug/join — open: member at once; approval: a pending request. Idempotent. */
  async join(ctx: RequestContext) {
    parseEmpty(ctx.request.body ?? {});
    ctx.body = { data: await memberships().join(ctx.state.user.id, ctx.params.slug) };
  },

  /** POST /groups/:slug/leave — leave, or withdraw a pending request. */
  async leave(ctx: RequestContext) {
    parseEmpty(ctx.request.body ?? {});
    ctx.body = { data: await memberships().leave(ctx.state.user.id, ctx.params.slug) };
  },

  /** GET /groups/:slug/members — active members only. */
  async members(ctx: RequestContext) {
    ctx.body = await memberships().members(ctx.state.user.id, ctx.params.slug, parseListQuery(ctx, groupMembersList));
  },

  /** GET /groups/:slug/requests — owner and organizers. */
  async requests(ctx: RequestContext) {
    ctx.body = await memberships().requests(ctx.state.user.id, ctx.params.slug, parseListQuery(ctx, groupRequestsList));
  },

  /** POST /groups/:slug/requests/:profileSlug/approve — owner and organizers. */
  async approve(ctx: RequestContext) {
    parseEmpty(ctx.request.body ?? {});
    const { slug, profileSlug } = ctx.params;
    ctx.body = { data: await memberships().approve(ctx.state.user.id, slug, profileSlug) };
  },

  /** POST /groups/:slug/requests/:profileSlug/reject — owner and organizers. */
  async reject(ctx: RequestContext) {
    parseEmpty(ctx.request.body ?? {});
    const { slug, profileSlug } = ctx.params;
    ctx.body = { data: await memberships().reject(ctx.state.user.id, slug, profileSlug) };
  },

  /** PUT /groups/:slug/members/:profileSlug — owner only: organizer, member, or hand over ownership. */
  async changeRole(ctx: RequestContext) {
    const { role } = parseRole(ctx.request.body ?? {});
    const { slug, profileSlug } = ctx.params;
    ctx.body = { data: await memberships().changeRole(ctx.state.user.id, slug, profileSlug, role) };
  },
});

export default groupMembership;
