import type { Core } from '@strapi/strapi';
import { allowSharedCache, filterValue, parseListQuery, type RequestContext } from '@mymitt/plugin-kit';
import { leaderboardList, type LeaderboardExtra } from '../validators/lists';
import { getService } from '../utils/get-service';
import { listAnswer } from '../utils/list-answer';
import { LEADERBOARD_TTL_SECONDS } from '../services/activity';

const leaderboard = (_: { strapi: Core.Strapi }) => ({
  /** GET /leaderboard?filters[state]=NH&pagination[pageSize]=25 — opted-in supporters ranked by recent points. */
  async find(ctx: RequestContext) {
    const list = parseListQuery<LeaderboardExtra>(ctx, leaderboardList);
    // Before the list conventions: `?state=NH&limit=25` (the first `limit` of the board).
    if (list.extra.limit !== undefined && ctx.query.pagination === undefined) Object.assign(list, { offset: 0, limit: list.extra.limit });
    const state = filterValue<string>(list, 'state') ?? list.extra.state;
    allowSharedCache(ctx, LEADERBOARD_TTL_SECONDS);
    const { entries, total } = await getService('activity').cachedLeaderboard({ state, offset: list.offset, limit: list.limit });
    ctx.body = listAnswer(entries, list, total, { state: state ?? null });
  },
});

export default leaderboard;
