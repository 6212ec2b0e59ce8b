import { errors, z } from '@strapi/utils';

/** The filter operators a list route may allow (Strapi's names). */
export type FilterOperator = '$eq' | '$ne' | '$in' | '$notIn' | '$contains' | '$containsi' | '$lt' | '$lte' | '$gt' | '$gte' | '$null';

export interface FilterField {
  /** Operators allowed on this field; `filters[field]=value` means `$eq`. */
  ops: readonly FilterOperator[];
  /** One value of the field as it arrives in the query string (coerce numbers, enums, dates here). */
  value: z.ZodTypeAny;
}

/** What one list route accepts, beside Strapi's `pagination`, `sort`, `filters` and `locale`. */
export interface ListSpec {
  filters?: Record<string, FilterField>;
  /** Sortable fields; `sort=field`, `sort=field:desc`, `sort[0]=a&sort[1]=b:desc`, `sort=a,b:desc`. */
  sort?: readonly string[];
  /** Used when the request names no sort. */
  defaultSort?: SortTerm[];
  defaultPageSize?: number;
  maxPageSize?: number;
  /** Accepted values of `locale` (absent: the route takes no locale). */
  locales?: readonly string[];
  /** Route-specific parameters (e.g. `near`, `radiusMiles`), validated as they are. */
  extra?: z.ZodRawShape;
  /**
   * Parameters from before Strapi's conventions (`page`, `pageSize`, `q`, ...): still taken for one release,
   * answered with a `Deprecation` header. `page` and `pageSize` map to pagination; the rest land in `extra`.
   */
  legacy?: z.ZodRawShape;
}

type ShapeOutput<Shape> = Shape extends z.ZodRawShape ? z.infer<z.ZodObject<Shape>> : unknown;

/**
 * What `parseListQuery` puts in `extra` for a spec declared with `satisfies ListSpec` (so its shapes stay
 * known): its `extra` fields, and its `legacy` ones but `page` and `pageSize`, each absent unless sent.
 */
export type ListExtra<Spec extends ListSpec> = ShapeOutput<Spec['extra']> & Partial<Omit<ShapeOutput<Spec['legacy']>, 'page' | 'pageSize'>>;

export interface SortTerm {
  field: string;
  order: 'asc' | 'desc';
}

export interface ListQuery<Extra = Record<string, any>> {
  /** Rows to skip and to return. */
  offset: number;
  limit: number;
  /** Which form of pagination the client used: its meta answers in the same form. */
  mode: 'page' | 'offset';
  withCount: boolean;
  sort: SortTerm[];
  /** `filters[field][$op]` → value (an array for `$in`/`$notIn`, a boolean for `$null`). */
  filters: Record<string, Partial<Record<FilterOperator, any>>>;
  locale?: string;
  extra: Extra;
  legacy: boolean;
}

export interface PaginationMeta {
  page?: number;
  pageSize?: number;
  pageCount?: number;
  start?: number;
  limit?: number;
  total?: number;
}

const DEFAULT_PAGE_SIZE = 25;
const MAX_PAGE_SIZE = 100;
const MAX_PAGE = 10_000;

const positiveInt = (max: number) => z.coerce.number().int().min(1).max(max);
const booleanFlag = z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')]);

function refuse(message: string, details: Record<string, unknown> = {}): never {
  throw new errors.ValidationError(message, { code: 'invalid_query', ...details });
}

function parseOrFail<T>(schema: z.ZodType<T>, value: unknown, param: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) refuse(`Invalid ${param}: ${parsed.error.issues.map((i) => i.message).join('; ')}`, { param });
  return parsed.data;
}

