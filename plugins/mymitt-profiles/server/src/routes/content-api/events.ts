import type { FeatureRoute } from '@mymitt/plugin-kit';

// `/events/mine` must come before `/events/:documentId`.
export const eventsRoutes: FeatureRoute[] = [
  { method: 'GET', path: '/events', handler: 'events.search', query: 'validated', access: 'anyone' },
  { method: 'GET', path: '/events/mine', handler: 'events.mine', query: 'validated', access: 'supporter' },
  { method: 'GET', path: '/events/:documentId', handler: 'events.findOne', access: 'public' },
  { method: 'POST', path: '/events', handler: 'events.create', access: 'supporter' },
  { method: 'PUT', path: '/events/:documentId', handler: 'events.update', access: 'supporter' },
  { method: 'POST', path: '/events/:documentId/cancel', handler: 'events.cancel', access: 'supporter' },
  { method: 'POST', path: '/events/:documentId/shifts/:shiftDocumentId/rsvp', handler: 'event-rsvps.create', access: 'supporter' },
  { method: 'DELETE', path: '/events/:documentId/shifts/:shiftDocumentId/rsvp', handler: 'event-rsvps.cancel', access: 'supporter' },
  { method: 'GET', path: '/events/:documentId/attendees', handler: 'event-rsvps.attendees', access: 'supporter' },
  { method: 'POST', path: '/events/:documentId/rsvps/:rsvpDocumentId/check-in', handler: 'event-rsvps.checkIn', access: 'supporter' },
  { method: 'POST', path: '/events/:documentId/cohosts', handler: 'events.addCohost', access: 'supporter' },
  { method: 'DELETE', path: '/events/:documentId/cohosts/:profileSlug', handler: 'events.removeCohost', access: 'supporter' },
];
