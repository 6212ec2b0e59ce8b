import { z } from '@strapi/utils';
import { VISIBILITIES } from '../domain/profile-visibility';
import { US_ZIP } from '../domain/zip-codes';

export const INTERESTS = [
  'economy',
  'jobs',
  'health-care',
  'education',
  'energy',
  'immigration',
  'national-security',
  'veterans',
  'small-business',
  'faith-and-values',
  'environment',
  'taxes',
] as const;

/** PUT /profiles/me: the fields a supporter may set on their own profile; city, state and position come from the ZIP. */
export const updateMyProfileBody = z
  .object({
    displayName: z.string().trim().min(1).max(80),
    bio: z.string().trim().max(2000).nullable(),
    zip: z.string().trim().regex(US_ZIP, 'ZIP must be 5 digits or ZIP+4 (12345-6789).'),
    interests: z.array(z.enum(INTERESTS)).max(INTERESTS.length),
    visibility: z.enum(VISIBILITIES),
    phone: z
      .string()
      .trim()
      .regex(/^\+?[0-9 ().-]{7,20}$/, 'Phone must be a phone number.')
      .nullable(),
    streetAddress: z.string().trim().max(200).nullable(),
    leaderboardOptIn: z.boolean(),
  })
  .partial()
  .strict();

export type UpdateMyProfileBody = z.infer<typeof updateMyProfileBody>;

export const leaderboardQuery = z
  .object({
    state: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .optional(),
    limit: z.coerce.number().int().min(1).max(100).default(25),
  })
  .strict();
