import type { Core } from '@strapi/strapi';
import { sendNotice, type NoticeDefinition, type OutboxDb } from '@mymitt/plugin-kit';
import { canOrganize } from '../domain/group-membership';
import { findMembership, GROUP_UID, MEMBERSHIP_UID, type GroupRow, type MembershipRow } from '../services/groups/group-records';
import { supporterOf } from './recipients';
import { siteLinks } from './site-links';

/** Join requests of groups that admit on approval: to the group's organizers, then the answer to the requester. */

export const JOIN_REQUESTED = 'group.join-requested';
export const JOIN_DECIDED = 'group.join-decided';

const PROFILE_UID = 'plugin::mymitt-profiles.profile';
const MEMBERSHIPS = 'mymitt_group_memberships';

export interface JoinRequestedPayload {
  membershipId: number;
  organizerUserId: number;
}

export interface JoinDecidedPayload {
  membershipId: number;
  decision: 'approved' | 'rejected';
}

async function membershipAndGroup(strapi: Core.Strapi, membershipId: number) {
  const membership = (await strapi.db.query(MEMBERSHIP_UID).findOne({ where: { id: membershipId } })) as MembershipRow | null;
  const group = membership ? ((await strapi.db.query(GROUP_UID).findOne({ where: { id: membership.groupId } })) as GroupRow | null) : null;
  return membership && group ? { membership, group } : null;
}

const stampOf = (value: string | Date | number | null) => (value ? new Date(value).getTime() : 0);

export const joinRequestedNotice: NoticeDefinition<JoinRequestedPayload> = {
  key: JOIN_REQUESTED,
  transactional: false,
  description: "To a group's owner and organizers when a supporter asks to join a group that admits on approval, with a link to its requests.",
  placeholders: ['groupName', 'requesterName', 'requestsUrl'],
  defaults: {
    en: {
      subject: '{{requesterName}} asked to join {{groupName}}',
      body: `Hi {{name}},

{{requesterName}} asked to join {{groupName}}, a group you organize. Supporters join it once an organizer approves them.

Review the request: {{requestsUrl}}

Thank you for leading {{groupName}}!`,
    },
    es: {
      subject: '{{requesterName}} pidió unirse a {{groupName}}',
      body: `Hola, {{name}}:

{{requesterName}} pidió unirse a {{groupName}}, un grupo que usted organiza. Los simpatizantes entran en él cuando un organizador los aprueba.

Revise la solicitud: {{requestsUrl}}

¡Gracias por liderar {{groupName}}!`,
    },
  },
  /** Only while the request waits, and only to a supporter who still runs the group. */
  async load(strapi, payload) {
    const found = await membershipAndGroup(strapi, Number(payload?.membershipId));
    if (!found || found.membership.status !== 'pending') return null;
    const { membership, group } = found;
    const organizerUserId = Number(payload.organizerUserId);
    if (!canOrganize(await findMembership(strapi, group.id, organizerUserId))) return null;
    const [to, requester] = await Promise.all([
      supporterOf(strapi, organizerUserId),
      strapi.db.query(PROFILE_UID).findOne({ where: { userId: membership.userId }, select: ['displayName'] }),
    ]);
    if (!to) return null;
    const links = await siteLinks(strapi, to.locale);
    return {
      to,
      vars: {
        groupName: group.name,
        requesterName: requester?.displayName ?? (to.locale === 'es' ? 'Un simpatizante' : 'A supporter'),
        requestsUrl: links.groupRequests(group.slug),
      },
    };
  },
};

export const joinDecidedNotice: NoticeDefinition<JoinDecidedPayload> = {
  key: JOIN_DECIDED,
  transactional: true,
  description: 'To a supporter who asked to join a group: whether an organizer approved or turned down the request.',
  placeholders: ['groupName', 'approved', 'homeUrl'],
  defaults: {
    en: {
      subject: '{{#approved}}Welcome to {{groupName}}{{/approved}}{{^approved}}Your request to join {{groupName}}{{/approved}}',
      body: `Hi {{name}},

{{#approved}}Your request to join {{groupName}} was approved: you're now a member. Welcome!{{/approved}}{{^approved}}Your request to join {{groupName}} was not approved by its organizers.{{/approved}}

{{^approved}}There are many other ways to help the campaign: {{homeUrl}}{{/approved}}

Thank you for standing with {{committeeName}}!`,
    },
    es: {
      subject: '{{#approved}}Le damos la bienvenida a {{groupName}}{{/approved}}{{^approved}}Su solicitud para unirse a {{groupName}}{{/approved}}',
      body: `Hola, {{name}}:

{{#approved}}Su solicitud para unirse a {{groupName}} fue aprobada: ya es miembro. ¡Le damos la bienvenida!{{/approved}}{{^approved}}Los organizadores de {{groupName}} no aprobaron su solicitud para unirse.{{/approved}}

{{^approved}}Hay muchas otras formas de ayudar a la campaña: {{homeUrl}}{{/approved}}

¡Gracias por apoyar a {{committeeName}}!`,
    },
  },
  /** The answer as given, unless the supporter has since asked again (a new request, its own answer to come). */
  async load(strapi, payload) {
    const found = await membershipAndGroup(strapi, Number(payload?.membershipId));
    if (!found || found.membership.status === 'pending') return null;
    const approved = payload.decision === 'approved';
    if (!approved && found.membership.status !== 'rejected') return null;
    const to = await supporterOf(strapi, found.membership.userId);
    if (!to) return null;
    return { to, vars: { groupName: found.group.name, approved, homeUrl: (await siteLinks(strapi, to.locale)).home() } };
  },
};

/**
 * Queues `group.join-requested` to each of the group's active owner and organizers, in the transaction
 * that records the request: one per request (its `requestedAt`) and organizer.
 */
export async function queueJoinRequested(strapi: Core.Strapi, request: Pick<MembershipRow, 'id' | 'groupId' | 'requestedAt'>, trx: OutboxDb) {
  const schema = strapi.db.getSchemaName();
  const organizers: Array<{ userId: number }> = await (schema ? trx(MEMBERSHIPS).withSchema(schema) : trx(MEMBERSHIPS))
    .select('user_id as userId')
    .where({ group_id: request.groupId, status: 'active' })
    .whereIn('role', ['owner', 'organizer']);
  for (const { userId } of organizers) {
    const payload: JoinRequestedPayload = { membershipId: request.id, organizerUserId: Number(userId) };
    await sendNotice(strapi, JOIN_REQUESTED, `membership:${request.id}:requested:${stampOf(request.requestedAt)}:to:${Number(userId)}`, payload, trx);
  }
}

/** Queues `group.join-decided` to the requester, in the transaction of the answer: one per request and answer. */
export function queueJoinDecided(
  strapi: Core.Strapi,
  request: Pick<MembershipRow, 'id' | 'requestedAt'>,
  decision: JoinDecidedPayload['decision'],
  trx: OutboxDb
) {
  return sendNotice<JoinDecidedPayload>(
    strapi,
    JOIN_DECIDED,
    `membership:${request.id}:${decision}:${stampOf(request.requestedAt)}`,
    { membershipId: request.id, decision },
    trx
  );
}
