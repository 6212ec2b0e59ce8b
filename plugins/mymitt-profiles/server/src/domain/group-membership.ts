/**
 * The rules of group membership, as plain values. A supporter has at most one membership row per group
 * and it keeps its history: leaving marks it 'left', rejoining reopens the same row.
 */
export const JOIN_POLICIES = ['open', 'approval'] as const;
export const GROUP_ROLES = ['owner', 'organizer', 'member'] as const;
export const MEMBERSHIP_STATUSES = ['pending', 'active', 'left', 'rejected'] as const;

export type JoinPolicy = (typeof JOIN_POLICIES)[number];
export type GroupRole = (typeof GROUP_ROLES)[number];
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

export interface MembershipState {
  role: GroupRole;
  status: MembershipStatus;
}

export function isActiveMember(membership: MembershipState | null): boolean {
  return membership?.status === 'active';
}

/** Owners and organizers approve requests, post announcements and edit the group. */
export function canOrganize(membership: MembershipState | null): boolean {
  return membership?.status === 'active' && (membership.role === 'owner' || membership.role === 'organizer');
}

/** Only the owner changes roles and hands over ownership. */
export function isActiveOwner(membership: MembershipState | null): boolean {
  return membership?.status === 'active' && membership.role === 'owner';
}

export type JoinDecision =
  | { kind: 'already'; status: MembershipStatus }
  | { kind: 'create' | 'reopen'; status: 'active' | 'pending'; role: GroupRole };

/**
 * What "join" does. A current member or a pending request stays as it is (joining is idempotent);
 * otherwise an open group admits at once and an approval group records a request. The group's owner
 * (who may have left an otherwise empty group) always comes back as its active owner.
 */
export function decideJoin(policy: JoinPolicy, existing: MembershipState | null, isGroupOwner: boolean): JoinDecision {
  if (existing && (existing.status === 'active' || existing.status === 'pending')) return { kind: 'already', status: existing.status };
  const kind = existing ? 'reopen' : 'create';
  if (isGroupOwner) return { kind, status: 'active', role: 'owner' };
  return { kind, status: policy === 'open' ? 'active' : 'pending', role: 'member' };
}

export type LeaveDecision = { ok: true; wasActive: boolean } | { ok: false; reason: 'not-member' | 'owner-with-members' };

/**
 * Whether a supporter may leave (or withdraw a pending request). The owner may not leave while other
 * members remain: they hand over ownership first.
 */
export function decideLeave(membership: MembershipState | null, activeMemberCount: number): LeaveDecision {
  if (!membership || (membership.status !== 'active' && membership.status !== 'pending')) return { ok: false, reason: 'not-member' };
  if (membership.role === 'owner' && membership.status === 'active' && activeMemberCount > 1) {
    return { ok: false, reason: 'owner-with-members' };
  }
  return { ok: true, wasActive: membership.status === 'active' };
}

/** Organizer powers do not survive leaving; the owner keeps ownership of the (then empty) group. */
export function roleAfterLeaving(role: GroupRole): GroupRole {
  return role === 'owner' ? 'owner' : 'member';
}

export type RoleChangeDecision = { ok: true; transfersOwnership: boolean } | { ok: false; reason: 'not-owner' | 'not-member' | 'self' };

/** The owner sets another active member's role; giving them 'owner' hands over the group. */
export function decideRoleChange(
  actor: MembershipState | null,
  target: MembershipState | null,
  isSelf: boolean,
  newRole: GroupRole
): RoleChangeDecision {
  if (!isActiveOwner(actor)) return { ok: false, reason: 'not-owner' };
  if (isSelf) return { ok: false, reason: 'self' };
  if (!isActiveMember(target)) return { ok: false, reason: 'not-member' };
  return { ok: true, transfersOwnership: newRole === 'owner' };
}

/** Members are listed owner first, then organizers, then members. */
export const ROLE_RANK: Record<GroupRole, number> = { owner: 0, organizer: 1, member: 2 };
