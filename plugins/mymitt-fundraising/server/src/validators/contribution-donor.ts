import { z } from '@strapi/utils';
import { AFFIRMATION_KEYS, AFFIRMATION_TEXTS, type AffirmationKey } from '../domain/affirmations';
import { isAffirmationsVersionShape } from '../domain/form-texts';
import { isUsStateCode } from '@mymitt/plugin-kit';

const US_ZIP = /^\d{5}(-\d{4})?$/;
/** US passport book and card numbers: 9 characters, digits or a letter then digits. */
const US_PASSPORT = /^[A-Z0-9]{9}$/;

const required = (label: string, max: number) =>
  z
    .string({ error: `${label} is required.` })
    .trim()
    .min(1, `${label} is required.`)
    .max(max, `${label} is at most ${max} characters.`);

const affirmation = (key: AffirmationKey) => z.literal(true, { error: `Please confirm: "${AFFIRMATION_TEXTS['2025-11'][key]}"` });

/** FEC-08: each of the five boxes must be ticked (literally true). */
export const affirmationsBody = z
  .object(
    Object.fromEntries(AFFIRMATION_KEYS.map((key) => [key, affirmation(key)])) as Record<AffirmationKey, ReturnType<typeof affirmation>>
  )
  .strict();

/**
 * FEC-06/08: the donor half of any contribution body (donation form, fundraising page, store checkout).
 * Occupation and employer are required on every gift (ActBlue's choice, FEC-06), not only past $200.
 * The donate and checkout routes spread `contributionDonorFields` into their own `.strict()` body and
 * apply `refineDonorAddress`; `contributionDonorBody` is the donor part on its own.
 */
export const contributionDonorFields = {
  firstName: required('First name', 60),
  lastName: required('Last name', 60),
  email: z.string({ error: 'Email is required.' }).trim().toLowerCase().max(254).pipe(z.email('Give a valid email address.')),
  street: required('Street address', 200),
  city: required('City', 80),
  state: required('State', 60),
  zip: required('ZIP or postal code', 12),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, 'Country is a two-letter ISO code, e.g. US.')
    .default('US'),
  occupation: required('Occupation', 80),
  employer: required('Employer', 120),
  /** FEC-08: required when the address is outside the US. */
  usPassportNumber: z.string().trim().toUpperCase().regex(US_PASSPORT, 'A US passport number has 9 letters or digits.').optional(),
  affirmations: affirmationsBody,
  affirmationsVersion: z
    .string({ error: 'affirmationsVersion is required.' })
    .max(40)
    // An English version, or a Spanish wording's (checked against the archive by payments.startCheckout).
    .refine(isAffirmationsVersionShape, 'Unknown affirmations version; reload the form.'),
};

type DonorAddress = { country: string; state: string; zip: string; usPassportNumber?: string };

/** US addresses need a US state and ZIP; a foreign address needs a US passport number (FEC-08). */
export function refineDonorAddress(donor: DonorAddress, ctx: z.RefinementCtx) {
  if (donor.country === 'US') {
    if (!isUsStateCode(donor.state.toUpperCase()))
      ctx.addIssue({ code: 'custom', path: ['state'], message: 'State must be a US postal code, e.g. NH.' });
    if (!US_ZIP.test(donor.zip)) ctx.addIssue({ code: 'custom', path: ['zip'], message: 'ZIP must be 5 digits or ZIP+4 (12345-6789).' });
  } else if (!donor.usPassportNumber) {
    ctx.addIssue({
      code: 'custom',
      path: ['usPassportNumber'],
      message: 'Contributors with an address outside the US must give their US passport number.',
    });
  }
}

export const contributionDonorBody = z.object(contributionDonorFields).strict().superRefine(refineDonorAddress);
export type ContributionDonor = z.infer<typeof contributionDonorBody>;
