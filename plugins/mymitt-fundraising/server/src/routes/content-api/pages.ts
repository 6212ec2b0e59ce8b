import type { FeatureRoute } from '@mymitt/plugin-kit';
import {
  createPageBody,
  createTeamBody,
  joinTeamBody,
  LEADERBOARD_LIST,
  MY_PAGES_LIST,
  pageUpdateBody,
  updatePageBody,
} from '../../validators/pages';
import { documentIdParam, slugParam } from '../../answers/compliance';
import { disclaimerMeta, ownPage, ownTeam, pageRanking, pageUpdate, publicPage, publicTeam, teamRanking } from '../../answers/pages';

const ownPageWrite = { params: documentIdParam, data: ownPage };

/**
 * Fundraising pages and teams. Literal paths come before `/pages/:slug` (`mine` and `leaderboard`
 * are reserved slugs). Public reads are `anyone`: the same for every viewer, CDN-cacheable, ETag/304.
 */
export const pageRoutes: FeatureRoute[] = [
  {
    method: 'GET',
    path: '/pages/mine',
    handler: 'pages.mine',
    query: 'validated',
    access: 'supporter',
    docs: { listSpec: MY_PAGES_LIST, data: ownPage },
  },
  { method: 'POST', path: '/pages', handler: 'pages.create', access: 'supporter', docs: { body: createPageBody, data: ownPage } },
  {
    method: 'PATCH',
    path: '/pages/:documentId',
    handler: 'pages.update',
    access: 'supporter',
    docs: { ...ownPageWrite, body: updatePageBody },
  },
  { method: 'POST', path: '/pages/:documentId/close', handler: 'pages.close', access: 'supporter', docs: ownPageWrite },
  {
    method: 'POST',
    path: '/pages/:documentId/updates',
    handler: 'pages.postUpdate',
    access: 'supporter',
    docs: { params: documentIdParam, body: pageUpdateBody, data: pageUpdate },
  },
  {
    method: 'POST',
    path: '/pages/:documentId/team',
    handler: 'pages.joinTeam',
    access: 'supporter',
    docs: { ...ownPageWrite, body: joinTeamBody },
  },
  { method: 'DELETE', path: '/pages/:documentId/team', handler: 'pages.leaveTeam', access: 'supporter', docs: ownPageWrite },
  { method: 'POST', path: '/teams', handler: 'page-teams.create', access: 'supporter', docs: { body: createTeamBody, data: ownTeam } },
  {
    method: 'GET',
    path: '/leaderboards/pages',
    handler: 'pages.leaderboard',
    query: 'validated',
    access: 'anyone',
    docs: { listSpec: LEADERBOARD_LIST, data: pageRanking },
  },
  {
    method: 'GET',
    path: '/leaderboards/teams',
    handler: 'page-teams.leaderboard',
    query: 'validated',
    access: 'anyone',
    docs: { listSpec: LEADERBOARD_LIST, data: teamRanking },
  },
  {
    method: 'GET',
    path: '/pages/:slug',
    handler: 'pages.findBySlug',
    access: 'anyone',
    docs: { params: slugParam, meta: disclaimerMeta, data: publicPage },
  },
  {
    method: 'GET',
    path: '/teams/:slug',
    handler: 'page-teams.findBySlug',
    access: 'anyone',
    docs: { params: slugParam, meta: disclaimerMeta, data: publicTeam },
  },
];
