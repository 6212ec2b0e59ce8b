import type { Core } from '@strapi/strapi';

/**
 * What this plugin asks of the profiles plugin, through its services by name (never its files or
 * tables). Every answer has a fallback for when profiles is not installed.
 */
interface GroupMembershipsService {
  isMember(userId: number, groupSlug: string): Promise<boolean>;
}
interface ProfilesService {
  findByUserId(userId: number): Promise<{ state?: string | null; leaderboardOptIn?: boolean } | null>;
  authorCards(userIds: number[]): Promise<Map<number, { displayName: string }>>;
}

function serviceOf<T>(strapi: Core.Strapi, name: string): T | null {
  try {
    return (strapi.plugin('mymitt-profiles')?.service(name) as T | undefined) ?? null;
  } catch {
    return null;
  }
}

export const profilesLink = (strapi: Core.Strapi) => ({
  /** True when profiles is installed (group phone banks need it). */
  get hasGroups() {
    return typeof serviceOf<GroupMembershipsService>(strapi, 'group-memberships')?.isMember === 'function';
  },

  /** Active member of the group? false when profiles is absent. */
  async isGroupMember(userId: number, groupSlug: string): Promise<boolean> {
    const memberships = serviceOf<GroupMembershipsService>(strapi, 'group-memberships');
    if (typeof memberships?.isMember !== 'function') return false;
    return memberships.isMember(userId, groupSlug);
  },

  /** The supporter's profile state and leaderboard choice, when they have a profile. */
  async profileOf(userId: number): Promise<{ state: string | null; leaderboardOptIn: boolean } | null> {
    const profiles = serviceOf<ProfilesService>(strapi, 'profiles');
    const profile = profiles ? await profiles.findByUserId(userId) : null;
    return profile ? { state: profile.state ?? null, leaderboardOptIn: Boolean(profile.leaderboardOptIn) } : null;
  },

  /** Public display names of supporters with a profile (empty without profiles). */
  async displayNames(userIds: number[]): Promise<Map<number, string>> {
    const profiles = serviceOf<ProfilesService>(strapi, 'profiles');
    if (!profiles || !userIds.length) return new Map();
    const cards = await profiles.authorCards(userIds);
    return new Map([...cards].map(([id, card]) => [id, card.displayName]));
  },
});
