import type { Core } from '@strapi/strapi';
import { validateZodSchema } from '@strapi/utils';
import { addCohostBody, createEventBody, updateEventBody } from '../../validators/events';
import { eventSearchList, myEventsList } from '../../validators/lists';
import { allowSharedCache, parseListQuery, type RequestContext } from '@mymitt/plugin-kit';
import { getService } from '../../utils/get-service';
import type { EventSearchExtra } from '../../services/events/events';

const parseCreate = validateZodSchema(createEventBody);
const parseUpdate = validateZodSchema(updateEventBody);
const parseAddCohost = validateZodSchema(addCohostBody);

/** A new event shows up in searches within this many seconds behind a CDN. */
const SEARCH_CACHE_SECONDS = 30;

const signedInUserId = (ctx: RequestContext): number | null => ctx.state.user?.id ?? null;

const events = (_: { strapi: Core.Strapi }) => ({
  /** GET /events — listed events near a ZIP (by distance) or by date, with type, date and state filters. */
  async search(ctx: RequestContext) {
    const list = parseListQuery<EventSearchExtra>(ctx, eventSearchList);
    ctx.body = await getService('events').search(list);
    allowSharedCache(ctx, SEARCH_CACHE_SECONDS);
  },

  /** GET /events/mine — the events I host, co-host or RSVPed to. */
  async mine(ctx: RequestContext) {
    ctx.body = await getService('events').mine(ctx.state.user.id, parseListQuery(ctx, myEventsList));
  },

  /** GET /events/:documentId — the street address only for organisers and confirmed attendees. */
  async findOne(ctx: RequestContext) {
    ctx.body = { data: await getService('events').findForViewer(ctx.params.documentId, signedInUserId(ctx)) };
  },

  /** POST /events — the signed-in supporter hosts; pending when staff approve events first. */
  async create(ctx: RequestContext) {
    const body = parseCreate(ctx.request.body ?? {});
    ctx.status = 201;
    ctx.body = { data: await getService('events').create(ctx.state.user.id, body) };
  },

  /** PUT /events/:documentId — host or co-host; details only (SEC-02). */
  async update(ctx: RequestContext) {
    const changes = parseUpdate(ctx.request.body ?? {});
    ctx.body = { data: await getService('events').update(ctx.state.user.id, ctx.params.documentId, changes) };
  },

  /** POST /events/:documentId/cancel — the host calls it off. */
  async cancel(ctx: RequestContext) {
    ctx.body = { data: await getService('events').cancel(ctx.state.user.id, ctx.params.documentId) };
  },

  /** POST /events/:documentId/cohosts — the host adds a co-host by profile slug. */
  async addCohost(ctx: RequestContext) {
    const { profileSlug } = parseAddCohost(ctx.request.body ?? {});
    ctx.body = { data: await getService('events').addCohost(ctx.state.user.id, ctx.params.documentId, profileSlug) };
  },

  /** DELETE /events/:documentId/cohosts/:profileSlug — the host removes a co-host. */
  async removeCohost(ctx: RequestContext) {
    ctx.body = { data: await getService('events').removeCohost(ctx.state.user.id, ctx.params.documentId, ctx.params.profileSlug) };
  },
});

export default events;
