import type { Core } from '@strapi/strapi';
import { validateZodSchema } from '@strapi/utils';
import { allowSharedCache, paginationMeta, type RequestContext } from '@mymitt/plugin-kit';
import { getService } from '../../utils/get-service';
import { PAGE_LEADERBOARD_TTL_SECONDS, PUBLIC_PAGE_TTL_SECONDS } from '../../services/pages/pages';
import { createTeamBody } from '../../validators/pages';
import { sendRendered } from './send-rendered';
import { parseLeaderboardQuery } from './leaderboard-query';

const parseCreate = validateZodSchema(createTeamBody);

/** Fundraising teams: creation (supporter), the public team page and the team leaderboard (anyone). */
const pageTeams = (_: { strapi: Core.Strapi }) => ({
  /** POST /teams — a team captained by the caller (201). */
  async create(ctx: RequestContext) {
    const body = await parseCreate(ctx.request.body ?? {});
    ctx.status = 201;
    ctx.body = { data: await getService('page-teams').create(ctx.state.user.id, body) };
  },

  /** GET /teams/:slug — the team's pages summed against its goal; ETag/304. */
  async findBySlug(ctx: RequestContext) {
    sendRendered(ctx, await getService('page-teams').publicTeam(ctx.params.slug), PUBLIC_PAGE_TTL_SECONDS, 'No such team.');
  },

  /** GET /leaderboards/teams?filters[state][$eq]=NH&pagination[pageSize]=25 */
  async leaderboard(ctx: RequestContext) {
    const list = parseLeaderboardQuery(ctx);
    const { entries, total } = await getService('page-teams').leaderboard(list);
    allowSharedCache(ctx, PAGE_LEADERBOARD_TTL_SECONDS);
    ctx.body = { data: entries, meta: { pagination: paginationMeta(list, total) } };
  },
});

export default pageTeams;
