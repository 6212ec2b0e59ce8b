import { z } from '@strapi/utils';
import { isUsStateCode } from '@mymitt/plugin-kit';
import { CALL_DAY_SLUG } from '../domain/call-day';

export const slugParams = z.object({ slug: z.string().max(80).regex(CALL_DAY_SLUG, 'not a call day slug') });

/** Joining a call day: the supporter's state (defaults to their profile's) and whether to be on the leaderboard. */
export const joinCallDayBody = z
  .object({
    state: z.string().refine(isUsStateCode, 'State must be a US state code such as "NH".').optional(),
    showOnLeaderboard: z.boolean().optional(),
  })
  .strict();
