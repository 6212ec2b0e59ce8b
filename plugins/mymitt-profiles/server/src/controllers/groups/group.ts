import type { Core } from '@strapi/strapi';
import { errors, validateZodSchema } from '@strapi/utils';
import { createGroupBody, updateGroupBody } from '../../validators/groups';
import { groupSearchList, myGroupsList } from '../../validators/lists';
import { allowSharedCache, parseListQuery, type RequestContext } from '@mymitt/plugin-kit';
import { getService } from '../../utils/get-service';

const parseCreate = validateZodSchema(createGroupBody);
const parseUpdate = validateZodSchema(updateGroupBody);

const group = (_: { strapi: Core.Strapi }) => ({
  /** GET /groups?filters[name][$containsi]=&filters[state]=&filters[interests][$contains]= — public search, biggest first. */
  async find(ctx: RequestContext) {
    const list = parseListQuery(ctx, groupSearchList);
    ctx.body = await getService('groups').search(list);
    allowSharedCache(ctx, 30);
  },

  /** GET /groups/mine — the groups the supporter belongs to or asked to join, with role and status. */
  async mine(ctx: RequestContext) {
    ctx.body = await getService('groups').mine(ctx.state.user.id, parseListQuery(ctx, myGroupsList));
  },

  /** GET /groups/:slug — public; a signed-in viewer also sees their own membership. */
  async findOne(ctx: RequestContext) {
    // No query parameters (SEC-05); the list parser with an empty spec would accept pagination.
    const names = Object.keys(ctx.query ?? {});
    if (names.length) throw new errors.ValidationError(`Unknown query parameter: ${names.join(', ')}`, { code: 'invalid_query', names });
    ctx.body = { data: await getService('groups').findForViewer(ctx.params.slug, ctx.state.user?.id ?? null) };
  },

  /** POST /groups — a supporter starts a group and becomes its owner. */
  async create(ctx: RequestContext) {
    const body = parseCreate(ctx.request.body ?? {});
    ctx.created({ data: await getService('groups').create(ctx.state.user.id, body) });
  },

  /** PUT /groups/:slug — owner or organizers; allow-listed fields (SEC-02). */
  async update(ctx: RequestContext) {
    const body = parseUpdate(ctx.request.body ?? {});
    ctx.body = { data: await getService('groups').update(ctx.state.user.id, ctx.params.slug, body) };
  },
});

export default group;
