import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { decodeInterestTags } from '../../domain/group-interests';
import { canSeeProfile, type Viewer, type Visibility } from '../../domain/profile-visibility';
import type { MembershipState } from '../../domain/group-membership';

/** Loading and showing groups, memberships and supporters: shared by the groups services. */

export const GROUP_UID = 'plugin::mymitt-profiles.group';
export const MEMBERSHIP_UID = 'plugin::mymitt-profiles.group-membership';
export const ANNOUNCEMENT_UID = 'plugin::mymitt-profiles.group-announcement';
const PROFILE_UID = 'plugin::mymitt-profiles.profile';

export interface GroupRow {
  id: number;
  name: string;
  slug: string;
  description: string | null;
  joinPolicy: 'open' | 'approval';
  state: string | null;
  city: string | null;
  zip: string | null;
  interestTags: string | null;
  ownerUserId: number;
  memberCount: number;
  createdAt: string | Date;
}

export interface MembershipRow extends MembershipState {
  id: number;
  groupId: number;
  userId: number;
  requestedAt: string | Date | null;
  joinedAt: string | Date | null;
}

/** A supporter as others see them in a group: public name, and the profile slug when its visibility allows. */
export interface SupporterCard {
  displayName: string | null;
  slug: string | null;
}

const iso = (value: string | Date | null | undefined) => (value ? new Date(value).toISOString() : null);

/** The public face of a group (an allow-list: never the owner's user id or the ZIP). */
export function groupSummary(group: GroupRow) {
  return {
    slug: group.slug,
    name: group.name,
    description: group.description ?? null,
    joinPolicy: group.joinPolicy,
    state: group.state ?? null,
    city: group.city ?? null,
    interests: decodeInterestTags(group.interestTags),
    memberCount: Number(group.memberCount),
    createdAt: iso(group.createdAt),
  };
}

export function membershipView(membership: MembershipRow | null) {
  if (!membership) return null;
  return { role: membership.role, status: membership.status, joinedAt: iso(membership.joinedAt) };
}

export async function findGroupBySlug(strapi: Core.Strapi, slug: string): Promise<GroupRow> {
  const group = await strapi.db.query(GROUP_UID).findOne({ where: { slug } });
  if (!group) throw new errors.NotFoundError('No such group.', { code: 'group_not_found' });
  return group as GroupRow;
}

export async function findMembership(strapi: Core.Strapi, groupId: number, userId: number): Promise<MembershipRow | null> {
  return (await strapi.db.query(MEMBERSHIP_UID).findOne({ where: { groupId, userId } })) as MembershipRow | null;
}

/** The supporter a profile slug names, or a 404. */
export async function findSupporterBySlug(strapi: Core.Strapi, profileSlug: string): Promise<{ userId: number }> {
  const profile = await strapi.db.query(PROFILE_UID).findOne({ where: { slug: profileSlug }, select: ['userId'] });
  if (!profile) throw new errors.NotFoundError('No such supporter.', { code: 'profile_not_found' });
  return { userId: profile.userId };
}

/** Cards for the given supporters, by user id, as `viewer` may see them. */
export async function supporterCards(strapi: Core.Strapi, userIds: number[], viewer: Viewer): Promise<Map<number, SupporterCard>> {
  const unique = [...new Set(userIds)];
  if (!unique.length) return new Map();
  const profiles: Array<{ userId: number; displayName: string; slug: string; visibility: Visibility }> = await strapi.db
    .query(PROFILE_UID)
    .findMany({
      where: { userId: { $in: unique } },
      select: ['userId', 'displayName', 'slug', 'visibility'],
    });
  return new Map(
    profiles.map((p) => [
      p.userId as number,
      { displayName: p.displayName, slug: canSeeProfile(p.visibility, p.userId, viewer) ? p.slug : null },
    ])
  );
}

export const NO_CARD: SupporterCard = { displayName: null, slug: null };

/**
 * Moves a membership from one of `from` to new values, only if it is still there: of two concurrent
 * requests (two approvals, two leaves) exactly one sees `true`, so counts move once.
 */
export async function transitionMembership(
  strapi: Core.Strapi,
  membershipId: number,
  from: MembershipState['status'][],
  data: Partial<Omit<MembershipRow, 'id' | 'groupId' | 'userId'>>
): Promise<boolean> {
  const { count } = await strapi.db.query(MEMBERSHIP_UID).updateMany({ where: { id: membershipId, status: { $in: from } }, data });
  return count === 1;
}

/** Adds `delta` to a group's active member count, atomically (inside the caller's transaction). */
export async function moveMemberCount(strapi: Core.Strapi, groupId: number, delta: 1 | -1) {
  const builder = strapi.db.queryBuilder(GROUP_UID);
  await (delta > 0 ? builder.increment('member_count', 1) : builder.decrement('member_count', 1)).where({ id: groupId }).execute();
}
