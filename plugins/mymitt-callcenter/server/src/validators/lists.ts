import { z } from '@strapi/utils';
import { isUsStateCode, type ListSpec } from '@mymitt/plugin-kit';
import { LOCALES } from '../domain/call-day';

const booleanValue = z.union([z.boolean(), z.enum(['true', 'false']).transform((value) => value === 'true')]);

/** GET /phone-banks: the active banks, newest first (as before the list conventions). */
export const openBanksList: ListSpec = {
  filters: {
    whoMayCall: { ops: ['$eq', '$in'], value: z.enum(['any', 'group', 'approved']) },
    groupSlug: { ops: ['$eq', '$in'], value: z.string().max(60) },
  },
  sort: ['name', 'createdAt'],
  defaultSort: [{ field: 'createdAt', order: 'desc' }],
};

/** GET /call-days: published days not over yet, soonest first; 50 a page, the size of the list before pagination. */
export const upcomingCallDaysList: ListSpec = {
  filters: {
    startsAt: { ops: ['$gt', '$gte', '$lt', '$lte'], value: z.coerce.date() },
    endsAt: { ops: ['$gt', '$gte', '$lt', '$lte'], value: z.coerce.date() },
    isLive: { ops: ['$eq'], value: booleanValue },
  },
  sort: ['startsAt', 'endsAt', 'name'],
  defaultSort: [{ field: 'startsAt', order: 'asc' }],
  defaultPageSize: 50,
  locales: LOCALES,
};

/** GET /call-days/:slug/leaderboard: callers by calls then conversations; 20 a page, the board's size before pagination. */
export const leaderboardList: ListSpec = {
  filters: {
    state: { ops: ['$eq', '$in'], value: z.string().refine(isUsStateCode, 'not a US state code') },
  },
  sort: ['calls', 'conversations'],
  defaultSort: [
    { field: 'calls', order: 'desc' },
    { field: 'conversations', order: 'desc' },
  ],
  defaultPageSize: 20,
  locales: LOCALES,
};
