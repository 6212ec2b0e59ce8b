import type { FeatureRoute } from '@mymitt/plugin-kit';

/** Call days: progress and leaderboards are the same for every viewer (no personal data), so `anyone`. */
export const callDayRoutes: FeatureRoute[] = [
  { method: 'GET', path: '/call-days', handler: 'call-days.upcoming', query: 'validated', access: 'anyone' },
  { method: 'GET', path: '/call-days/:slug/progress', handler: 'call-days.progress', access: 'anyone' },
  {
    method: 'GET',
    path: '/call-days/:slug/leaderboard',
    handler: 'call-days.leaderboard',
    query: 'validated',
    access: 'anyone',
  },
  { method: 'POST', path: '/call-days/:slug/join', handler: 'call-days.join', access: 'supporter' },
];
