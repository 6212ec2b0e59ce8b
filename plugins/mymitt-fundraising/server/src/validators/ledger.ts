import { z } from '@strapi/utils';

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();
const id = z.number().int().positive();

/**
 * What the donate/checkout code hands the ledger to open a contribution (recordPending). Status,
 * Stripe ids, totals and the idempotency key are the ledger's own (SEC-02): they are not accepted here.
 */
export const contributionDraft = z
  .object({
    purpose: z.enum(['donation', 'order']).default('donation'),
    /** `<handler>:<reference>`: where the payments service routes the paid event (e.g. a store order). */
    purposeRef: optionalText(255),
    amountCents: z.number().int().positive().max(100_000_000),
    currency: z.literal('usd').default('usd'),
    firstName: text(100),
    lastName: text(100),
    email: z.string().trim().email().max(254),
    street: text(200),
    city: text(100),
    state: text(100),
    zip: text(20),
    country: z.string().trim().length(2).default('US'),
    occupation: text(100),
    employer: text(100),
    donorKey: text(160).nullable().optional(),
    donorEmailKey: text(160).nullable().optional(),
    usPassportNumber: optionalText(20),
    affirmationsVersion: optionalText(40),
    userId: id.nullable().optional(),
    electionId: id.nullable().optional(),
    /** FEC-01 redesignation: the gift's split by election, summing to amountCents. */
    parts: z
      .array(z.object({ electionId: id, amountCents: z.number().int().positive() }).strict())
      .min(1)
      .max(2)
      .nullable()
      .optional(),
    recurring: z.boolean().default(false),
    anonymous: z.boolean().default(false),
    pageId: id.nullable().optional(),
    campaignId: id.nullable().optional(),
    refcode: optionalText(100),
    refcode2: optionalText(100),
    utmSource: optionalText(100),
    utmMedium: optionalText(100),
    utmCampaign: optionalText(100),
    recruiterUserId: id.nullable().optional(),
    /** The language the donor gave in (the site's /es/ form): their receipt is written in it. */
    locale: z.enum(['en', 'es']).nullable().optional(),
  })
  .strict()
  .refine((draft) => !draft.parts || draft.parts.reduce((sum, part) => sum + part.amountCents, 0) === draft.amountCents, {
    message: 'The parts of a gift must add up to its amount.',
    path: ['parts'],
  });
export type ContributionDraft = z.input<typeof contributionDraft>;

/** POST /mymitt-fundraising/ledger/reconcile (admin). */
export const reconcileBody = z.object({ fix: z.boolean().default(false) }).strict();

/** GET /mymitt-fundraising/ledger/totals?scope= (admin): committee, page and campaign totals only (no donor keys). */
export const totalsQuery = z
  .object({
    scope: z
      .string()
      .regex(/^(all|page:\d+|campaign:\d+)$/, "scope is 'all', 'page:<id>' or 'campaign:<id>'")
      .default('all'),
  })
  .strict();
