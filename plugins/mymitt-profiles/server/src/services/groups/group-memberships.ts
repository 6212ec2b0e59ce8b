import type { Core } from '@strapi/strapi';
import {
  canOrganize,
  decideJoin,
  decideLeave,
  decideRoleChange,
  isActiveMember,
  roleAfterLeaving,
  type GroupRole,
  type MembershipStatus,
} from '../../domain/group-membership';
import { publishDomainEvent, conflict, isUniqueViolation, rowsOf, type DbCount, type DbDate, type ListQuery } from '@mymitt/plugin-kit';
import { queueJoinDecided, queueJoinRequested } from '../../notices/group-notices';
import { listAnswer } from '../../utils/list-answer';
import { forbidden } from '../../utils/refusals';
import {
  findGroupBySlug,
  findMembership,
  findSupporterBySlug,
  GROUP_UID,
  MEMBERSHIP_UID,
  membershipView,
  moveMemberCount,
  NO_CARD,
  supporterCards,
  transitionMembership,
  type GroupRow,
  type MembershipRow,
} from './group-records';

const MEMBERSHIPS = 'mymitt_group_memberships';
const PROFILES = 'mymitt_profiles';

/** List fields → columns; `role` sorts owner, organizers, then members. */
const MEMBER_COLUMNS: Record<string, string> = {
  role: `CASE m.role WHEN 'owner' THEN 0 WHEN 'organizer' THEN 1 ELSE 2 END`,
  displayName: 'p.display_name',
  joinedAt: 'm.joined_at',
  requestedAt: 'm.requested_at',
};
const COMPARISONS: Record<string, string> = { $gt: '>', $gte: '>=', $lt: '<', $lte: '<=' };

/** One member of a group's list (mymitt_group_memberships joined to profiles). */
interface MemberListRow {
  userId: number;
  role: GroupRole;
  requestedAt: DbDate | null;
  joinedAt: DbDate | null;
}

