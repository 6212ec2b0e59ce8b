import type { FeatureRoute } from '@mymitt/plugin-kit';
import { updateMyProfileBody } from '../../validators/profile';
import { leaderboardList } from '../../validators/lists';
import { leaderboardEntry, ownProfile, pluginMeta, publicProfile, standing, leaderboardMeta } from '../../answers/profiles';
import { slugParam, imageUpload } from '../../answers/common';

// `/profiles/me…` must come before `/profiles/:slug` (slugs never take the value "me").
export const profileRoutes: FeatureRoute[] = [
  { method: 'GET', path: '/meta', handler: 'meta.show', access: 'public', docs: { data: pluginMeta } },
  { method: 'GET', path: '/profiles/me', handler: 'profile.me', access: 'supporter', docs: { data: ownProfile } },
  {
    method: 'PUT',
    path: '/profiles/me',
    handler: 'profile.updateMe',
    access: 'supporter',
    docs: { body: updateMyProfileBody, data: ownProfile },
  },
  {
    method: 'POST',
    path: '/profiles/me/avatar',
    handler: 'profile.uploadAvatar',
    access: 'supporter',
    docs: { multipart: imageUpload('avatar'), data: ownProfile },
  },
  { method: 'DELETE', path: '/profiles/me/avatar', handler: 'profile.removeAvatar', access: 'supporter', docs: { data: ownProfile } },
  { method: 'GET', path: '/profiles/me/standing', handler: 'profile.myStanding', access: 'supporter', docs: { data: standing } },
  {
    method: 'GET',
    path: '/profiles/:slug',
    handler: 'profile.findOne',
    access: 'public',
    docs: { params: slugParam, data: publicProfile },
  },
  {
    method: 'GET',
    path: '/leaderboard',
    handler: 'leaderboard.find',
    query: 'validated',
    access: 'anyone',
    docs: { listSpec: leaderboardList, meta: leaderboardMeta, data: leaderboardEntry },
  },
];
