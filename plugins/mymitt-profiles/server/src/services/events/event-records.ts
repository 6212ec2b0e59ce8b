import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { approximatePosition } from '../../domain/geo';
import { canSeeStreetAddress, isOrganiser, NOBODY, type EventStatus, type EventViewer } from '../../domain/event-access';
import { utcToLocalIso } from '../../domain/event-schedule';
import { publishDomainEvent, type DbCount } from '@mymitt/plugin-kit';
import { forbidden } from '../../utils/refusals';

/**
 * Reading events and shaping them for output: shared by hosting, RSVPs and staff approval. Every
 * response is built here from explicit field lists, so the street address, exact position and user
 * ids leave only through `describeEvent` for those `canSeeStreetAddress` lets in (SEC-03).
 */

export const EVENT_UID = 'plugin::mymitt-profiles.event';
export const SHIFT_UID = 'plugin::mymitt-profiles.event-shift';
export const RSVP_UID = 'plugin::mymitt-profiles.event-rsvp';
export const COHOST_UID = 'plugin::mymitt-profiles.event-cohost';
const PROFILE_UID = 'plugin::mymitt-profiles.profile';

export const TABLES = {
  events: 'mymitt_events',
  shifts: 'mymitt_event_shifts',
  rsvps: 'mymitt_event_rsvps',
  cohosts: 'mymitt_event_cohosts',
} as const;

export type Knex = Core.Strapi['db']['connection'];
/** A knex query builder (where-callbacks, filters applied to a query). */
export type QueryBuilder = ReturnType<Knex['queryBuilder']>;

/** The event row as the query engine returns it (private fields included: never send it as is). */
export interface EventRecord {
  id: number;
  documentId: string;
  title: string;
  description: string | null;
  type: string;
  timeZone: string;
  hostUserId: number;
  status: EventStatus;
  rejectionReason: string | null;
  venueName: string | null;
  streetAddress: string;
  city: string | null;
  state: string | null;
  zip: string;
  latitude: number;
  longitude: number;
  startsAt: Date | string | number;
  endsAt: Date | string | number;
  createdAt: Date | string | number;
  updatedAt: Date | string | number;
}

export interface ShiftRecord {
  id: number;
  documentId: string;
  eventId: number;
  startsAt: Date | string | number;
  endsAt: Date | string | number;
  capacity: number;
  confirmedCount: number;
}

export interface HostName {
  displayName: string;
  slug: string | null;
}

/** Datetimes come back as Date (PostgreSQL, query engine) or epoch milliseconds (raw SQLite). */
export const toDate = (value: Date | string | number) => (value instanceof Date ? value : new Date(value));
export const toIso = (value: Date | string | number | null | undefined) => (value == null ? null : toDate(value).toISOString());

export function timesOf(record: { startsAt: Date | string | number; endsAt: Date | string | number }, zone: string) {
  const startsAt = toDate(record.startsAt);
  const endsAt = toDate(record.endsAt);
  return {
    startsAt: startsAt.toISOString(),
    endsAt: endsAt.toISOString(),
    startsAtLocal: utcToLocalIso(startsAt, zone),
    endsAtLocal: utcToLocalIso(endsAt, zone),
  };
}

export const eventNotFound = () => new errors.NotFoundError('No such event.', { code: 'event_not_found' });

const UNKNOWN_SUPPORTER: HostName = { displayName: 'A supporter', slug: null };

