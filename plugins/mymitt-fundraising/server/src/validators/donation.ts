import { z } from '@strapi/utils';
import { contributionDonorFields, refineDonorAddress } from './contribution-donor';

const attribution = (max: number) => z.string().trim().min(1).max(max).optional();

/** The largest amount one form accepts (two elections' worth with redesignation); the limit check decides the rest. */
export const MAX_GIFT_CENTS = 1_000_000;

/**
 * POST /donations: everything a donor may send (SEC-02: anything else is 400). Recurring is never
 * preselected (FEC-12): absent means a one-time gift.
 */
export const donationBody = z
  .object({
    ...contributionDonorFields,
    amountCents: z
      .number({ error: 'amountCents is a whole number of cents.' })
      .int('amountCents is a whole number of cents.')
      .min(100, 'The smallest gift is $1.00.')
      .max(MAX_GIFT_CENTS, 'That is more than any donor may give.'),
    /** FEC-04: the documentId of one of GET /elections; absent = the next election. */
    electionDocumentId: z.string().trim().min(1).max(64).optional(),
    /** FEC-01: the donor ticked "redesignate the excess to the next election". */
    redesignationConsent: z.boolean().default(false),
    recurring: z.boolean().default(false),
    /** Keep my name off the honor roll and the page owner's donor list. */
    anonymous: z.boolean().default(false),
    /** The personal fundraising page the gift credits (FEC-13: attribution only). */
    pageSlug: attribution(120),
    refcode: attribution(100),
    refcode2: attribution(100),
    utmSource: attribution(100),
    utmMedium: attribution(100),
    utmCampaign: attribution(100),
    /** The recruiting supporter's profile slug (`?ref=`). */
    recruiter: attribution(120),
    /** The site's language the donor gave in: checkout returns them to that language's pages. */
    locale: z.enum(['en', 'es']).optional(),
  })
  .strict()
  .superRefine(refineDonorAddress);

export type DonationBody = z.infer<typeof donationBody>;

/** POST /donations/:documentId/cancel-recurring takes no body. */
export const emptyBody = z.object({}).strict();

/** POST /donations/:documentId/cancel-recurring-by-link: the token from the receipt's link. */
export const cancelByLinkBody = z.object({ token: z.string().min(20).max(100) }).strict();
