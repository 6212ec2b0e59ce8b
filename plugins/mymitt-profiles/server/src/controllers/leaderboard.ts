import type { Core } from '@strapi/strapi';
import { errors, validateZodSchema } from '@strapi/utils';
import { leaderboardQuery } from '../validators/profile';
import { isUsStateCode } from '@mymitt/plugin-kit';
import { getService } from '../utils/get-service';
import { allowSharedCache } from '@mymitt/plugin-kit';
import { LEADERBOARD_TTL_SECONDS } from '../services/activity';

const parseQuery = validateZodSchema(leaderboardQuery);

const leaderboard = (_: { strapi: Core.Strapi }) => ({
  /** GET /leaderboard?state=NH&limit=25 — opted-in supporters ranked by recent points, national or per state. */
  async find(ctx: any) {
    const { state, limit } = parseQuery(ctx.query);
    if (state && !isUsStateCode(state)) throw new errors.ValidationError(`Unknown state "${state}".`);
    allowSharedCache(ctx, LEADERBOARD_TTL_SECONDS);
    ctx.body = { data: await getService('activity').cachedLeaderboard({ state, limit }), meta: { state: state ?? null, limit } };
  },
});

export default leaderboard;
