import type { ListQuery } from '@mymitt/plugin-kit';

/** The cache key of one leaderboard page: everything of the list that changes its rows. */
export function leaderboardKey(list: ListQuery): string {
  return JSON.stringify([list.filters, list.sort, list.offset, list.limit]);
}

/**
 * The rank of the row at `index` of this page: its place in the ranking by net raised (highest first,
 * ties by age), whichever way the list is sorted (ascending lists the same ranking from its end).
 */
export function rankAt(list: Pick<ListQuery, 'sort' | 'offset'>, total: number, index: number): number {
  const position = list.offset + index;
  return list.sort[0]?.order === 'asc' ? total - position : position + 1;
}
