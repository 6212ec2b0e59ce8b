/**
 * Who may see and do what with a hosted event. Pure rules: the service works out the viewer's
 * relation to the event and asks here.
 */

export const EVENT_TYPES = ['house-party', 'phone-bank', 'canvass', 'meet-and-greet', 'fundraiser', 'watch-party'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const EVENT_STATUSES = ['pending', 'published', 'rejected', 'cancelled'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export interface EventViewer {
  isHost: boolean;
  isCohost: boolean;
  /** Holds a confirmed RSVP on at least one shift (waitlisted and cancelled ones do not count). */
  hasConfirmedRsvp: boolean;
}

export const NOBODY: EventViewer = { isHost: false, isCohost: false, hasConfirmedRsvp: false };

/** Hosts and co-hosts run the event: they edit it, see the attendee list and check people in. */
export function isOrganiser(viewer: EventViewer): boolean {
  return viewer.isHost || viewer.isCohost;
}

/** Events waiting for staff or turned down are seen by their organisers only; others get a 404. */
export function canSeeEvent(status: EventStatus, viewer: EventViewer): boolean {
  return status === 'published' || status === 'cancelled' || isOrganiser(viewer);
}

/** The street address (and exact position) is for organisers and confirmed attendees only. */
export function canSeeStreetAddress(viewer: EventViewer): boolean {
  return isOrganiser(viewer) || viewer.hasConfirmedRsvp;
}

/** Supporters may RSVP only to events that are listed. */
export function isOpenForRsvp(status: EventStatus): boolean {
  return status === 'published';
}

export type StatusChange = 'approve' | 'reject' | 'cancel';
export type Transition = { ok: true; status: EventStatus; changed: boolean } | { ok: false; reason: string };

const ALLOWED_FROM: Record<StatusChange, { to: EventStatus; from: EventStatus[] }> = {
  // Staff may approve an event they rejected earlier, and take down one already listed.
  approve: { to: 'published', from: ['pending', 'rejected'] },
  reject: { to: 'rejected', from: ['pending', 'published'] },
  cancel: { to: 'cancelled', from: ['pending', 'published', 'rejected'] },
};

/** The status after a staff decision or a host's cancellation; repeating a change is a no-op. */
export function transition(current: EventStatus, change: StatusChange): Transition {
  const rule = ALLOWED_FROM[change];
  if (current === rule.to) return { ok: true, status: current, changed: false };
  if (!rule.from.includes(current)) return { ok: false, reason: `A ${current} event cannot be changed that way (${change}).` };
  return { ok: true, status: rule.to, changed: true };
}
