import type { Core } from '@strapi/strapi';
import { validateZodSchema } from '@strapi/utils';
import { allowSharedCache } from '@mymitt/plugin-kit';
import { getService } from '../../utils/get-service';
import { PAGE_LEADERBOARD_TTL_SECONDS, PUBLIC_PAGE_TTL_SECONDS } from '../../services/pages/pages';
import { createTeamBody, leaderboardQuery } from '../../validators/pages';
import { sendRendered } from './send-rendered';

const parseCreate = validateZodSchema(createTeamBody);
const parseLeaderboard = validateZodSchema(leaderboardQuery);

/** Fundraising teams: creation (supporter), the public team page and the team leaderboard (anyone). */
const pageTeams = (_: { strapi: Core.Strapi }) => ({
  /** POST /teams — a team captained by the caller (201). */
  async create(ctx: any) {
    const body = await parseCreate(ctx.request.body ?? {});
    ctx.status = 201;
    ctx.body = { data: await getService('page-teams').create(ctx.state.user.id, body) };
  },

  /** GET /teams/:slug — the team's pages summed against its goal; ETag/304. */
  async findBySlug(ctx: any) {
    sendRendered(ctx, await getService('page-teams').publicTeam(ctx.params.slug), PUBLIC_PAGE_TTL_SECONDS, 'No such team.');
  },

  /** GET /leaderboards/teams?state=NH&limit=25 */
  async leaderboard(ctx: any) {
    const { state, limit } = await parseLeaderboard(ctx.query ?? {});
    allowSharedCache(ctx, PAGE_LEADERBOARD_TTL_SECONDS);
    ctx.body = { data: await getService('page-teams').leaderboard({ state, limit }), meta: { state: state ?? null, limit } };
  },
});

export default pageTeams;
