import type { RequestContext } from '@mymitt/plugin-kit';
import type { Core } from '@strapi/strapi';
import { getService } from '../../utils/get-service';

const eventRsvps = (_: { strapi: Core.Strapi }) => ({
  /** POST /events/:documentId/shifts/:shiftDocumentId/rsvp — 201 with a seat or a waitlist place; 200 when already RSVPed. */
  async create(ctx: RequestContext) {
    const { documentId, shiftDocumentId } = ctx.params;
    const { rsvp, created } = await getService('event-rsvps').rsvp(ctx.state.user.id, documentId, shiftDocumentId);
    ctx.status = created ? 201 : 200;
    ctx.body = { data: rsvp };
  },

  /** DELETE /events/:documentId/shifts/:shiftDocumentId/rsvp — cancels mine; a freed seat goes to the first in line. */
  async cancel(ctx: RequestContext) {
    const { documentId, shiftDocumentId } = ctx.params;
    ctx.body = { data: await getService('event-rsvps').cancel(ctx.state.user.id, documentId, shiftDocumentId) };
  },

  /** GET /events/:documentId/attendees — host and co-hosts only. */
  async attendees(ctx: RequestContext) {
    ctx.body = { data: await getService('event-rsvps').attendees(ctx.state.user.id, ctx.params.documentId) };
  },

  /** POST /events/:documentId/rsvps/:rsvpDocumentId/check-in — host and co-hosts; confirmed attendees only. */
  async checkIn(ctx: RequestContext) {
    const { documentId, rsvpDocumentId } = ctx.params;
    ctx.body = { data: await getService('event-rsvps').checkIn(ctx.state.user.id, documentId, rsvpDocumentId) };
  },
});

export default eventRsvps;
