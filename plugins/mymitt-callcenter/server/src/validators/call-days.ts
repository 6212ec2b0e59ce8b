import { errors, z } from '@strapi/utils';
import { isUsStateCode } from '@mymitt/plugin-kit';
import { CALL_DAY_SLUG, LOCALES, type Locale } from '../domain/call-day';

export const slugParams = z.object({ slug: z.string().max(80).regex(CALL_DAY_SLUG, 'not a call day slug') });

/** Joining a call day: the supporter's state (defaults to their profile's) and whether to be on the leaderboard. */
export const joinCallDayBody = z
  .object({
    state: z.string().refine(isUsStateCode, 'State must be a US state code such as "NH".').optional(),
    showOnLeaderboard: z.boolean().optional(),
  })
  .strict();
export type JoinCallDayBody = z.infer<typeof joinCallDayBody>;

/** `locale` of a single call day's route (a day's texts in English or Spanish); nothing else is taken. */
export const localeQuery = z.object({ locale: z.enum(LOCALES).optional() }).strict();

/** The locale asked for (English by default); any other parameter or value is a 400 `invalid_query`. */
export function localeOf(query: unknown): Locale {
  const parsed = localeQuery.safeParse(query ?? {});
  if (!parsed.success) {
    throw new errors.ValidationError(`Invalid query: ${parsed.error.issues.map((i) => i.message).join('; ')}`, {
      code: 'invalid_query',
      allowed: { locale: LOCALES },
    });
  }
  return parsed.data.locale ?? 'en';
}
