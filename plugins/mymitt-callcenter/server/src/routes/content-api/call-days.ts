import type { FeatureRoute } from '@mymitt/plugin-kit';
import { joinCallDayBody, localeQuery, slugParams } from '../../validators/call-days';
import { callDay, callDayProgress, leaderboardEntry, participant, localizedMeta, leaderboardMeta } from '../../validators/answers';
import { leaderboardList, upcomingCallDaysList } from '../../validators/lists';

const day = slugParams.shape;

/** Call days: progress and leaderboards are the same for every viewer (no personal data), so `anyone`. */
export const callDayRoutes: FeatureRoute[] = [
  {
    method: 'GET',
    path: '/call-days',
    handler: 'call-days.upcoming',
    query: 'validated',
    access: 'anyone',
    docs: { meta: localizedMeta, listSpec: upcomingCallDaysList, data: callDay },
  },
  {
    method: 'GET',
    path: '/call-days/:slug/progress',
    handler: 'call-days.progress',
    query: 'validated',
    access: 'anyone',
    docs: { meta: localizedMeta, params: day, query: localeQuery.shape, data: callDayProgress },
  },
  {
    method: 'GET',
    path: '/call-days/:slug/leaderboard',
    handler: 'call-days.leaderboard',
    query: 'validated',
    access: 'anyone',
    docs: { meta: leaderboardMeta, params: day, listSpec: leaderboardList, data: leaderboardEntry },
  },
  {
    method: 'POST',
    path: '/call-days/:slug/join',
    handler: 'call-days.join',
    access: 'supporter',
    docs: { params: day, body: joinCallDayBody, data: participant },
  },
];
