import { z } from '@strapi/utils';
import { EVENT_STATUSES, EVENT_TYPES } from '../domain/event-access';
import { MY_EVENT_ROLES } from '../validators/lists';
import { instant } from './common';

const RSVP_STATUSES = ['confirmed', 'waitlisted', 'cancelled'] as const;

/** UTC instants, and the same times in the event's zone with its offset (2026-12-05T18:00:00-07:00). */
const timeFields = {
  startsAt: instant,
  endsAt: instant,
  startsAtLocal: z.string(),
  endsAtLocal: z.string(),
};

const position = z.object({ latitude: z.number(), longitude: z.number() });

/** A host or co-host: public name, and the profile slug (null when the supporter has no profile). */
const hostName = z.object({ displayName: z.string(), slug: z.string().nullable() });

const summaryFields = {
  documentId: z.string(),
  title: z.string(),
  type: z.enum(EVENT_TYPES),
  status: z.enum(EVENT_STATUSES),
  timeZone: z.string(),
  ...timeFields,
  venueName: z.string().nullable(),
  city: z.string().nullable(),
  state: z.string().nullable(),
  zip: z.string(),
  approximatePosition: position,
  host: hostName,
};

/** GET /events: a listed event; `distanceMiles` when searched near a ZIP. */
export const eventSearchItem = z.object({ ...summaryFields, distanceMiles: z.number().optional() });

/** GET /events near a ZIP: its `meta` also names the center and the radius searched. */
export const eventSearchMeta = {
  center: z.object({ zip: z.string(), city: z.string(), state: z.string() }).optional(),
  radiusMiles: z.number().optional(),
};

const shiftFields = {
  documentId: z.string(),
  ...timeFields,
  capacity: z.number().int(),
  confirmedCount: z.number().int(),
  seatsLeft: z.number().int(),
};

/** GET /events/mine: an event I host, co-host or RSVPed to, with my role and my RSVPs on it. */
export const myEvent = z.object({
  ...summaryFields,
  myRole: z.enum(MY_EVENT_ROLES),
  myRsvps: z.array(
    z.object({
      documentId: z.string(),
      status: z.enum(RSVP_STATUSES),
      checkedInAt: instant.nullable(),
      shift: z.object(shiftFields),
    })
  ),
});

/** One event as the viewer may see it (GET /events/:documentId and every write on an event answer it). */
export const eventDetail = z.object({
  documentId: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  type: z.enum(EVENT_TYPES),
  status: z.enum(EVENT_STATUSES),
  timeZone: z.string(),
  ...timeFields,
  host: hostName,
  cohosts: z.array(hostName),
  location: z.object({
    venueName: z.string().nullable(),
    city: z.string().nullable(),
    state: z.string().nullable(),
    zip: z.string(),
    approximatePosition: position,
    streetAddress: z.string().optional().meta({ description: 'Only for the host, co-hosts and confirmed attendees.' }),
    position: position.optional().meta({ description: 'Only for the host, co-hosts and confirmed attendees.' }),
  }),
  shifts: z.array(z.object({ ...shiftFields, waitlistCount: z.number().int() })),
  rejectionReason: z.string().nullable().optional().meta({ description: 'Only for organisers, of a rejected event.' }),
  viewer: z.object({
    isHost: z.boolean(),
    isCohost: z.boolean(),
    canSeeAddress: z.boolean(),
    rsvps: z.array(
      z.object({
        documentId: z.string(),
        shiftDocumentId: z.string().nullable(),
        status: z.enum(RSVP_STATUSES),
        checkedInAt: instant.nullable(),
      })
    ),
  }),
  createdAt: instant,
});

/** POST …/shifts/:shiftDocumentId/rsvp: my RSVP, confirmed or waitlisted (with my place in line). */
export const rsvp = z.object({
  documentId: z.string(),
  shiftDocumentId: z.string(),
  status: z.enum(RSVP_STATUSES),
  checkedInAt: instant.nullable(),
  createdAt: instant,
  waitlistPosition: z.number().int().optional(),
});

/** DELETE …/shifts/:shiftDocumentId/rsvp: my cancelled RSVP, and the waitlisted RSVP that got the seat. */
export const cancelledRsvp = z.object({ rsvp, promotedRsvpDocumentId: z.string().nullable() });

const attendeeFields = {
  rsvpDocumentId: z.string(),
  ...hostName.shape,
  status: z.enum(RSVP_STATUSES),
  checkedInAt: instant.nullable(),
  rsvpedAt: instant,
};

/** POST …/rsvps/:rsvpDocumentId/check-in: the attendee, checked in. */
export const checkedInAttendee = z.object(attendeeFields);

/** GET /events/:documentId/attendees: per shift, confirmed attendees then the waitlist in order. */
export const eventAttendees = z.object({
  documentId: z.string(),
  title: z.string(),
  timeZone: z.string(),
  shifts: z.array(
    z.object({
      ...shiftFields,
      waitlistCount: z.number().int(),
      attendees: z.array(z.object({ ...attendeeFields, waitlistPosition: z.number().int().optional() })),
    })
  ),
});
