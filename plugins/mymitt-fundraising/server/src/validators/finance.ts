import { z } from '@strapi/utils';
import { AFFIRMATION_TEXTS, type AffirmationKey } from '../domain/affirmations';
import { contributionDonorFields, refineDonorAddress } from './contribution-donor';
import { CALENDAR_DATE } from '../domain/calendar-date';

const id = z.number().int().positive();
const calendarDay = z.string().regex(CALENDAR_DATE, 'A date is YYYY-MM-DD.');

/**
 * The four affirmations that apply to a check or cash gift (FEC-08): "my own personal credit card"
 * does not, so it is not asked. Staff tick them from the donor's signed paper form.
 */
const OFFLINE_AFFIRMATIONS = [
  'citizenOrGreenCard',
  'ownFunds',
  'atLeast18',
  'notFederalContractor',
] as const satisfies readonly AffirmationKey[];

const offlineAffirmations = z
  .object(
    Object.fromEntries(
      OFFLINE_AFFIRMATIONS.map((key) => [
        key,
        z.literal(true, { error: `The donor's form must affirm: "${AFFIRMATION_TEXTS['2025-11'][key]}"` }),
      ])
    ) as Record<(typeof OFFLINE_AFFIRMATIONS)[number], z.ZodLiteral<true>>
  )
  .strict();

const { affirmations: _cardAffirmations, ...donorFields } = contributionDonorFields;

/**
 * POST /finance/offline-gifts (admin, money.manage): a check or cash gift with the same donor data as
 * an online gift (FEC-06), the four non-card affirmations, optional page credit and election.
 */
export const recordOfflineGiftBody = z
  .object({
    ...donorFields,
    affirmations: offlineAffirmations,
    method: z.enum(['check', 'cash']),
    checkNumber: z.string().trim().min(1).max(40).optional(),
    amountCents: z.number().int().positive().max(100_000_000),
    receivedOn: calendarDay.optional(),
    electionId: id.nullable().optional(),
    redesignationConsent: z.boolean().default(false),
    pageId: id.nullable().optional(),
    note: z.string().trim().max(500).optional(),
  })
  .strict()
  .superRefine(refineDonorAddress)
  .superRefine((gift, ctx) => {
    if (gift.method === 'check' && !gift.checkNumber)
      ctx.addIssue({ code: 'custom', path: ['checkNumber'], message: 'A check gift needs its check number.' });
  });
export type RecordOfflineGiftBody = z.infer<typeof recordOfflineGiftBody>;

/**
 * POST /finance/contributions/:id/refunds (admin, money.manage). `refundNumber` is the number this refund
 * will have for the contribution (refunds seen so far + 1, as the admin page shows them): a second
 * click sends the same number again and is refused with 409, so one click refunds once.
 */
export const refundBody = z
  .object({
    refundNumber: z.number().int().positive(),
    /** Omitted: everything not yet refunded. */
    amountCents: z.number().int().positive().optional(),
    reason: z.string().trim().max(200).optional(),
  })
  .strict();
export type RefundBody = z.infer<typeof refundBody>;

export const contributionParams = z.object({ id: z.coerce.number().int().positive() }).strict();

/** GET /finance/donations (admin, donors.read): search by donor, amount, date and status. */
export const donationSearchQuery = z
  .object({
    q: z.string().trim().max(100).optional(),
    amountCents: z.coerce.number().int().positive().optional(),
    from: calendarDay.optional(),
    to: calendarDay.optional(),
    status: z.enum(['pending', 'succeeded', 'failed', 'refunded', 'partially_refunded', 'disputed']).optional(),
    page: z.coerce.number().int().min(1).max(10_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(25),
  })
  .strict();
export type DonationSearchQuery = z.infer<typeof donationSearchQuery>;

/** GET /finance/excess-flags?status= (admin, donors.read). */
export const excessFlagsQuery = z.object({ status: z.enum(['open', 'remedied']).optional() }).strict();

/** POST /finance/excess-flags/run (admin, money.manage): runs the FEC-10 job now. */
export const runExcessBody = z.object({}).strict();

/** GET /finance/schedule-a.csv?cycle= (admin, exports.read). */
export const scheduleAQuery = z.object({ cycle: z.coerce.number().int().min(2000).max(2100).optional() }).strict();

/** GET /finance/dashboard (admin, read). */
export const dashboardQuery = z.object({}).strict();
