import type { Core } from '@strapi/strapi';
import type { NoticeLocale } from '@mymitt/plugin-kit';
import { EVENT_UID, RSVP_UID, SHIFT_UID, TABLES, toDate, type EventRecord, type ShiftRecord } from '../services/events/event-records';

/** What event notices read at delivery: the RSVP, its shift and event as they are now, in words. */

export interface RsvpRow {
  id: number;
  eventId: number;
  shiftId: number;
  userId: number;
  status: 'confirmed' | 'waitlisted' | 'cancelled';
  createdAt: Date | string | number;
}

const TAGS: Record<NoticeLocale, string> = { en: 'en-US', es: 'es-US' };

export const findRsvp = async (strapi: Core.Strapi, id: number) =>
  (await strapi.db.query(RSVP_UID).findOne({ where: { id } })) as RsvpRow | null;

export const findEventById = async (strapi: Core.Strapi, id: number) =>
  (await strapi.db.query(EVENT_UID).findOne({ where: { id } })) as EventRecord | null;

export const findShift = async (strapi: Core.Strapi, id: number) =>
  (await strapi.db.query(SHIFT_UID).findOne({ where: { id } })) as ShiftRecord | null;

/** A shift's time in the event's zone, as the reader's language writes it: "Saturday, December 5, 2026, 6:00 – 9:00 PM MST". */
export function shiftTime(shift: Pick<ShiftRecord, 'startsAt' | 'endsAt'>, timeZone: string, locale: NoticeLocale): string {
  const format = new Intl.DateTimeFormat(TAGS[locale], {
    weekday: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  });
  return format.formatRange(toDate(shift.startsAt), toDate(shift.endsAt));
}

/** The town, never the street: what anyone may read of where an event is. */
export const areaOf = (event: Pick<EventRecord, 'city' | 'state' | 'zip'>) =>
  [event.city, [event.state, event.zip].filter(Boolean).join(' ')].filter(Boolean).join(', ');

/** The full street address: for confirmed attendees only (and the event's organisers). */
export const addressOf = (event: Pick<EventRecord, 'streetAddress' | 'city' | 'state' | 'zip'>) =>
  [event.streetAddress, areaOf(event)].filter(Boolean).join(', ');

/** 1 for the first in line on the shift's waitlist (RSVP time, then id). */
export async function waitlistPosition(strapi: Core.Strapi, rsvp: RsvpRow): Promise<number> {
  const schema = strapi.db.getSchemaName();
  const table = schema ? strapi.db.connection(TABLES.rsvps).withSchema(schema) : strapi.db.connection(TABLES.rsvps);
  const createdAt = toDate(rsvp.createdAt);
  const [{ count }] = await table
    .where({ shift_id: rsvp.shiftId, status: 'waitlisted' })
    .where((q: any) => q.where('created_at', '<', createdAt).orWhere((q2: any) => q2.where('created_at', createdAt).where('id', '<', rsvp.id)))
    .count({ count: '*' });
  return Number(count) + 1;
}

/** The shifts a supporter holds a place on (confirmed or waitlisted), soonest first. */
export async function activeRsvpsOf(strapi: Core.Strapi, eventId: number, userId: number) {
  const rsvps = (await strapi.db.query(RSVP_UID).findMany({
    where: { eventId, userId, status: { $in: ['confirmed', 'waitlisted'] } },
    orderBy: [{ id: 'asc' }],
  })) as RsvpRow[];
  const shifts = rsvps.length
    ? ((await strapi.db.query(SHIFT_UID).findMany({ where: { id: { $in: rsvps.map((r) => r.shiftId) } } })) as ShiftRecord[])
    : [];
  const byId = new Map(shifts.map((s) => [s.id, s]));
  return rsvps
    .filter((r) => byId.has(r.shiftId))
    .map((rsvp) => ({ rsvp, shift: byId.get(rsvp.shiftId)! }))
    .sort((a, b) => toDate(a.shift.startsAt).getTime() - toDate(b.shift.startsAt).getTime());
}