function parsePagination(raw: unknown, spec: ListSpec) {
  const max = spec.maxPageSize ?? MAX_PAGE_SIZE;
  const pageSize = spec.defaultPageSize ?? DEFAULT_PAGE_SIZE;
  if (raw === undefined) return { offset: 0, limit: pageSize, mode: 'page' as const, withCount: true };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) refuse('pagination takes page and pageSize, or start and limit');
  const known = ['page', 'pageSize', 'start', 'limit', 'withCount'];
  const unknown = Object.keys(raw).filter((key) => !known.includes(key));
  if (unknown.length) refuse(`Unknown pagination parameter: ${unknown.join(', ')}`, { param: 'pagination' });
  const p = raw as Record<string, unknown>;
  const withCount = p.withCount === undefined ? true : parseOrFail(booleanFlag, p.withCount, 'pagination[withCount]');
  const byPage = p.page !== undefined || p.pageSize !== undefined;
  const byOffset = p.start !== undefined || p.limit !== undefined;
  if (byPage && byOffset) refuse('Use pagination[page]/[pageSize] or pagination[start]/[limit], not both', { param: 'pagination' });
  if (byOffset) {
    const start =
      p.start === undefined
        ? 0
        : parseOrFail(
            z.coerce
              .number()
              .int()
              .min(0)
              .max(MAX_PAGE * max),
            p.start,
            'pagination[start]'
          );
    const limit = p.limit === undefined ? pageSize : parseOrFail(positiveInt(max), p.limit, 'pagination[limit]');
    return { offset: start, limit, mode: 'offset' as const, withCount };
  }
  const page = p.page === undefined ? 1 : parseOrFail(positiveInt(MAX_PAGE), p.page, 'pagination[page]');
  const size = p.pageSize === undefined ? pageSize : parseOrFail(positiveInt(max), p.pageSize, 'pagination[pageSize]');
  return { offset: (page - 1) * size, limit: size, mode: 'page' as const, withCount };
}

function parseSort(raw: unknown, spec: ListSpec): SortTerm[] {
  if (raw === undefined) return spec.defaultSort ?? [];
  const parts = (Array.isArray(raw) ? raw : [raw]).flatMap((item) => {
    if (typeof item !== 'string') refuse('sort takes field names, e.g. sort=createdAt:desc', { param: 'sort' });
    return item.split(',');
  });
  return parts.map((part) => {
    const [field, order = 'asc', ...rest] = part.trim().split(':');
    if (rest.length || !['asc', 'desc'].includes(order.toLowerCase())) refuse(`Invalid sort "${part}"`, { param: 'sort' });
    if (!spec.sort?.includes(field)) {
      refuse(`This list cannot be sorted by "${field}"${spec.sort?.length ? `; sortable: ${spec.sort.join(', ')}` : ''}`, {
        param: 'sort',
        allowed: spec.sort ?? [],
      });
    }
    return { field, order: order.toLowerCase() as 'asc' | 'desc' };
  });
}

