import { z } from '@strapi/utils';
import { DEFAULT_LOCALE, SUPPORTED_LOCALES } from '../../../domain/locales';
import { PREVIEW_STATUSES } from '../../../domain/preview-links';

export const pageBySlugQuery = z
  .object({
    locale: z.enum(SUPPORTED_LOCALES).default(DEFAULT_LOCALE),
  })
  .strict();

const DRAFTS_ARE_NOT_PUBLIC = 'Only published pages are public: leave out "status" or set it to "published".';

/**
 * The publication parameters Strapi's REST find/findOne accept, as the public and supporters may use
 * them: `status=published` or nothing. `status=draft` and the draft cohorts (`publicationFilter`,
 * `hasPublishedVersion`) are for the content manager, or a signed preview link (below). Other
 * parameters are left to Strapi's own checks.
 */
export const publicPublicationQuery = z.object({
  status: z.literal('published', { error: DRAFTS_ARE_NOT_PUBLIC }).optional(),
  publicationFilter: z.never({ error: DRAFTS_ARE_NOT_PUBLIC }).optional(),
  hasPublishedVersion: z.never({ error: DRAFTS_ARE_NOT_PUBLIC }).optional(),
});

/** A request carrying either half of a preview signature is a preview request, checked in full. */
export const asksForPreview = (query: Record<string, unknown> = {}) => query.signature !== undefined || query.expires !== undefined;

/**
 * `GET /api/pages/:documentId` with the query of a signed preview link (the site's /preview page passes
 * it on as it is): status, locale, expires and signature required, documentId allowed (it must be the
 * path's); no populate, fields or filters (the answer is the page with its blocks, as by slug).
 */
export const pagePreviewQuery = z
  .object({
    documentId: z.string().max(64).optional(),
    status: z.enum(PREVIEW_STATUSES),
    locale: z.enum(SUPPORTED_LOCALES),
    expires: z.string().regex(/^\d{1,12}$/, 'expires is a Unix time in seconds.').transform(Number),
    signature: z.string().regex(/^[0-9a-f]{64}$/, 'signature is 64 lower-case hex digits.'),
  })
  .strict();
export type PagePreviewQuery = z.infer<typeof pagePreviewQuery>;
