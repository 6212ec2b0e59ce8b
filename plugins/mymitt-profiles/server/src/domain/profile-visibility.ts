export const VISIBILITIES = ['public', 'supporters', 'private'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

/** Who is looking: nobody signed in, or a supporter by user id. */
export type Viewer = { userId: number } | null;

/**
 * public: anyone; supporters: anyone signed in; private: only its owner. Refusals look like
 * "not found" so that a hidden profile's existence does not leak.
 */
export function canSeeProfile(visibility: Visibility, ownerUserId: number, viewer: Viewer): boolean {
  if (viewer?.userId === ownerUserId) return true;
  if (visibility === 'public') return true;
  if (visibility === 'supporters') return viewer !== null;
  return false;
}
