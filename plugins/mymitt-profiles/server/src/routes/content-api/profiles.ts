import type { FeatureRoute } from '@mymitt/plugin-kit';
import { updateMyProfileBody } from '../../validators/profile';
import { leaderboardList } from '../../validators/lists';
import { leaderboardEntry, ownProfile, pluginMeta, publicProfile, standing } from '../../answers/profiles';
import { slugParam } from '../../answers/common';
import { listQueryDocs } from '../../utils/list-docs';

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
  // Multipart (field `avatar`): its body is documented in index.ts (uploadBodies).
  { method: 'POST', path: '/profiles/me/avatar', handler: 'profile.uploadAvatar', access: 'supporter', docs: { data: ownProfile } },
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
    docs: { list: true, query: listQueryDocs(leaderboardList), data: leaderboardEntry },
  },
];
