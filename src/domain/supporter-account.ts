import { z } from '@strapi/utils';
import { SUPPORTED_LOCALES } from './locales';

export const PASSWORD_MIN_LENGTH = 10;
/** bcrypt reads only the first 72 bytes of a password. */
export const PASSWORD_MAX_BYTES = 72;

export const US_ZIP = /^\d{5}(-\d{4})?$/;

/**
 * POST /api/auth/local/register: every field a supporter may send, and nothing else. No `username`:
 * the server sets it to the email, so a supporter's login name is never a second public identity.
 */
export const registerSupporterBody = z
  .object({
    email: z
      .email()
      .max(254)
      .transform((email) => email.toLowerCase()),
    password: z
      .string()
      .min(PASSWORD_MIN_LENGTH, `Password must be at least ${PASSWORD_MIN_LENGTH} characters.`)
      .refine((pw) => Buffer.byteLength(pw, 'utf8') <= PASSWORD_MAX_BYTES, 'Password must be at most 72 bytes.'),
    firstName: z.string().trim().min(1, 'First name is required.').max(80),
    lastName: z.string().trim().min(1, 'Last name is required.').max(80),
    zip: z.string().trim().regex(US_ZIP, 'ZIP must be 5 digits or ZIP+4 (12345-6789).'),
    /** The language the supporter signed up in (the site's /es/ form sends 'es'): kept as the account's `preferredLocale`. */
    locale: z.enum(SUPPORTED_LOCALES).optional(),
  })
  .strict();

export type RegisterSupporterBody = z.infer<typeof registerSupporterBody>;

/** POST /api/auth/forgot-password: the address, nothing else. */
export const forgotPasswordBody = z
  .object({
    email: z
      .email()
      .max(254)
      .transform((email) => email.toLowerCase()),
  })
  .strict();

/** users-permissions' answer for a taken email; a lost sign-up race gets the same one. */
export const EMAIL_TAKEN_MESSAGE = 'Email or Username are already taken';
