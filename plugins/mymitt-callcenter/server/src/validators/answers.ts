import { z } from '@strapi/utils';
import { DISPOSITIONS } from '../domain/dispositions';
import { LANGUAGES } from '../domain/survey';
import { LOCALES } from '../domain/call-day';

/**
 * What the content-API handlers answer (the `data` of `{ data, meta }`), for the OpenAPI document only:
 * nothing validates answers at run time, so these follow the services' return values by hand.
 */

const isoInstant = z.string().datetime({ offset: true });
const language = z.enum(LANGUAGES);

export const pluginMeta = z.object({
  plugin: z.string(),
  displayName: z.string(),
  description: z.string(),
  settings: z.object({ callingWindow: z.object({ startHour: z.number().int(), endHour: z.number().int() }) }),
});

/** One active bank of GET /phone-banks. */
export const openBank = z.object({
  documentId: z.string(),
  name: z.string(),
  instructions: z.string().nullable(),
  whoMayCall: z.enum(['any', 'group', 'approved']),
  groupSlug: z.string().nullable(),
  mayCall: z.boolean(),
  application: z.enum(['requested', 'approved', 'revoked']).nullable(),
});

const localizedLabel = {
  /** In the offer's language (English when Spanish is missing: `labelFallback`). */
  label: z.string(),
  labelEn: z.string(),
  labelEs: z.string().nullable(),
  labelFallback: z.boolean(),
};

const offeredQuestion = z.object({
  id: z.string(),
  type: z.enum(['single', 'multiple', 'text']),
  ...localizedLabel,
  options: z.array(z.object({ value: z.string(), ...localizedLabel, next: z.string().optional() })).optional(),
});

/** The contact a caller holds, with the bank's script and questions in the contact's language. */
export const offer = z.object({
  leaseToken: z.string(),
  leaseExpiresAt: isoInstant,
  /** The contact's language (English when unknown): the language of `script` unless `scriptFallback`, and of the labels. */
  language,
  contact: z.object({ name: z.string().nullable(), phone: z.string(), language: language.nullable() }),
  phoneBank: z.object({
    documentId: z.string(),
    name: z.string(),
    script: z.string().nullable(),
    scriptLanguage: language,
    /** The contact speaks Spanish and the bank has no Spanish script: `script` is the English one. */
    scriptFallback: z.boolean(),
    scriptEn: z.string().nullable(),
    scriptEs: z.string().nullable(),
    questions: z.array(offeredQuestion),
    instructions: z.string().nullable(),
  }),
});

export const recordedResult = z.object({
  documentId: z.string(),
  disposition: z.enum(DISPOSITIONS),
  contactStatus: z.enum(['active', 'done', 'dnc']),
  /** With `next: true` in the body: the following offer (null → `meta.reason`). */
  next: offer.nullable().optional(),
});

export const skipped = z.object({ released: z.literal(true) });

export const application = z.object({
  phoneBankDocumentId: z.string(),
  status: z.enum(['requested', 'approved', 'revoked']),
  requestedAt: isoInstant.nullable(),
});

export const callerStats = z.object({
  calls: z.number().int(),
  conversations: z.number().int(),
  callsToday: z.number().int(),
  currentStreakDays: z.number().int(),
  longestStreakDays: z.number().int(),
  timeZone: z.string(),
  today: z.string(),
});

/** A call day, its texts in the asked locale. */
export const callDay = z.object({
  name: z.string(),
  slug: z.string(),
  description: z.string().nullable(),
  startsAt: isoInstant,
  endsAt: isoInstant,
  goalCalls: z.number().int().nullable(),
  isLive: z.boolean(),
  /** Spanish was asked for and staff wrote none for a text of the day: the English one stands in. */
  localeFallback: z.boolean(),
});

const stateTotals = z.object({ calls: z.number().int(), conversations: z.number().int(), volunteers: z.number().int() });

export const callDayProgress = callDay.extend({
  ...stateTotals.shape,
  percentOfGoal: z.number().int().nullable(),
  statesCount: z.number().int(),
  states: z.array(z.string()),
  byState: z.array(stateTotals.extend({ state: z.string() })),
});

export const leaderboardEntry = z.object({
  rank: z.number().int(),
  name: z.string(),
  state: z.string().nullable(),
  calls: z.number().int(),
  conversations: z.number().int(),
});

export const participant = z.object({
  callDay: z.string(),
  state: z.string().nullable(),
  showOnLeaderboard: z.boolean(),
  joinedAt: isoInstant,
});

/*
 * The `meta` of answers beyond `pagination` (the kit's documentation says `meta: {}` or `{ pagination }`;
 * routes/content-api/index.ts adds these).
 */
const nothingReason = z.enum(['list_exhausted', 'outside_calling_hours']);
/** next: the offer's language, or why there is nothing to call. */
export const offerMeta = { locale: language.optional(), reason: nothingReason.optional() };
/** current: the offer's language when the caller holds one. */
export const currentMeta = { locale: language.optional() };
/** result with `next: true` and nothing to call next. */
export const resultMeta = { reason: nothingReason.optional() };
/** Call days: the locale answered, and whether English stood in for Spanish that staff did not write. */
export const localizedMeta = { locale: z.enum(LOCALES), localeFallback: z.boolean() };
export const leaderboardMeta = { ...localizedMeta, callDay: z.object({ slug: z.string(), name: z.string() }) };
