import { z } from '@strapi/utils';
import type { FilterOperator, ListQuery, SortTerm } from '@mymitt/plugin-kit';

/** List fields named as the API names them → the attribute (query engine) or column (knex) behind them. */
export type FieldMap = Record<string, string>;

/** A `YYYY-MM-DD` date as a filter value. */
export const calendarDateValue = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date as YYYY-MM-DD.');
/** An ISO date-time (or date) as a filter value. */
export const instantValue = z
  .string()
  .refine((value) => !Number.isNaN(Date.parse(value)), 'Use an ISO date, e.g. 2026-01-31 or 2026-01-31T12:00:00Z.')
  .transform((value) => new Date(value));

/** The list's filters as a query-engine `where` (the kit's operators are the query engine's). */
export function engineWhere(filters: ListQuery['filters'], fields: FieldMap = {}): Record<string, unknown> {
  return Object.fromEntries(Object.entries(filters).map(([field, ops]) => [fields[field] ?? field, ops]));
}

/** The list's sort as a query-engine `orderBy`, with a last tie-break so pages never overlap. */
export function engineOrderBy(sort: SortTerm[], fields: FieldMap = {}, tieBreak: Record<string, 'asc' | 'desc'> = { id: 'desc' }) {
  return [...sort.map(({ field, order }) => ({ [fields[field] ?? field]: order })), tieBreak];
}

const KNEX_OPERATORS: Partial<Record<FilterOperator, string>> = { $eq: '=', $ne: '<>', $lt: '<', $lte: '<=', $gt: '>', $gte: '>=' };

/** Applies the list's filters to a knex builder (`fields` maps each list field to its column). */
export function applyKnexFilters(builder: any, filters: ListQuery['filters'], fields: FieldMap) {
  for (const [field, ops] of Object.entries(filters)) {
    const column = fields[field] ?? field;
    for (const [op, value] of Object.entries(ops) as Array<[FilterOperator, any]>) {
      if (op === '$in') builder.whereIn(column, value);
      else if (op === '$notIn') builder.whereNotIn(column, value);
      else if (op === '$null') value ? builder.whereNull(column) : builder.whereNotNull(column);
      else if (KNEX_OPERATORS[op]) builder.where(column, KNEX_OPERATORS[op], value);
      else throw new Error(`Filter operator ${op} is not supported on ${field}`);
    }
  }
  return builder;
}
