import type { Core } from '@strapi/strapi';
import { validateZodSchema } from '@strapi/utils';
import { numericId } from '../../validators/events';
import { getService } from '../../utils/get-service';

const parseId = validateZodSchema(numericId);

const eventRsvps = (_: { strapi: Core.Strapi }) => ({
  /** POST /events/:documentId/shifts/:shiftId/rsvp — 201 with a seat or a waitlist place; 200 when already RSVPed. */
  async create(ctx: any) {
    const shiftId = parseId(ctx.params.shiftId, 'Shift ids are numbers.');
    const { rsvp, created } = await getService('event-rsvps').rsvp(ctx.state.user.id, ctx.params.documentId, shiftId);
    ctx.status = created ? 201 : 200;
    ctx.body = { data: rsvp };
  },

  /** DELETE /events/:documentId/shifts/:shiftId/rsvp — cancels mine; a freed seat goes to the first in line. */
  async cancel(ctx: any) {
    const shiftId = parseId(ctx.params.shiftId, 'Shift ids are numbers.');
    ctx.body = { data: await getService('event-rsvps').cancel(ctx.state.user.id, ctx.params.documentId, shiftId) };
  },

  /** GET /events/:documentId/attendees — host and co-hosts only. */
  async attendees(ctx: any) {
    ctx.body = { data: await getService('event-rsvps').attendees(ctx.state.user.id, ctx.params.documentId) };
  },

  /** POST /events/:documentId/rsvps/:rsvpId/check-in — host and co-hosts; confirmed attendees only. */
  async checkIn(ctx: any) {
    const rsvpId = parseId(ctx.params.rsvpId, 'RSVP ids are numbers.');
    ctx.body = { data: await getService('event-rsvps').checkIn(ctx.state.user.id, ctx.params.documentId, rsvpId) };
  },
});

export default eventRsvps;
