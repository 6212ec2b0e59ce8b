import type { Core } from '@strapi/strapi';
import { errors, validateZodSchema, z } from '@strapi/utils';
import { allowSharedCache, paginationMeta, parseListQuery, type ListSpec } from '@mymitt/plugin-kit';
import { getService } from '../../utils/get-service';
import { calendarDateValue } from '../../utils/list-query';
import { ELECTION_KINDS } from '../../domain/election-designation';
import { FORM_LOCALES, type FormLocale } from '../../domain/form-texts';
import { localeQuery, spanishFormTextsBody } from '../../validators/form-texts';

const parseSpanishTexts = validateZodSchema(spanishFormTextsBody);

/** Both answers are the same for every viewer and change only when finance staff edit the settings. */
const FORM_CACHE_SECONDS = 60;

/** GET /elections: filter by kind or date, sort by date or name (soonest first by default). */
export const ELECTION_LIST: ListSpec = {
  filters: {
    kind: { ops: ['$eq', '$ne', '$in'], value: z.enum(ELECTION_KINDS) },
    date: { ops: ['$eq', '$lt', '$lte', '$gt', '$gte'], value: calendarDateValue },
  },
  sort: ['date', 'name'],
  defaultSort: [{ field: 'date', order: 'asc' }],
  locales: FORM_LOCALES,
};

/** `?locale=en|es` on a single route; anything else is a 400 invalid_query naming the parameter. */
export function parseLocale(ctx: any): FormLocale {
  const parsed = localeQuery.safeParse(ctx.query ?? {});
  if (parsed.success) return parsed.data.locale ?? 'en';
  const names = parsed.error.issues.flatMap((issue: any) => issue.keys ?? issue.path);
  throw new errors.ValidationError(`Invalid query: ${parsed.error.issues.map((i) => i.message).join('; ')}`, {
    code: 'invalid_query',
    names: names.map(String),
    ...(names.includes('locale') && { param: 'locale', allowed: FORM_LOCALES }),
  });
}

const compliance = (_: { strapi: Core.Strapi }) => ({
  /** GET /elections — upcoming elections for the donation form's designation choice (FEC-04). */
  async elections(ctx: any) {
    const list = parseListQuery(ctx, ELECTION_LIST);
    const { elections, total, defaultElectionDocumentId, localeFallback } = await getService('compliance-config').upcomingElections(list);
    allowSharedCache(ctx, FORM_CACHE_SECONDS);
    ctx.body = {
      data: elections,
      meta: { pagination: paginationMeta(list, total), defaultElectionDocumentId, locale: list.locale ?? 'en', localeFallback },
    };
  },

  /** GET /compliance/form?locale=en|es — limit, affirmations, best-efforts sentence and presets for every contribution form. */
  async form(ctx: any) {
    const { form, locale, fallbacks } = await getService('compliance-config').donationForm(parseLocale(ctx));
    allowSharedCache(ctx, FORM_CACHE_SECONDS);
    ctx.body = { data: form, meta: { locale, localeFallback: fallbacks.length > 0, localeFallbackTexts: fallbacks } };
  },

  /** GET /compliance/texts (admin) — the form's English texts beside the Spanish staff wrote. */
  async texts(ctx: any) {
    ctx.body = { data: await getService('form-texts').editor() };
  },

  /** PUT /compliance/texts (admin) — body { texts: { <key>: Spanish text | null } } replaces the Spanish. */
  async updateTexts(ctx: any) {
    ctx.body = { data: await getService('form-texts').update(await parseSpanishTexts(ctx.request.body ?? {})) };
  },

  /** GET /compliance/overview (admin) — elections, limits, drives and configuration warnings. */
  async overview(ctx: any) {
    ctx.body = { data: await getService('compliance-config').overview() };
  },
});

export default compliance;
