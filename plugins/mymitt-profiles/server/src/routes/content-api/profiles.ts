import type { FeatureRoute } from '@mymitt/plugin-kit';

// `/profiles/me…` must come before `/profiles/:slug` (slugs never take the value "me").
export const profileRoutes: FeatureRoute[] = [
  { method: 'GET', path: '/meta', handler: 'meta.show', access: 'public' },
  { method: 'GET', path: '/profiles/me', handler: 'profile.me', access: 'supporter' },
  { method: 'PUT', path: '/profiles/me', handler: 'profile.updateMe', access: 'supporter' },
  { method: 'POST', path: '/profiles/me/avatar', handler: 'profile.uploadAvatar', access: 'supporter' },
  { method: 'DELETE', path: '/profiles/me/avatar', handler: 'profile.removeAvatar', access: 'supporter' },
  { method: 'GET', path: '/profiles/me/standing', handler: 'profile.myStanding', access: 'supporter' },
  { method: 'GET', path: '/profiles/:slug', handler: 'profile.findOne', access: 'public' },
  { method: 'GET', path: '/leaderboard', handler: 'leaderboard.find', query: 'validated', access: 'anyone' },
];
