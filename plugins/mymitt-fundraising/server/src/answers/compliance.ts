import { instant } from '@mymitt/plugin-kit';
import { z } from '@strapi/utils';
import { ELECTION_KINDS } from '../domain/election-designation';

/** Answer schemas for the OpenAPI document (routes' `docs.data`): what the handlers return, field by field. */

export const documentIdParam = { documentId: z.string() };
export const slugParam = { slug: z.string() };
const calendarDate = z.string().meta({ format: 'date' });

/** GET /elections: one election (its name in the locale asked). */
export const upcomingElection = z.object({
  documentId: z.string(),
  name: z.string(),
  nameLocaleFallback: z.boolean().meta({ description: 'True when locale=es and staff gave no Spanish name (English answered).' }),
  kind: z.enum(ELECTION_KINDS),
  date: calendarDate,
});

/** GET /compliance/form */
export const complianceForm = z.object({
  currency: z.literal('usd'),
  limit: z
    .object({
      perElectionCents: z.number().int(),
      itemizationThresholdCents: z.number().int(),
      effectiveFrom: calendarDate,
      effectiveTo: calendarDate.nullable(),
    })
    .nullable(),
  affirmations: z.object({
    version: z.string().meta({ description: 'Names the exact texts shown; send it back as affirmationsVersion.' }),
    items: z.array(z.object({ key: z.string(), text: z.string(), localeFallback: z.boolean() })),
  }),
  bestEffortsStatement: z.string(),
  notTaxDeductibleStatement: z.string(),
  redesignationConsent: z
    .object({
      fromElectionDocumentId: z.string(),
      toElectionDocumentId: z.string(),
      text: z.string(),
      localeFallback: z.boolean(),
    })
    .nullable(),
  recurringDefault: z.literal(false),
  presetAmountsCents: z.array(z.number().int()),
  campaign: z.object({ name: z.string(), slug: z.string(), goalCents: z.number().int() }).nullable(),
});

/** GET /meta */
export const pluginMeta = z.object({
  plugin: z.string(),
  displayName: z.string(),
  description: z.string(),
  settings: z.object({}).passthrough(),
});

/** What the answers' `meta` holds beside the pagination. */
const locale = z.enum(['en', 'es']);
export const electionsMeta = { defaultElectionDocumentId: z.string().nullable(), locale, localeFallback: z.boolean() };
export const complianceFormMeta = { locale, localeFallback: z.boolean(), localeFallbackTexts: z.array(z.string()) };

/** GET /campaigns/:slug: a fundraising drive's thermometer (its name in the locale asked). */
export const publicCampaign = z.object({
  documentId: z.string(),
  slug: z.string(),
  name: z.string(),
  nameLocaleFallback: z.boolean().meta({ description: 'True when locale=es and staff gave no Spanish name (English answered).' }),
  goalCents: z.number().int(),
  raisedCents: z.number().int().meta({ description: 'Net raised (refunds and disputes deducted), from the ledger totals.' }),
  percent: z.number().int().meta({ description: 'Whole percent of the goal, floored; may pass 100.' }),
  giftCount: z.number().int(),
  startsAt: instant,
  endsAt: instant.nullable(),
  isActive: z.boolean().meta({ description: 'Started and not ended now.' }),
  presetAmountsCents: z.array(z.number().int()),
});
export const campaignMeta = { locale, localeFallback: z.boolean() };
