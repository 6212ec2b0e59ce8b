import { firstFreeSlug, slugBase } from './profile-slug';

export const POST_TITLE_MAX_CHARS = 140;
export const POST_BODY_MAX_CHARS = 20_000;

export const REPORT_REASONS = ['spam', 'abuse', 'off-topic', 'other'] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];

/**
 * none: never reported; open: reported, waiting for staff; removed: staff took it down (the author
 * cannot publish it again); dismissed: staff kept it (a new report opens it again).
 */
export const MODERATION_STATES = ['none', 'open', 'removed', 'dismissed'] as const;
export type ModerationState = (typeof MODERATION_STATES)[number];

/** What became of a report: still open, dismissed by staff, or upheld (the post was removed). */
export const REPORT_RESOLUTIONS = ['open', 'dismissed', 'upheld'] as const;

/** Post slugs that would collide with route segments (`/posts/mine`). */
const RESERVED_POST_SLUGS = ['mine'];

const POST_SLUG_MAX_CHARS = 80;

/** A post's slug from its title (at most 80 characters; "post" when the title has nothing sluggable). */
export function postSlugBase(title: string): string {
  return slugBase(title, { maxLength: POST_SLUG_MAX_CHARS, fallback: 'post' });
}

/** The first free post slug for a title, given the slugs other posts already use. */
export function freePostSlug(title: string, taken: Iterable<string>): string {
  return firstFreeSlug(postSlugBase(title), [...taken, ...RESERVED_POST_SLUGS]);
}

/** Whether the author may publish: a post removed by moderators stays down, an empty body has nothing to show. */
export function publishRefusal(post: { moderation: ModerationState; bodyMarkdown: string | null }): 'removed' | 'empty' | null {
  if (post.moderation === 'removed') return 'removed';
  if (!post.bodyMarkdown?.trim()) return 'empty';
  return null;
}

/** The moderation state a new report leaves behind (removed stays removed). */
export function moderationAfterReport(current: ModerationState): ModerationState {
  return current === 'removed' ? 'removed' : 'open';
}
