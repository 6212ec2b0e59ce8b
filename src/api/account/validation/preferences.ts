import { z } from '@strapi/utils';
import { SUPPORTED_LOCALES } from '../../../domain/locales';

/** PUT /api/account/preferences: `{ data: { preferredLocale } }`, nothing else (the kit unwraps `data`). */
export const updatePreferencesBody = z
  .object({
    preferredLocale: z.enum(SUPPORTED_LOCALES, { error: 'preferredLocale is "en" or "es".' }),
  })
  .strict();
export type UpdatePreferencesBody = z.infer<typeof updatePreferencesBody>;

/**
 * The answer's `data`: the language of the supporter's campaign emails; null until chosen (the emails
 * are then in the committee's default language). Nothing else of the account.
 */
export const accountPreferences = z
  .object({
    preferredLocale: z.enum(SUPPORTED_LOCALES).nullable(),
  })
  .strict();
export type AccountPreferences = z.infer<typeof accountPreferences>;