function parseFilters(raw: unknown, spec: ListSpec): ListQuery['filters'] {
  if (raw === undefined) return {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    refuse('filters take filters[field][$operator]=value', { param: 'filters' });
  const allowed = spec.filters ?? {};
  const out: ListQuery['filters'] = {};
  for (const [field, condition] of Object.entries(raw as Record<string, unknown>)) {
    const rule = Object.hasOwn(allowed, field) ? allowed[field] : undefined;
    if (!rule) {
      const names = Object.keys(allowed);
      refuse(`This list cannot be filtered by "${field}"${names.length ? `; filterable: ${names.join(', ')}` : ''}`, {
        param: 'filters',
        allowed: names,
      });
    }
    const ops: Record<string, unknown> =
      typeof condition === 'object' && condition !== null && !Array.isArray(condition) ? (condition as any) : { $eq: condition };
    out[field] = {};
    for (const [op, value] of Object.entries(ops)) {
      if (!rule.ops.includes(op as FilterOperator)) {
        refuse(`filters[${field}] takes ${rule.ops.join(', ')}; not ${op}`, { param: `filters[${field}]`, allowed: rule.ops });
      }
      const param = `filters[${field}][${op}]`;
      let parsed: unknown;
      if (op === '$null') parsed = parseOrFail(booleanFlag, value, param);
      else if (op === '$in' || op === '$notIn') {
        const values = Array.isArray(value) ? value : typeof value === 'object' && value ? Object.values(value) : String(value).split(',');
        if (values.length > 100) refuse(`${param} takes at most 100 values`, { param });
        parsed = values.map((v) => parseOrFail(rule.value, v, param));
      } else parsed = parseOrFail(rule.value, value, param);
      out[field][op as FilterOperator] = parsed;
    }
  }
  return out;
}

/**
 * A list route's query in Strapi's REST conventions: `pagination[page]`/`[pageSize]` (or `[start]`/`[limit]`,
 * `[withCount]`), `sort`, `filters[field][$op]` on the fields the route allows, `locale` where it has
 * campaign text. Anything else is a 400 with `details.code = invalid_query` naming the parameter.
 */
export function parseListQuery<Extra = Record<string, any>>(ctx: any, spec: ListSpec = {}): ListQuery<Extra> {
  const query = { ...(ctx.query ?? {}) } as Record<string, unknown>;
  const legacyKeys = Object.keys(spec.legacy ?? {}).filter((key) => query[key] !== undefined);
  let legacy: Record<string, any> = {};
  if (legacyKeys.length) {
    legacy = parseOrFail(z.object(spec.legacy!).partial(), Object.fromEntries(legacyKeys.map((k) => [k, query[k]])), legacyKeys.join(', '));
    legacyKeys.forEach((key) => delete query[key]);
    ctx.set?.('Deprecation', 'true');
  }
  const { pagination, sort, filters, locale, ...rest } = query;
  const extraSchema = z.object(spec.extra ?? {}).strict();
  const extraParsed = extraSchema.safeParse(rest);
  if (!extraParsed.success) {
    const unknownKeys = extraParsed.error.issues.flatMap((issue: any) => issue.keys ?? []);
    if (unknownKeys.length)
      refuse(`Unknown query parameter${unknownKeys.length > 1 ? 's' : ''}: ${unknownKeys.join(', ')}`, { names: unknownKeys });
    refuse(`Invalid query: ${extraParsed.error.issues.map((i: any) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }

  let page = parsePagination(pagination, spec);
  if (legacy.page !== undefined || legacy.pageSize !== undefined) {
    if (pagination !== undefined) refuse('Use pagination[page]/[pageSize] only (page and pageSize are its deprecated spelling)');
    const size = legacy.pageSize ?? spec.defaultPageSize ?? DEFAULT_PAGE_SIZE;
    if (size > (spec.maxPageSize ?? MAX_PAGE_SIZE))
      refuse(`pageSize is at most ${spec.maxPageSize ?? MAX_PAGE_SIZE}`, { param: 'pageSize' });
    page = { offset: ((legacy.page ?? 1) - 1) * size, limit: size, mode: 'page', withCount: true };
  }
  if (locale !== undefined) {
    if (!spec.locales?.length) refuse('This list takes no locale', { param: 'locale' });
    if (typeof locale !== 'string' || !spec.locales.includes(locale)) {
      refuse(`locale is one of ${spec.locales.join(', ')}`, { param: 'locale', allowed: spec.locales });
    }
  }
  const { page: _p, pageSize: _s, ...legacyExtra } = legacy;
  return {
    ...page,
    sort: parseSort(sort, spec),
    filters: parseFilters(filters, spec),
    locale: locale as string | undefined,
    extra: { ...(extraParsed.data as any), ...legacyExtra } as Extra,
    legacy: legacyKeys.length > 0,
  };
}

/** `meta.pagination` in the form the client asked in (page/pageSize or start/limit). */
export function paginationMeta(list: Pick<ListQuery, 'offset' | 'limit' | 'mode' | 'withCount'>, total: number): PaginationMeta {
  if (list.mode === 'offset') return { start: list.offset, limit: list.limit, ...(list.withCount ? { total } : {}) };
  const page = Math.floor(list.offset / list.limit) + 1;
  return {
    page,
    pageSize: list.limit,
    ...(list.withCount ? { pageCount: Math.ceil(total / list.limit), total } : {}),
  };
}

/** A filter's single value for `op` (or undefined): `filterValue(list, 'status', '$eq')`. */
export function filterValue<T = any>(list: Pick<ListQuery, 'filters'>, field: string, op: FilterOperator = '$eq'): T | undefined {
  return list.filters[field]?.[op] as T | undefined;
}
