import type { FeatureRoute } from '@mymitt/plugin-kit';

// `/groups/mine` must come before `/groups/:slug` (group slugs never take the value "mine").
export const groupsRoutes: FeatureRoute[] = [
  { method: 'GET', path: '/groups', handler: 'group.find', query: 'validated', access: 'anyone' },
  { method: 'GET', path: '/groups/mine', handler: 'group.mine', query: 'validated', access: 'supporter' },
  { method: 'POST', path: '/groups', handler: 'group.create', access: 'supporter' },
  { method: 'GET', path: '/groups/:slug', handler: 'group.findOne', query: 'validated', access: 'public' },
  { method: 'PUT', path: '/groups/:slug', handler: 'group.update', access: 'supporter' },
  { method: 'POST', path: '/groups/:slug/join', handler: 'group-membership.join', access: 'supporter' },
  { method: 'POST', path: '/groups/:slug/leave', handler: 'group-membership.leave', access: 'supporter' },
  { method: 'GET', path: '/groups/:slug/members', handler: 'group-membership.members', query: 'validated', access: 'supporter' },
  { method: 'PUT', path: '/groups/:slug/members/:profileSlug', handler: 'group-membership.changeRole', access: 'supporter' },
  { method: 'GET', path: '/groups/:slug/requests', handler: 'group-membership.requests', query: 'validated', access: 'supporter' },
  { method: 'POST', path: '/groups/:slug/requests/:profileSlug/approve', handler: 'group-membership.approve', access: 'supporter' },
  { method: 'POST', path: '/groups/:slug/requests/:profileSlug/reject', handler: 'group-membership.reject', access: 'supporter' },
  { method: 'GET', path: '/groups/:slug/announcements', handler: 'group-announcement.find', query: 'validated', access: 'supporter' },
  { method: 'POST', path: '/groups/:slug/announcements', handler: 'group-announcement.create', access: 'supporter' },
];
