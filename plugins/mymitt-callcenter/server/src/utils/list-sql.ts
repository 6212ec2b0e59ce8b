import { rowsOf, type DbCount, type ListQuery, type SortTerm } from '@mymitt/plugin-kit';
import type { QueryBuilder } from '../services/calls/tables';

const COMPARISONS: Record<string, string> = { $lt: '<', $lte: '<=', $gt: '>', $gte: '>=', $ne: '<>' };

/**
 * A list's `filters[field][$op]` on plain columns (`columns`: field → column). Fields not in `columns`
 * are left to the caller (computed ones, like a call day's `isLive`).
 */
export function whereFilters<Q extends QueryBuilder>(query: Q, filters: ListQuery['filters'], columns: Record<string, string>) {
  for (const [field, ops] of Object.entries(filters)) {
    const column = columns[field];
    if (!column) continue;
    for (const [op, value] of Object.entries(ops)) {
      if (op === '$eq') query.where(column, value);
      else if (op === '$in') query.whereIn(column, value);
      else if (op === '$notIn') query.whereNotIn(column, value);
      else if (op === '$null') query[value ? 'whereNull' : 'whereNotNull'](column);
      else if (COMPARISONS[op]) query.where(column, COMPARISONS[op], value);
      else throw new Error(`Filter operator ${op} is not supported on ${field}`);
    }
  }
  return query;
}

/** A list's sort through `columns`, then `tiebreak` in the last term's order, so pages never overlap. */
export function orderList<Q extends QueryBuilder>(query: Q, sort: SortTerm[], columns: Record<string, string>, tiebreak: string) {
  for (const { field, order } of sort) query.orderBy(columns[field], order);
  query.orderBy(tiebreak, sort.at(-1)?.order ?? 'asc');
  return query;
}

/** `count(*)` of a query (a clone without order, limit or offset), as a number. */
export async function countOf(query: QueryBuilder): Promise<number> {
  const [row] = await rowsOf<{ n?: DbCount }>(query.clone().clearOrder().clearSelect().count({ n: '*' }));
  return Number(row?.n ?? 0);
}
