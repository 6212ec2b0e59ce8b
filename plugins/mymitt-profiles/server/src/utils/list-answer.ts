import { paginationMeta, type ListQuery, type SortTerm } from '@mymitt/plugin-kit';

/** A list in Strapi's REST shape: `{ data, meta: { pagination } }`, in the form the client paginated with. */
export function listAnswer<T>(data: T[], list: ListQuery<any>, total: number, meta: Record<string, unknown> = {}) {
  return { data, meta: { ...meta, pagination: paginationMeta(list, total) } };
}

/** The query engine's `orderBy` for the requested sort, by attribute name, with a stable tie-breaker. */
export function orderByOf(
  sort: SortTerm[],
  attributes: Record<string, string>,
  tieBreaker: Record<string, 'asc' | 'desc'> = { id: 'asc' }
) {
  return [...sort.map((term) => ({ [attributes[term.field] ?? term.field]: term.order })), tieBreaker];
}

/** Knex `orderBy` entries for the requested sort, by column, with a stable tie-breaker. */
export function knexOrderOf(sort: SortTerm[], columns: Record<string, string>, tieBreaker: { column: string; order: 'asc' | 'desc' }) {
  return [...sort.map((term) => ({ column: columns[term.field], order: term.order })), tieBreaker];
}

/**
 * The query engine's `where` for the filters a list allowed, renamed to attributes (operators are Strapi's
 * own, so they pass as they are). Fields a service handles itself are left out by `skip`.
 */
export function whereOf(filters: ListQuery['filters'], attributes: Record<string, string> = {}, skip: string[] = []) {
  const where: Record<string, unknown> = {};
  for (const [field, condition] of Object.entries(filters)) {
    if (skip.includes(field)) continue;
    where[attributes[field] ?? field] = condition;
  }
  return where;
}
