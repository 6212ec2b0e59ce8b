import { z } from '@strapi/utils';
import type { ListSpec } from './list-query';

/** An instant as it travels in JSON and query strings: an ISO 8601 string. */
export const instant = z.string().meta({ format: 'date-time' });

const MANY = ['$in', '$notIn'];

/**
 * A query value as it arrives (the document shows inputs): a parsed/transformed value is shown by its
 * input schema (`z.pipe`/`.transform` cannot be drawn in JSON Schema), a date as an ISO string.
 */
export function queryValueDoc(value: z.ZodTypeAny): z.ZodTypeAny {
  if (value instanceof z.ZodPipe) return queryValueDoc(value.in as z.ZodTypeAny);
  if (value instanceof z.ZodDate) return instant;
  if (value instanceof z.ZodUnion) return z.union(value.options.map((option: any) => queryValueDoc(option)) as any);
  return value;
}

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
 * A list route's query parameters for the OpenAPI document, from the same spec `parseListQuery` validates
 * with: one `filters[field][$op]` per allowed operator, `sort` with its fields, `locale`, the deprecated
 * parameters marked so. (The kit adds `pagination[...]` itself.)
 */
export function listQueryDocs(spec: ListSpec): Record<string, z.ZodType> {
  const query: Record<string, z.ZodType> = {};
  for (const [field, { ops, value }] of Object.entries(spec.filters ?? {})) {
    for (const op of ops) {
      const one = queryValueDoc(value);
      query[`filters[${field}][${op}]`] = (op === '$null' ? z.boolean() : MANY.includes(op) ? z.array(one) : one).optional();
    }
  }
  query.sort = sortDoc(spec);
  if (spec.locales?.length) query.locale = z.enum(spec.locales as [string, ...string[]]).optional();
  for (const [name, schema] of Object.entries(spec.extra ?? {})) query[name] = queryValueDoc(schema as z.ZodTypeAny).optional();
  for (const [name, schema] of Object.entries(spec.legacy ?? {})) {
    query[name] = queryValueDoc(schema as z.ZodTypeAny)
      .meta({ deprecated: true, description: 'Deprecated: the parameter of before the list conventions.' })
      .optional();
  }
  return query;
}
