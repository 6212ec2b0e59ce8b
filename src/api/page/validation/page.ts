import { z } from '@strapi/utils';
import { DEFAULT_LOCALE, SUPPORTED_LOCALES } from '../../../domain/locales';

export const pageBySlugQuery = z
  .object({
    locale: z.enum(SUPPORTED_LOCALES).default(DEFAULT_LOCALE),
  })
  .strict();

const DRAFTS_ARE_NOT_PUBLIC = 'Only published pages are public: leave out "status" or set it to "published".';

/**
 * The publication parameters Strapi's REST find/findOne accept, as the public and supporters may use
 * them: `status=published` or nothing. `status=draft` and the draft cohorts (`publicationFilter`,
 * `hasPublishedVersion`) are for the content manager. Other parameters are left to Strapi's own checks.
 */
export const publicPublicationQuery = z.object({
  status: z.literal('published', { error: DRAFTS_ARE_NOT_PUBLIC }).optional(),
  publicationFilter: z.never({ error: DRAFTS_ARE_NOT_PUBLIC }).optional(),
  hasPublishedVersion: z.never({ error: DRAFTS_ARE_NOT_PUBLIC }).optional(),
});
