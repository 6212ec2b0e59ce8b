import type { Core } from '@strapi/strapi';
import { validateZodSchema } from '@strapi/utils';
import { allowSharedCache, paginationMeta, parseListQuery, type RequestContext } from '@mymitt/plugin-kit';
import { getService } from '../../utils/get-service';
import { PAGE_LEADERBOARD_TTL_SECONDS, PUBLIC_PAGE_TTL_SECONDS } from '../../services/pages/pages';
import { createPageBody, joinTeamBody, MY_PAGES_LIST, pageUpdateBody, updatePageBody } from '../../validators/pages';
import { sendRendered } from './send-rendered';
import { parseLeaderboardQuery } from './leaderboard-query';

const parseCreate = validateZodSchema(createPageBody);
const parseUpdate = validateZodSchema(updatePageBody);
const parsePageUpdate = validateZodSchema(pageUpdateBody);
const parseJoin = validateZodSchema(joinTeamBody);

/** Personal fundraising pages: the owner's writes (supporter) and the public reads (anyone). */
const pages = (_: { strapi: Core.Strapi }) => ({
  /** POST /pages — the caller's new page (201). */
  async create(ctx: RequestContext) {
    const body = await parseCreate(ctx.request.body ?? {});
    ctx.status = 201;
    ctx.body = { data: await getService('pages').create(ctx.state.user.id, body) };
  },

  /** GET /pages/mine — the caller's pages with their figures and donors, one page at a time. */
  async mine(ctx: RequestContext) {
    const list = parseListQuery(ctx, MY_PAGES_LIST);
    const { pages, total } = await getService('pages').mine(ctx.state.user.id, list);
    ctx.body = { data: pages, meta: { pagination: paginationMeta(list, total) } };
  },

  /** PATCH /pages/:documentId — edit the caller's page (403 on another's, SEC-01). */
  async update(ctx: RequestContext) {
    const body = await parseUpdate(ctx.request.body ?? {});
    ctx.body = { data: await getService('pages').update(ctx.state.user.id, ctx.params.documentId, body) };
  },

  /** POST /pages/:documentId/close */
  async close(ctx: RequestContext) {
    ctx.body = { data: await getService('pages').close(ctx.state.user.id, ctx.params.documentId) };
  },

  /** POST /pages/:documentId/updates — a short note on the page (201). */
  async postUpdate(ctx: RequestContext) {
    const { text } = await parsePageUpdate(ctx.request.body ?? {});
    ctx.status = 201;
    ctx.body = { data: await getService('pages').postUpdate(ctx.state.user.id, ctx.params.documentId, text) };
  },

  /** POST /pages/:documentId/team — the caller's page joins a team. */
  async joinTeam(ctx: RequestContext) {
    const { teamSlug } = await parseJoin(ctx.request.body ?? {});
    ctx.body = { data: await getService('pages').joinTeam(ctx.state.user.id, ctx.params.documentId, teamSlug) };
  },

  /** DELETE /pages/:documentId/team — the caller's page leaves its team. */
  async leaveTeam(ctx: RequestContext) {
    ctx.body = { data: await getService('pages').leaveTeam(ctx.state.user.id, ctx.params.documentId) };
  },

  /** GET /pages/:slug — public page with thermometer, honor roll, updates and disclaimer; ETag/304. */
  async findBySlug(ctx: RequestContext) {
    sendRendered(ctx, await getService('pages').publicPage(ctx.params.slug), PUBLIC_PAGE_TTL_SECONDS, 'No such fundraising page.');
  },

  /** GET /leaderboards/pages?filters[state][$eq]=NH&pagination[pageSize]=25 */
  async leaderboard(ctx: RequestContext) {
    const list = parseLeaderboardQuery(ctx);
    const { entries, total } = await getService('pages').leaderboard(list);
    allowSharedCache(ctx, PAGE_LEADERBOARD_TTL_SECONDS);
    ctx.body = { data: entries, meta: { pagination: paginationMeta(list, total) } };
  },
});

export default pages;
