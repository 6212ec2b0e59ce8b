import { z } from '@strapi/utils';
import type { ListSpec } from '@mymitt/plugin-kit';

/** An instant as it travels in JSON and query strings: an ISO 8601 string. */
export const instant = z.string().meta({ format: 'date-time' });

const MANY = ['$in', '$notIn'];

/** A filter value as the document shows it: a date arrives as an ISO 8601 string (JSON Schema has no Date). */
const shownValue = (value: z.ZodTypeAny) => (value instanceof z.ZodDate ? instant : value);

function sortDoc(spec: ListSpec) {
  if (!spec.sort?.length) return z.string().meta({ description: "Not sortable: the list's own order." }).optional();
  const byDefault = spec.defaultSort?.map((term) => `${term.field}:${term.order}`).join(',');
  return z
    .string()
    .meta({
      description: `field or field:desc, several comma-separated; sortable: ${spec.sort.join(', ')}${byDefault ? `; default ${byDefault}` : ''}.`,
    })
    .optional();
}

/**
 * The query parameters of a list route for the OpenAPI document, from the same spec `parseListQuery`
 * validates with: one `filters[field][$op]` per allowed operator, `sort` with its fields, `locale`, the
 * route's own parameters, and the deprecated ones marked so. (The kit adds `pagination[...]` itself.)
 */
export function listQueryDocs(spec: ListSpec): Record<string, z.ZodType> {
  const query: Record<string, z.ZodType> = {};
  for (const [field, { ops, value }] of Object.entries(spec.filters ?? {})) {
    for (const op of ops) {
      const one = shownValue(value);
      query[`filters[${field}][${op}]`] = (op === '$null' ? z.boolean() : MANY.includes(op) ? z.array(one) : one).optional();
    }
  }
  query.sort = sortDoc(spec);
  if (spec.locales?.length) query.locale = z.enum(spec.locales as [string, ...string[]]).optional();
  for (const [name, schema] of Object.entries(spec.extra ?? {})) query[name] = (schema as z.ZodTypeAny).optional();
  for (const [name, schema] of Object.entries(spec.legacy ?? {})) {
    query[name] = (schema as z.ZodTypeAny)
      .meta({ deprecated: true, description: 'Deprecated: the parameter of before the list conventions.' })
      .optional();
  }
  return query;
}
