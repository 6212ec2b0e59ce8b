import { z } from '@strapi/utils';
import { EVENT_TYPES } from '../domain/event-access';
import { LOCAL_WALL_TIME, MAX_SHIFTS } from '../domain/event-schedule';
import { US_ZIP } from '../domain/zip-codes';

const localTime = z.string().regex(LOCAL_WALL_TIME, 'Give a local time without offset, e.g. 2026-12-05T18:00.');

const shiftBody = z
  .object({
    startsAt: localTime,
    endsAt: localTime,
    capacity: z.number().int().min(1).max(10000),
  })
  .strict();

/** The fields of an event its host and co-hosts may set; status, host and position are ours (SEC-02). */
const eventFields = {
  title: z.string().trim().min(3).max(120),
  description: z.string().trim().max(5000).nullable(),
  type: z.enum(EVENT_TYPES),
  venueName: z.string().trim().max(120).nullable(),
  streetAddress: z.string().trim().min(3).max(200),
  zip: z.string().trim().regex(US_ZIP, 'ZIP must be 5 digits or ZIP+4 (12345-6789).'),
};

/** POST /events: a new event with its time zone and shifts (local wall times in that zone). */
export const createEventBody = z
  .object({
    ...eventFields,
    description: eventFields.description.optional(),
    venueName: eventFields.venueName.optional(),
    timeZone: z.string().trim().min(1).max(64),
    shifts: z.array(shiftBody).min(1).max(MAX_SHIFTS),
  })
  .strict();
export type CreateEventBody = z.infer<typeof createEventBody>;

/** PUT /events/:documentId: details only; the time zone and shifts stay as created (RSVPs hang on them). */
export const updateEventBody = z.object(eventFields).partial().strict();
export type UpdateEventBody = z.infer<typeof updateEventBody>;

/** POST /events/:documentId/cohosts */
export const addCohostBody = z.object({ profileSlug: z.string().trim().min(1).max(60) }).strict();

const page = z.coerce.number().int().min(1).max(10000).default(1);
const pageSize = z.coerce.number().int().min(1).max(100).default(25);

/** Admin: GET /moderation/events */
export const moderationEventsQuery = z
  .object({
    status: z.enum(['pending', 'all']).default('pending'),
    page,
    pageSize,
  })
  .strict();
export type ModerationEventsQuery = z.infer<typeof moderationEventsQuery>;

/** Admin: POST /moderation/events/:documentId/reject */
export const rejectEventBody = z.object({ reason: z.string().trim().max(1000).optional() }).strict();
