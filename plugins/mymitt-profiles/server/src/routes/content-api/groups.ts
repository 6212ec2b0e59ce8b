import type { FeatureRoute } from '@mymitt/plugin-kit';
import { z } from '@strapi/utils';
import { changeMemberRoleBody, createGroupBody, emptyBody, postAnnouncementBody, updateGroupBody } from '../../validators/groups';
import { groupAnnouncementsList, groupMembersList, groupRequestsList, groupSearchList, myGroupsList } from '../../validators/lists';
import { announcement, groupDetail, groupMember, groupSummary, joinRequest, memberRole, membership, myGroup } from '../../answers/groups';
import { slugParam } from '../../answers/common';

const memberParams = { ...slugParam, profileSlug: z.string() };
/** Join, leave, approve and reject take no fields (an empty `{ data: {} }` or no body) and answer the membership. */
const membershipChange = (params: Record<string, z.ZodType>) => ({ params, body: emptyBody, data: membership });

// `/groups/mine` must come before `/groups/:slug` (group slugs never take the value "mine").
export const groupsRoutes: FeatureRoute[] = [
  {
    method: 'GET',
    path: '/groups',
    handler: 'group.find',
    query: 'validated',
    access: 'anyone',
    docs: { listSpec: groupSearchList, data: groupSummary },
  },
  {
    method: 'GET',
    path: '/groups/mine',
    handler: 'group.mine',
    query: 'validated',
    access: 'supporter',
    docs: { listSpec: myGroupsList, data: myGroup },
  },
  { method: 'POST', path: '/groups', handler: 'group.create', access: 'supporter', docs: { body: createGroupBody, data: groupDetail } },
  {
    method: 'GET',
    path: '/groups/:slug',
    handler: 'group.findOne',
    query: 'validated',
    access: 'public',
    docs: { params: slugParam, data: groupDetail },
  },
  {
    method: 'PUT',
    path: '/groups/:slug',
    handler: 'group.update',
    access: 'supporter',
    docs: { params: slugParam, body: updateGroupBody, data: groupDetail },
  },
  { method: 'POST', path: '/groups/:slug/join', handler: 'group-membership.join', access: 'supporter', docs: membershipChange(slugParam) },
  {
    method: 'POST',
    path: '/groups/:slug/leave',
    handler: 'group-membership.leave',
    access: 'supporter',
    docs: membershipChange(slugParam),
  },
  {
    method: 'GET',
    path: '/groups/:slug/members',
    handler: 'group-membership.members',
    query: 'validated',
    access: 'supporter',
    docs: { params: slugParam, listSpec: groupMembersList, data: groupMember },
  },
  {
    method: 'PUT',
    path: '/groups/:slug/members/:profileSlug',
    handler: 'group-membership.changeRole',
    access: 'supporter',
    docs: { params: memberParams, body: changeMemberRoleBody, data: memberRole },
  },
  {
    method: 'GET',
    path: '/groups/:slug/requests',
    handler: 'group-membership.requests',
    query: 'validated',
    access: 'supporter',
    docs: { params: slugParam, listSpec: groupRequestsList, data: joinRequest },
  },
  {
    method: 'POST',
    path: '/groups/:slug/requests/:profileSlug/approve',
    handler: 'group-membership.approve',
    access: 'supporter',
    docs: membershipChange(memberParams),
  },
  {
    method: 'POST',
    path: '/groups/:slug/requests/:profileSlug/reject',
    handler: 'group-membership.reject',
    access: 'supporter',
    docs: membershipChange(memberParams),
  },
  {
    method: 'GET',
    path: '/groups/:slug/announcements',
    handler: 'group-announcement.find',
    query: 'validated',
    access: 'supporter',
    docs: { params: slugParam, listSpec: groupAnnouncementsList, data: announcement },
  },
  {
    method: 'POST',
    path: '/groups/:slug/announcements',
    handler: 'group-announcement.create',
    access: 'supporter',
    docs: { params: slugParam, body: postAnnouncementBody, data: announcement },
  },
];
