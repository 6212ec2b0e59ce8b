import { errors } from '@strapi/utils';
import { parseListQuery, type ListQuery, type RequestContext } from '@mymitt/plugin-kit';
import { LEADERBOARD_LIST, type LeaderboardExtra } from '../../validators/pages';

/**
 * A leaderboard's list query. The deprecated `state=NH` is `filters[state][$eq]=NH` and `limit=10` the
 * first page of 10 (`Deprecation` header); mixing either with its new spelling is a 400.
 */
export function parseLeaderboardQuery(ctx: RequestContext): ListQuery {
  const list = parseListQuery<LeaderboardExtra>(ctx, LEADERBOARD_LIST);
  const { state, limit } = list.extra;
  const refuse = (message: string) => {
    throw new errors.ValidationError(message, { code: 'invalid_query' });
  };
  let result: ListQuery = { ...list, extra: {} };
  if (state !== undefined) {
    if (list.filters.state) refuse('Use filters[state] only (state is its deprecated spelling)');
    result = { ...result, filters: { ...result.filters, state: { $eq: state } } };
  }
  if (limit !== undefined) {
    if (ctx.query?.pagination !== undefined) refuse('Use pagination only (limit is its deprecated spelling)');
    result = { ...result, offset: 0, limit, mode: 'page', withCount: true };
  }
  return result;
}
