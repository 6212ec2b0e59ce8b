import { z } from '@strapi/utils';
import type { ListSpec } from '@mymitt/plugin-kit';

const MANY = ['$in', '$notIn'];

/** A filter value as it travels in the query string (the spec's parsing, e.g. to a Date or a boolean, aside). */
function shownValue(value: z.ZodTypeAny): z.ZodTypeAny {
  if (value instanceof z.ZodDate) return z.string().meta({ format: 'date-time' });
  if (value instanceof z.ZodEnum) return value;
  if (value instanceof z.ZodUnion) return z.boolean();
  return z.string();
}

/**
 * A list route's own query parameters for the OpenAPI document, from the spec `parseListQuery` validates
 * with: one `filters[field][$op]` per allowed operator, `sort` with its fields, `locale` (the kit adds
 * `pagination[...]`).
 */
export function listQueryDocs(spec: ListSpec): Record<string, z.ZodType> {
  const query: Record<string, z.ZodType> = {};
  for (const [field, { ops, value }] of Object.entries(spec.filters ?? {})) {
    const one = shownValue(value);
    for (const op of ops) query[`filters[${field}][${op}]`] = (MANY.includes(op) ? z.array(one) : one).optional();
  }
  if (spec.sort?.length) {
    const byDefault = spec.defaultSort?.map((term) => `${term.field}:${term.order}`).join(',');
    query.sort = z
      .string()
      .meta({ description: `field or field:desc; sortable: ${spec.sort.join(', ')}${byDefault ? `; default ${byDefault}` : ''}.` })
      .optional();
  }
  if (spec.locales?.length) query.locale = z.enum(spec.locales as [string, ...string[]]).optional();
  return query;
}
