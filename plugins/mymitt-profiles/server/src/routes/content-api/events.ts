import type { FeatureRoute } from '@mymitt/plugin-kit';
import { z } from '@strapi/utils';
import { addCohostBody, createEventBody, updateEventBody } from '../../validators/events';
import { eventSearchList, myEventsList } from '../../validators/lists';
import {
  cancelledRsvp,
  checkedInAttendee,
  eventAttendees,
  eventDetail,
  eventSearchItem,
  myEvent,
  rsvp,
  eventSearchMeta,
} from '../../answers/events';
import { documentIdParam } from '../../answers/common';

const shiftParams = { ...documentIdParam, shiftDocumentId: z.string() };
/** The event as the viewer may see it: GET answers it, and so does every write on the event. */
const oneEvent = { params: documentIdParam, data: eventDetail };

// `/events/mine` must come before `/events/:documentId`.
export const eventsRoutes: FeatureRoute[] = [
  {
    method: 'GET',
    path: '/events',
    handler: 'events.search',
    query: 'validated',
    access: 'anyone',
    docs: { listSpec: eventSearchList, meta: eventSearchMeta, data: eventSearchItem },
  },
  {
    method: 'GET',
    path: '/events/mine',
    handler: 'events.mine',
    query: 'validated',
    access: 'supporter',
    docs: { listSpec: myEventsList, data: myEvent },
  },
  { method: 'GET', path: '/events/:documentId', handler: 'events.findOne', access: 'public', docs: oneEvent },
  { method: 'POST', path: '/events', handler: 'events.create', access: 'supporter', docs: { body: createEventBody, data: eventDetail } },
  {
    method: 'PUT',
    path: '/events/:documentId',
    handler: 'events.update',
    access: 'supporter',
    docs: { ...oneEvent, body: updateEventBody },
  },
  { method: 'POST', path: '/events/:documentId/cancel', handler: 'events.cancel', access: 'supporter', docs: oneEvent },
  {
    method: 'POST',
    path: '/events/:documentId/shifts/:shiftDocumentId/rsvp',
    handler: 'event-rsvps.create',
    access: 'supporter',
    docs: { params: shiftParams, data: rsvp },
  },
  {
    method: 'DELETE',
    path: '/events/:documentId/shifts/:shiftDocumentId/rsvp',
    handler: 'event-rsvps.cancel',
    access: 'supporter',
    docs: { params: shiftParams, data: cancelledRsvp },
  },
  {
    method: 'GET',
    path: '/events/:documentId/attendees',
    handler: 'event-rsvps.attendees',
    access: 'supporter',
    docs: { params: documentIdParam, data: eventAttendees },
  },
  {
    method: 'POST',
    path: '/events/:documentId/rsvps/:rsvpDocumentId/check-in',
    handler: 'event-rsvps.checkIn',
    access: 'supporter',
    docs: { params: { ...documentIdParam, rsvpDocumentId: z.string() }, data: checkedInAttendee },
  },
  {
    method: 'POST',
    path: '/events/:documentId/cohosts',
    handler: 'events.addCohost',
    access: 'supporter',
    docs: { ...oneEvent, body: addCohostBody },
  },
  {
    method: 'DELETE',
    path: '/events/:documentId/cohosts/:profileSlug',
    handler: 'events.removeCohost',
    access: 'supporter',
    docs: { params: { ...documentIdParam, profileSlug: z.string() }, data: eventDetail },
  },
];
