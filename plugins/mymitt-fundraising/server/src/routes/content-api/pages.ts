import type { FeatureRoute } from '@mymitt/plugin-kit';

/**
 * Fundraising pages and teams. Literal paths come before `/pages/:slug` (`mine` and `leaderboard`
 * are reserved slugs). Public reads are `anyone`: the same for every viewer, CDN-cacheable, ETag/304.
 */
export const pageRoutes: FeatureRoute[] = [
  { method: 'GET', path: '/pages/mine', handler: 'pages.mine', query: 'validated', access: 'supporter' },
  { method: 'POST', path: '/pages', handler: 'pages.create', access: 'supporter' },
  { method: 'PATCH', path: '/pages/:documentId', handler: 'pages.update', access: 'supporter' },
  { method: 'POST', path: '/pages/:documentId/close', handler: 'pages.close', access: 'supporter' },
  { method: 'POST', path: '/pages/:documentId/updates', handler: 'pages.postUpdate', access: 'supporter' },
  { method: 'POST', path: '/pages/:documentId/team', handler: 'pages.joinTeam', access: 'supporter' },
  { method: 'DELETE', path: '/pages/:documentId/team', handler: 'pages.leaveTeam', access: 'supporter' },
  { method: 'POST', path: '/teams', handler: 'page-teams.create', access: 'supporter' },
  { method: 'GET', path: '/leaderboards/pages', handler: 'pages.leaderboard', query: 'validated', access: 'anyone' },
  { method: 'GET', path: '/leaderboards/teams', handler: 'page-teams.leaderboard', query: 'validated', access: 'anyone' },
  { method: 'GET', path: '/pages/:slug', handler: 'pages.findBySlug', access: 'anyone' },
  { method: 'GET', path: '/teams/:slug', handler: 'page-teams.findBySlug', access: 'anyone' },
];
