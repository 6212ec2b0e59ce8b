import { z } from '@strapi/utils';
import { POST_BODY_MAX_CHARS, POST_TITLE_MAX_CHARS, REPORT_REASONS } from '../domain/post';

const title = z.string().trim().min(1, 'A post needs a title.').max(POST_TITLE_MAX_CHARS);
const bodyMarkdown = z.string().max(POST_BODY_MAX_CHARS, `A post body is at most ${POST_BODY_MAX_CHARS} characters.`);

/**
 * POST /posts: what a supporter writes (no body yet: an empty draft). Author, slug, HTML, excerpt, moderation
 * and dates are the server's (SEC-02); the cover image has its own multipart route. The empty body is the
 * service's default, not the schema's: a zod default would show in the OpenAPI document as a required field.
 */
export const createPostBody = z.object({ title, bodyMarkdown: bodyMarkdown.optional() }).strict();
export type CreatePostBody = z.infer<typeof createPostBody>;

/** PUT /posts/:documentId: the same fields, each optional, at least one. */
export const updatePostBody = z
  .object({ title, bodyMarkdown })
  .partial()
  .strict()
  .refine((body) => Object.keys(body).length > 0, 'Send a title or a bodyMarkdown to change.');
export type UpdatePostBody = z.infer<typeof updatePostBody>;

/** POST /posts/:documentId/reports. */
export const reportPostBody = z
  .object({
    reason: z.enum(REPORT_REASONS),
    note: z.string().trim().max(500).optional(),
  })
  .strict();
export type ReportPostBody = z.infer<typeof reportPostBody>;

/** Page through a list: `?page=&pageSize=` (default 1 and 25, at most 100 a page); nothing else. */
export const pageQuery = z
  .object({
    page: z.coerce.number().int().min(1).max(10_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(25),
  })
  .strict();
export type PageQuery = z.infer<typeof pageQuery>;

/** GET /mymitt-profiles/moderation/posts (admin). */
export const moderationQueueQuery = pageQuery.extend({ status: z.enum(['open', 'all']).default('open') }).strict();
export type ModerationQueueQuery = z.infer<typeof moderationQueueQuery>;