const groupMemberships = ({ strapi }: { strapi: Core.Strapi }) => {
  /** After commit: the supporter is now an active member (one activity per membership, ever). */
  const announceJoined = (membershipId: number, userId: number, groupId: number) =>
    publishDomainEvent(strapi, 'mymitt.group.joined', { sourceId: membershipId, userId, groupId, occurredAt: new Date().toISOString() });

  /** The group and the caller's membership, refusing (403) unless the caller runs the group. */
  async function asOrganizer(userId: number, slug: string) {
    const group = await findGroupBySlug(strapi, slug);
    const membership = await findMembership(strapi, group.id, userId);
    if (!canOrganize(membership)) throw forbidden("Only this group's owner and organizers may do that.", 'not_group_organizer');
    return { group, membership: membership! };
  }

  /** Supporters of one group with the given status, with their public names, in the list's order. */
  async function listByStatus(group: GroupRow, status: MembershipStatus, viewerUserId: number, list: ListQuery) {
    const knex = strapi.db.connection;
    const matching = () => {
      const sql = knex(`${MEMBERSHIPS} as m`).where({ 'm.group_id': group.id, 'm.status': status });
      const role = list.filters.role;
      if (role?.$eq) sql.where('m.role', role.$eq);
      if (role?.$in) sql.whereIn('m.role', role.$in);
      for (const field of ['joinedAt', 'requestedAt'] as const) {
        for (const [op, value] of Object.entries(list.filters[field] ?? {})) sql.where(MEMBER_COLUMNS[field], COMPARISONS[op], value);
      }
      return sql;
    };
    const page = matching()
      .leftJoin(`${PROFILES} as p`, 'p.user_id', 'm.user_id')
      .select('m.user_id as userId', 'm.role as role', 'm.requested_at as requestedAt', 'm.joined_at as joinedAt');
    for (const { field, order } of list.sort) {
      if (field === 'role') page.orderByRaw(`${MEMBER_COLUMNS.role} ${order}`);
      else page.orderBy(MEMBER_COLUMNS[field], order);
    }
    const [rows, [{ total }]] = await Promise.all([
      rowsOf<MemberListRow>(page.orderBy('m.id', 'asc').limit(list.limit).offset(list.offset)),
      rowsOf<{ total: DbCount }>(list.withCount ? matching().count({ total: '*' }) : Promise.resolve([{ total: 0 }])),
    ]);
    const cards = await supporterCards(
      strapi,
      rows.map((r) => Number(r.userId)),
      { userId: viewerUserId }
    );
    const iso = (value: DbDate | null) => (value ? new Date(value).toISOString() : null);
    const supporters = rows.map((r) => ({
      ...(cards.get(Number(r.userId)) ?? NO_CARD),
      role: r.role,
      ...(status === 'pending' ? { requestedAt: iso(r.requestedAt) } : { joinedAt: iso(r.joinedAt) }),
    }));
    return listAnswer(supporters, list, Number(total));
  }

  /** The pending request of the supporter a profile slug names, or a 409 when there is none. */
  async function pendingRequest(group: GroupRow, profileSlug: string) {
    const { userId } = await findSupporterBySlug(strapi, profileSlug);
    const request = await findMembership(strapi, group.id, userId);
    if (request?.status !== 'pending') {
      throw conflict('That supporter has no pending request to join this group.', { code: 'no_pending_request' });
    }
    return request;
  }

  /** One attempt at joining; a concurrent first join by the same supporter surfaces as a unique violation. */
  async function joinOnce(userId: number, slug: string) {
    return strapi.db.transaction(async ({ trx }) => {
      const group = await findGroupBySlug(strapi, slug);
      const existing = await findMembership(strapi, group.id, userId);
      const decision = decideJoin(group.joinPolicy, existing, group.ownerUserId === userId);
      if (decision.kind === 'already') return existing!;

      const now = new Date();
      const data = {
        role: decision.role,
        status: decision.status,
        requestedAt: now,
        joinedAt: decision.status === 'active' ? now : null,
      };
      let membership: MembershipRow;
      if (decision.kind === 'create') {
        membership = (await strapi.db.query(MEMBERSHIP_UID).create({ data: { groupId: group.id, userId, ...data } })) as MembershipRow;
      } else {
        // Another request reopened it first: answer with what it made.
        if (!(await transitionMembership(strapi, existing!.id, ['left', 'rejected'], data))) {
          return (await findMembership(strapi, group.id, userId))!;
        }
        membership = { ...existing!, ...data };
      }
      if (decision.status === 'active') {
        await moveMemberCount(strapi, group.id, 1);
        await announceJoined(membership.id, userId, group.id);
      }
      // A request waits for an organizer: the group's owner and organizers hear of it.
      if (decision.status === 'pending') await queueJoinRequested(strapi, membership, trx);
      return membership;
    });
  }

  return {
    /**
     * Read-only, for other plugins (the call center's group phone banks): whether the supporter is an
     * active member of the group with this slug. No such group → false.
     */
    async isMember(userId: number, groupSlug: string): Promise<boolean> {
      const group = await strapi.db.query(GROUP_UID).findOne({ where: { slug: groupSlug }, select: ['id'] });
      if (!group) return false;
      return isActiveMember(await findMembership(strapi, group.id, userId));
    },

    /**
     * Joins a group: an open group admits at once, an approval group records a request. Joining again
     * changes nothing (idempotent); concurrent joins by one supporter make one membership.
     */
    async join(userId: number, slug: string) {
      try {
        return membershipView(await joinOnce(userId, slug));
      } catch (error) {
        // The unique (group, user) index refused a concurrent duplicate: the row now exists, so re-run.
        if (!isUniqueViolation(error)) throw error;
        return membershipView(await joinOnce(userId, slug));
      }
    },

    /** Leaves a group or withdraws a pending request; the owner must hand over ownership first. */
    async leave(userId: number, slug: string) {
      return strapi.db.transaction(async () => {
        const group = await findGroupBySlug(strapi, slug);
        const membership = await findMembership(strapi, group.id, userId);
        const decision = decideLeave(membership, Number(group.memberCount));
        if (!decision.ok && decision.reason === 'owner-with-members') {
          throw conflict('The owner cannot leave while the group has other members: make another member the owner first.', {
            code: 'owner_must_hand_over',
            memberCount: Number(group.memberCount),
          });
        }
        if (!decision.ok) throw conflict('You are not a member of this group.', { code: 'not_group_member' });

        const left = { status: 'left' as const, role: roleAfterLeaving(membership!.role) };
        const from: MembershipStatus[] = decision.wasActive ? ['active'] : ['pending'];
        if (await transitionMembership(strapi, membership!.id, from, left)) {
          if (decision.wasActive) await moveMemberCount(strapi, group.id, -1);
        }
        return membershipView({ ...membership!, ...left });
      });
    },

    /** Active members, for active members only (403 for anyone else). */
    async members(userId: number, slug: string, list: ListQuery) {
      const group = await findGroupBySlug(strapi, slug);
      if (!isActiveMember(await findMembership(strapi, group.id, userId))) {
        throw forbidden('Only members of this group may see who belongs to it.', 'members_only');
      }
      return listByStatus(group, 'active', userId, list);
    },

    /** Pending join requests, oldest first, for the owner and organizers. */
    async requests(userId: number, slug: string, list: ListQuery) {
      const { group } = await asOrganizer(userId, slug);
      return listByStatus(group, 'pending', userId, list);
    },

    /** An owner or organizer admits a supporter who asked to join. */
    async approve(userId: number, slug: string, profileSlug: string) {
      return strapi.db.transaction(async ({ trx }) => {
        const { group } = await asOrganizer(userId, slug);
        const request = await pendingRequest(group, profileSlug);
        const now = new Date();
        if (!(await transitionMembership(strapi, request.id, ['pending'], { status: 'active', joinedAt: now }))) {
          throw conflict('That request was already answered.', { code: 'request_already_answered' });
        }
        await moveMemberCount(strapi, group.id, 1);
        await announceJoined(request.id, request.userId, group.id);
        await queueJoinDecided(strapi, request, 'approved', trx);
        return membershipView({ ...request, status: 'active', joinedAt: now });
      });
    },

    /** An owner or organizer turns a join request down (the row stays, marked rejected). */
    async reject(userId: number, slug: string, profileSlug: string) {
      return strapi.db.transaction(async ({ trx }) => {
        const { group } = await asOrganizer(userId, slug);
        const request = await pendingRequest(group, profileSlug);
        if (!(await transitionMembership(strapi, request.id, ['pending'], { status: 'rejected' }))) {
          throw conflict('That request was already answered.', { code: 'request_already_answered' });
        }
        await queueJoinDecided(strapi, request, 'rejected', trx);
        return membershipView({ ...request, status: 'rejected' });
      });
    },

    /**
     * The owner makes another active member an organizer or a plain member, or hands them the group
     * ({ role: 'owner' }): the old owner then stays on as an organizer.
     */
    async changeRole(userId: number, slug: string, profileSlug: string, role: GroupRole) {
      return strapi.db.transaction(async () => {
        const group = await findGroupBySlug(strapi, slug);
        const actor = await findMembership(strapi, group.id, userId);
        const { userId: targetUserId } = await findSupporterBySlug(strapi, profileSlug);
        const target = await findMembership(strapi, group.id, targetUserId);
        const decision = decideRoleChange(actor, target, targetUserId === userId, role);
        if (!decision.ok && decision.reason === 'not-owner')
          throw forbidden("Only this group's owner may change roles.", 'not_group_owner');
        if (!decision.ok && decision.reason === 'self') {
          throw conflict('You are the owner: to step down, make another member the owner.', { code: 'owner_cannot_change_own_role' });
        }
        if (!decision.ok) throw conflict('That supporter is not an active member of this group.', { code: 'not_active_member' });

        if (decision.transfersOwnership) {
          // Conditional, so that of two concurrent hand-overs only the first one happens.
          const { count } = await strapi.db
            .query(MEMBERSHIP_UID)
            .updateMany({ where: { id: actor!.id, role: 'owner', status: 'active' }, data: { role: 'organizer' } });
          if (count !== 1) {
            throw conflict('Ownership of this group has just changed hands; reload and try again.', { code: 'ownership_changed' });
          }
          await strapi.db.query(GROUP_UID).update({ where: { id: group.id }, data: { ownerUserId: targetUserId } });
        }
        await strapi.db.query(MEMBERSHIP_UID).update({ where: { id: target!.id }, data: { role } });
        const card = (await supporterCards(strapi, [targetUserId], { userId })).get(targetUserId) ?? NO_CARD;
        return { ...card, role };
      });
    },
  };
};

export default groupMemberships;
