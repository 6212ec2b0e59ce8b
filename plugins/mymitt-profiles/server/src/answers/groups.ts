import { z } from '@strapi/utils';
import { GROUP_ROLES, JOIN_POLICIES, MEMBERSHIP_STATUSES } from '../domain/group-membership';
import { INTERESTS } from '../validators/profile';
import { instant } from './common';

const summaryFields = {
  slug: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  joinPolicy: z.enum(JOIN_POLICIES),
  state: z.string().nullable(),
  city: z.string().nullable(),
  interests: z.array(z.enum(INTERESTS)),
  memberCount: z.number().int(),
  createdAt: instant,
};

/** GET /groups: a group's public face. */
export const groupSummary = z.object(summaryFields);

/** A supporter's membership of a group (join, leave, approve and reject answer it). */
export const membership = z.object({
  role: z.enum(GROUP_ROLES),
  status: z.enum(MEMBERSHIP_STATUSES),
  joinedAt: instant.nullable(),
});

/** GET /groups/mine: a group I belong to or asked to join, with my membership. */
export const myGroup = z.object({ ...summaryFields, membership });

/** A supporter in a group: the profile slug only when its visibility lets the viewer see it. */
const supporterCardFields = { displayName: z.string().nullable(), slug: z.string().nullable() };

/** GET /groups/:slug (and what creating or editing a group answers): the group, its owner and the viewer's membership. */
export const groupDetail = z.object({
  ...summaryFields,
  zip: z.string().nullable().optional().meta({ description: 'Only for its owner and organizers.' }),
  owner: z.object(supporterCardFields),
  membership: membership.nullable(),
});

/** GET /groups/:slug/members: an active member. */
export const groupMember = z.object({ ...supporterCardFields, role: z.enum(GROUP_ROLES), joinedAt: instant.nullable() });

/** GET /groups/:slug/requests: a pending join request. */
export const joinRequest = z.object({ ...supporterCardFields, role: z.enum(GROUP_ROLES), requestedAt: instant.nullable() });

/** PUT /groups/:slug/members/:profileSlug: the member with their new role. */
export const memberRole = z.object({ ...supporterCardFields, role: z.enum(GROUP_ROLES) });

/** GET and POST /groups/:slug/announcements */
export const announcement = z.object({
  documentId: z.string(),
  title: z.string(),
  body: z.string(),
  createdAt: instant,
  author: z.object(supporterCardFields),
});
