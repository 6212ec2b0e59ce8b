import { z } from '@strapi/utils';
import { isUsStateCode, type ListExtra, type ListSpec } from '@mymitt/plugin-kit';

const title = z.string().trim().min(3).max(120);
const story = z.string().trim().max(10_000);
const goalCents = z.number().int().min(100).max(100_000_000);
const usState = z
  .string()
  .trim()
  .toUpperCase()
  .refine((value) => isUsStateCode(value), { message: 'Use a US state code such as NH.' });
const slug = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Lower-case letters, digits and single hyphens only.')
  .min(3)
  .max(50);

/**
 * POST /pages: what a supporter may set on their page. Owner, status, totals and the campaign are the
 * server's (SEC-02): `.strict()` turns any of them into a 400.
 */
export const createPageBody = z
  .object({ title, story: story.optional(), goalCents: goalCents.optional(), slug: slug.optional(), state: usState.optional() })
  .strict();
export type CreatePageBody = z.infer<typeof createPageBody>;

/** PATCH /pages/:documentId: the same fields, each optional; the slug stays (shared links keep working). */
export const updatePageBody = z
  .object({ title: title.optional(), story: story.optional(), goalCents: goalCents.optional(), state: usState.optional() })
  .strict()
  .refine((body) => Object.keys(body).length > 0, { message: 'Send at least one field to change.' });
export type UpdatePageBody = z.infer<typeof updatePageBody>;

/** POST /pages/:documentId/updates: a short note (Markdown, sanitized on render). */
export const pageUpdateBody = z.object({ text: z.string().trim().min(1).max(1000) }).strict();

/** POST /teams */
export const createTeamBody = z
  .object({
    name: title,
    goalCents: goalCents.optional(),
    slug: slug.optional(),
    state: usState.optional(),
    /** The captain's own page joins the new team at once. */
    pageDocumentId: z.string().min(1).max(40).optional(),
  })
  .strict();
export type CreateTeamBody = z.infer<typeof createTeamBody>;

/** POST /pages/:documentId/team */
export const joinTeamBody = z.object({ teamSlug: slug }).strict();

/**
 * GET /leaderboards/pages|teams: `filters[state][$eq]=NH` (or `$in`), pagination, `sort=raisedCents[:asc]`
 * (highest first by default). `state` and `limit` are the deprecated spellings. Anything else is a 400.
 */
export const LEADERBOARD_LIST = {
  filters: { state: { ops: ['$eq', '$in'], value: usState } },
  sort: ['raisedCents'],
  defaultSort: [{ field: 'raisedCents', order: 'desc' }],
  legacy: { state: usState, limit: z.coerce.number().int().min(1).max(100) },
} satisfies ListSpec;
export type LeaderboardExtra = ListExtra<typeof LEADERBOARD_LIST>;

/** GET /pages/mine: filter by status, sort by date, title or goal (newest first by default). */
export const MY_PAGES_LIST: ListSpec = {
  filters: { status: { ops: ['$eq', '$ne', '$in'], value: z.enum(['pending', 'published', 'rejected', 'closed']) } },
  sort: ['createdAt', 'title', 'goalCents'],
  defaultSort: [{ field: 'createdAt', order: 'desc' }],
};

/** Admin: GET /pages/moderation?status=pending|all&page=1 */
export const moderationQuery = z
  .object({
    status: z.enum(['pending', 'all']).default('pending'),
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(25),
  })
  .strict();

/** Admin: POST /pages/moderation/:documentId/reject */
export const rejectPageBody = z.object({ reason: z.string().trim().max(500).optional() }).strict();

/** Admin: PUT /pages/settings */
export const pageSettingsBody = z.object({ pagesNeedApproval: z.boolean() }).strict();
export type PageSettings = z.infer<typeof pageSettingsBody>;