const eventRecords = (strapi: Core.Strapi) => {
  /** A table in the right schema, on the transaction when one is given (raw knex does not join it by itself). */
  function table(name: string, trx?: Knex) {
    const knex = trx ?? strapi.db.connection;
    const schema = strapi.db.getSchemaName();
    return schema ? knex(name).withSchema(schema) : knex(name);
  }

  async function namesOf(userIds: number[]): Promise<Map<number, HostName>> {
    const unique = [...new Set(userIds)];
    if (!unique.length) return new Map();
    const profiles: Array<{ userId: number; displayName: string; slug: string }> = await strapi.db
      .query(PROFILE_UID)
      .findMany({ where: { userId: { $in: unique } }, select: ['userId', 'displayName', 'slug'] });
    return new Map(profiles.map((p) => [p.userId, { displayName: p.displayName, slug: p.slug }]));
  }

  async function findEvent(documentId: string): Promise<EventRecord | null> {
    return (await strapi.db.query(EVENT_UID).findOne({ where: { documentId } })) as EventRecord | null;
  }

  return {
    table,
    namesOf,
    findEvent,

    nameOf: (names: Map<number, HostName>, userId: number) => names.get(userId) ?? UNKNOWN_SUPPORTER,

    /** `mymitt.event.hosted` for the host, once the write that published the event commits. */
    emitHosted(event: { documentId: string; hostUserId: number }) {
      return publishDomainEvent(strapi, 'mymitt.event.hosted', {
        sourceId: event.documentId,
        userId: event.hostUserId,
        occurredAt: new Date().toISOString(),
      });
    },

    /** The event or a 404. */
    async getEvent(documentId: string): Promise<EventRecord> {
      const event = await findEvent(documentId);
      if (!event) throw eventNotFound();
      return event;
    },

    /** How `userId` (null: not signed in) relates to the event. */
    async viewerOf(event: EventRecord, userId: number | null): Promise<EventViewer> {
      if (!userId) return NOBODY;
      const [cohost, confirmed] = await Promise.all([
        strapi.db.query(COHOST_UID).count({ where: { eventId: event.id, userId } }),
        strapi.db.query(RSVP_UID).count({ where: { eventId: event.id, userId, status: 'confirmed' } }),
      ]);
      return { isHost: event.hostUserId === userId, isCohost: cohost > 0, hasConfirmedRsvp: confirmed > 0 };
    },

    /** The event for its host or a co-host; anyone else gets a 403 (SEC-01). */
    async getForOrganiser(documentId: string, userId: number) {
      const event = await this.getEvent(documentId);
      const viewer = await this.viewerOf(event, userId);
      if (!isOrganiser(viewer)) throw forbidden('Only the host and co-hosts of this event may do that.', 'not_event_organizer');
      return { event, viewer };
    },

    /** The event for its host only (cancel, co-hosts). */
    async getForHost(documentId: string, userId: number) {
      const event = await this.getEvent(documentId);
      if (event.hostUserId !== userId) throw forbidden('Only the host of this event may do that.', 'not_event_host');
      return event;
    },

    async shiftsOf(eventId: number): Promise<ShiftRecord[]> {
      return (await strapi.db
        .query(SHIFT_UID)
        .findMany({ where: { eventId }, orderBy: [{ startsAt: 'asc' }, { id: 'asc' }] })) as ShiftRecord[];
    },

    /** A shift with its seats: capacity, confirmed, left, and (when counted) how many wait. */
    describeShift(shift: ShiftRecord, zone: string, waitlistCount?: number) {
      return {
        documentId: shift.documentId,
        ...timesOf(shift, zone),
        capacity: shift.capacity,
        confirmedCount: shift.confirmedCount,
        seatsLeft: Math.max(0, shift.capacity - shift.confirmedCount),
        ...(waitlistCount !== undefined && { waitlistCount }),
      };
    },

    /** The list view of an event: public fields only, whoever asks. */
    summarize(event: EventRecord, host: HostName) {
      return {
        documentId: event.documentId,
        title: event.title,
        type: event.type,
        status: event.status,
        timeZone: event.timeZone,
        ...timesOf(event, event.timeZone),
        venueName: event.venueName ?? null,
        city: event.city,
        state: event.state,
        zip: event.zip,
        approximatePosition: approximatePosition(event),
        host,
      };
    },

    /** The full view of an event as `viewer` may see it: the address only for organisers and confirmed attendees. */
    async describeEvent(event: EventRecord, viewer: EventViewer, userId: number | null) {
      const shifts = await this.shiftsOf(event.id);
      const waiting: Array<{ shiftId: number; count: DbCount }> = await table(TABLES.rsvps)
        .select('shift_id as shiftId')
        .count({ count: '*' })
        .where({ event_id: event.id, status: 'waitlisted' })
        .groupBy('shift_id');
      const waitlistByShift = new Map<number, number>(waiting.map((w) => [Number(w.shiftId), Number(w.count)]));
      const cohosts = (await strapi.db.query(COHOST_UID).findMany({ where: { eventId: event.id }, orderBy: { id: 'asc' } })) as Array<{
        userId: number;
      }>;
      const names = await namesOf([event.hostUserId, ...cohosts.map((c) => c.userId)]);
      const myRsvps: Array<{ documentId: string; shiftId: number; status: string; checkedInAt: Date | string | null }> = userId
        ? await strapi.db.query(RSVP_UID).findMany({
            where: { eventId: event.id, userId, status: { $ne: 'cancelled' } },
            select: ['documentId', 'shiftId', 'status', 'checkedInAt'],
          })
        : [];

      const shiftDocumentIds = new Map(shifts.map((s) => [s.id, s.documentId]));
      const showAddress = canSeeStreetAddress(viewer);
      const organiser = isOrganiser(viewer);
      return {
        documentId: event.documentId,
        title: event.title,
        description: event.description ?? null,
        type: event.type,
        status: event.status,
        timeZone: event.timeZone,
        ...timesOf(event, event.timeZone),
        host: this.nameOf(names, event.hostUserId),
        cohosts: cohosts.map((c) => this.nameOf(names, c.userId)),
        location: {
          venueName: event.venueName ?? null,
          city: event.city,
          state: event.state,
          zip: event.zip,
          approximatePosition: approximatePosition(event),
          ...(showAddress && {
            streetAddress: event.streetAddress,
            position: { latitude: event.latitude, longitude: event.longitude },
          }),
        },
        shifts: shifts.map((s) => this.describeShift(s, event.timeZone, waitlistByShift.get(s.id) ?? 0)),
        ...(organiser && event.status === 'rejected' && { rejectionReason: event.rejectionReason ?? null }),
        viewer: {
          isHost: viewer.isHost,
          isCohost: viewer.isCohost,
          canSeeAddress: showAddress,
          rsvps: myRsvps.map((r) => ({
            documentId: r.documentId,
            shiftDocumentId: shiftDocumentIds.get(r.shiftId) ?? null,
            status: r.status,
            checkedInAt: toIso(r.checkedInAt),
          })),
        },
        createdAt: toIso(event.createdAt),
      };
    },
  };
};

export type EventRecords = ReturnType<typeof eventRecords>;
export default eventRecords;
