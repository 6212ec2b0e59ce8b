import { slugBase } from './profile-slug';

/** Group slugs that would collide with route segments (`/groups/mine`). */
export const RESERVED_GROUP_SLUGS = ['mine', 'new'];

/** A URL slug from a group name; a name with no letters or digits becomes "group". */
export function groupSlugBase(name: string): string {
  return slugBase(name, { fallback: 'group' });
}
