import { initialOf } from '@mymitt/plugin-kit';

/**
 * A URL slug from a name or title: lower-case ASCII words joined by hyphens, at most `maxLength`
 * characters; text with nothing sluggable gets `fallback`. Profiles, posts and groups all use it.
 */
export function slugBase(text: string, { maxLength = 40, fallback = 'supporter' } = {}): string {
  const base = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/g, '');
  return base || fallback;
}

/** Slugs that would collide with route segments (`/profiles/me`). */
export const RESERVED_SLUGS = ['me', 'leaderboard', 'new', 'admin'];

/** The first free slug among base, base-2, base-3, … given the taken ones that start with base. */
export function firstFreeSlug(base: string, taken: Iterable<string>): string {
  const used = new Set([...taken, ...RESERVED_SLUGS]);
  if (!used.has(base)) return base;
  for (let n = 2; ; n += 1) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** "Pat Doe" → "Pat D.": the public name a new profile starts with (last names are not shown by default). */
export function defaultDisplayName(firstName?: string | null, lastName?: string | null): string {
  const first = (firstName ?? '').trim();
  const initial = initialOf(lastName);
  if (!first) return 'Supporter';
  return initial ? `${first} ${initial}.` : first;
}
