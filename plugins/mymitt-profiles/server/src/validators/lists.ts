import { z } from '@strapi/utils';
import { isUsStateCode, type ListExtra, type ListSpec } from '@mymitt/plugin-kit';
import { EVENT_STATUSES, EVENT_TYPES } from '../domain/event-access';
import { GROUP_ROLES, JOIN_POLICIES } from '../domain/group-membership';
import { US_ZIP } from '../domain/zip-codes';
import { INTERESTS } from './profile';

/**
 * What each content-API list accepts (Strapi's `pagination`, `sort`, `filters`; kit `parseListQuery`).
 * `legacy` keeps the parameters of before the conventions for one release (answered with `Deprecation`).
 */

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const page = z.coerce.number().int().min(1).max(10_000);
const pageSize = z.coerce.number().int().min(1).max(100);
const stateCode = z.string().refine(isUsStateCode, 'State must be a US state code such as "NH".');
const localDate = z.string().regex(ISO_DATE, 'Dates are YYYY-MM-DD.');
const instant = z.coerce.date();
const text = (max: number) => z.string().trim().min(1).max(max);
const RANGE = ['$gt', '$gte', '$lt', '$lte'] as const;
const TEXT = ['$eq', '$contains', '$containsi'] as const;

/** GET /posts and GET /authors/:profileSlug/posts: published posts, newest first. */
export const postFeedList: ListSpec = {
  filters: {
    title: { ops: TEXT, value: text(140) },
    firstPublishedAt: { ops: RANGE, value: instant },
  },
  sort: ['firstPublishedAt', 'title'],
  defaultSort: [{ field: 'firstPublishedAt', order: 'desc' }],
  legacy: { page, pageSize },
};

/** GET /posts/mine: my drafts and published posts, most recently edited first. */
export const myPostsList: ListSpec = {
  filters: {
    title: { ops: TEXT, value: text(140) },
    status: { ops: ['$eq'], value: z.enum(['draft', 'published']) },
  },
  sort: ['updatedAt', 'title'],
  defaultSort: [{ field: 'updatedAt', order: 'desc' }],
  legacy: { page, pageSize },
};

/** GET /groups: public search, biggest groups first, then by name. */
export const groupSearchList: ListSpec = {
  filters: {
    name: { ops: TEXT, value: text(80) },
    state: { ops: ['$eq', '$in'], value: stateCode },
    interests: { ops: ['$contains'], value: z.enum(INTERESTS) },
    joinPolicy: { ops: ['$eq'], value: z.enum(JOIN_POLICIES) },
  },
  sort: ['memberCount', 'name', 'createdAt'],
  defaultSort: [
    { field: 'memberCount', order: 'desc' },
    { field: 'name', order: 'asc' },
  ],
  legacy: { q: text(80), state: stateCode, interest: z.enum(INTERESTS), page, pageSize },
};

/** GET /groups/mine: the groups I belong to or asked to join, latest request first. */
export const myGroupsList: ListSpec = {
  filters: {
    status: { ops: ['$eq', '$in'], value: z.enum(['active', 'pending']) },
    role: { ops: ['$eq', '$in'], value: z.enum(GROUP_ROLES) },
  },
  sort: ['requestedAt', 'joinedAt'],
  defaultSort: [{ field: 'requestedAt', order: 'desc' }],
  legacy: { page, pageSize },
};

/** GET /groups/:slug/members: owner, organizers, then members, by name. */
export const groupMembersList: ListSpec = {
  filters: {
    role: { ops: ['$eq', '$in'], value: z.enum(GROUP_ROLES) },
    joinedAt: { ops: RANGE, value: instant },
  },
  sort: ['role', 'displayName', 'joinedAt'],
  defaultSort: [
    { field: 'role', order: 'asc' },
    { field: 'displayName', order: 'asc' },
  ],
  legacy: { page, pageSize },
};

/** GET /groups/:slug/requests: pending join requests, oldest first. */
export const groupRequestsList: ListSpec = {
  filters: { requestedAt: { ops: RANGE, value: instant } },
  sort: ['requestedAt', 'displayName'],
  defaultSort: [{ field: 'requestedAt', order: 'asc' }],
  legacy: { page, pageSize },
};

/** GET /groups/:slug/announcements: newest first. */
export const groupAnnouncementsList: ListSpec = {
  filters: {
    title: { ops: TEXT, value: text(120) },
    createdAt: { ops: RANGE, value: instant },
  },
  sort: ['createdAt', 'title'],
  defaultSort: [{ field: 'createdAt', order: 'desc' }],
  legacy: { page, pageSize },
};

/**
 * GET /events: listed, upcoming events; near a ZIP (within `radiusMiles`, nearest first) or by start time.
 * `startsOn` is the local date the event starts, in its own time zone.
 */
export const eventSearchList = {
  filters: {
    type: { ops: ['$eq', '$in'], value: z.enum(EVENT_TYPES) },
    startsOn: { ops: ['$eq', ...RANGE], value: localDate },
    state: { ops: ['$eq', '$in'], value: stateCode },
  },
  sort: ['startsAt', 'distanceMiles'],
  extra: {
    zip: z.string().regex(US_ZIP, 'ZIP must be 5 digits or ZIP+4 (12345-6789).').optional(),
    radiusMiles: z.coerce.number().min(1).max(500).optional(),
  },
  legacy: {
    radius: z.coerce.number().min(1).max(500),
    type: z.enum(EVENT_TYPES),
    from: localDate,
    to: localDate,
    page,
    pageSize,
  },
} satisfies ListSpec;
/** What GET /events reads beside the conventions: `zip`, `radiusMiles` and the pre-convention parameters. */
export type EventSearchExtra = ListExtra<typeof eventSearchList>;

export const MY_EVENT_ROLES = ['host', 'cohost', 'attendee'] as const;
export type MyEventRole = (typeof MY_EVENT_ROLES)[number];

/** GET /events/mine: the events I host, co-host or RSVPed to, soonest first. */
export const myEventsList: ListSpec = {
  filters: {
    myRole: { ops: ['$eq', '$in'], value: z.enum(MY_EVENT_ROLES) },
    status: { ops: ['$eq', '$in'], value: z.enum(EVENT_STATUSES) },
    startsAt: { ops: RANGE, value: instant },
  },
  sort: ['startsAt', 'title'],
  defaultSort: [{ field: 'startsAt', order: 'asc' }],
};

/** GET /leaderboard: opted-in supporters by recent points (the order is the board's: no other sort). */
export const leaderboardList = {
  filters: { state: { ops: ['$eq'], value: stateCode } },
  sort: [],
  legacy: {
    state: z
      .string()
      .regex(/^[A-Z]{2}$/, 'State must be a US state code such as "NH".')
      .pipe(stateCode),
    limit: pageSize,
  },
} satisfies ListSpec;
export type LeaderboardExtra = ListExtra<typeof leaderboardList>;
