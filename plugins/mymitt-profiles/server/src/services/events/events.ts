import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { canSeeEvent, transition } from '../../domain/event-access';
import { canonicalZone, scheduleShifts, type ScheduleProblem } from '../../domain/event-schedule';
import { boundingBox, haversineMiles, roundMiles } from '../../domain/geo';
import { lookupZip } from '../../domain/zip-codes';
import { getService } from '../../utils/get-service';
import { isUniqueViolation } from '@mymitt/plugin-kit';
import type { CreateEventBody, SearchEventsQuery, UpdateEventBody } from '../../validators/events';
import eventRecords, { COHOST_UID, EVENT_UID, RSVP_UID, SHIFT_UID, TABLES, toDate, type EventRecord } from './event-records';

const PROFILE_UID = 'plugin::mymitt-profiles.profile';
export const DEFAULT_RADIUS_MILES = 25;
/** How many events of each kind "my events" lists. */
const MINE_LIMIT = 100;

/** The columns a listing needs (never the street address). */
const LIST_COLUMNS = [
  'id',
  'document_id as documentId',
  'title',
  'type',
  'status',
  'time_zone as timeZone',
  'host_user_id as hostUserId',
  'venue_name as venueName',
  'city',
  'state',
  'zip',
  'latitude',
  'longitude',
  'starts_at as startsAt',
  'ends_at as endsAt',
];

function invalid(message: string, problems: ScheduleProblem[]) {
  return new errors.ValidationError(message, {
    errors: problems.map((p) => ({ path: p.path.map(String), message: p.message, name: 'ValidationError' })),
  });
}

function placeOf(zip: string) {
  const place = lookupZip(zip);
  if (!place) throw invalid('That ZIP code is not a US ZIP code we know.', [{ path: ['zip'], message: 'Unknown ZIP code.' }]);
  return place;
}

function pagination(page: number, pageSize: number, total: number) {
  return { page, pageSize, total, pageCount: Math.ceil(total / pageSize) };
}

const events = ({ strapi }: { strapi: Core.Strapi }) => {
  const records = eventRecords(strapi);

  async function summaries(rows: EventRecord[]) {
    const names = await records.namesOf(rows.map((r) => r.hostUserId));
    return rows.map((row) => records.summarize(row, records.nameOf(names, row.hostUserId)));
  }

  /** Listed events: published, not over yet, with the type and local-date filters. */
  function listedEvents(query: SearchEventsQuery, now: Date) {
    const sql = records.table(TABLES.events).where('status', 'published').where('ends_at', '>', now);
    if (query.type) sql.where('type', query.type);
    if (query.from) sql.where('starts_on', '>=', query.from);
    if (query.to) sql.where('starts_on', '<=', query.to);
    return sql;
  }

  return {
    /**
     * Public search. With a ZIP: events within the radius, nearest first, each with `distanceMiles`
     * (a bounding box on the indexed latitude/longitude narrows the rows, haversine decides).
     * Without: upcoming events by start time.
     */
    async search(query: SearchEventsQuery, now = new Date()) {
      const { page, pageSize } = query;
      if (query.zip) {
        const center = placeOf(query.zip);
        const radiusMiles = query.radius ?? DEFAULT_RADIUS_MILES;
        const box = boundingBox(center, radiusMiles);
        // Only what ranking needs for every row in the box; the full rows for the page alone.
        const candidates = (await listedEvents(query, now)
          .select('id', 'latitude', 'longitude', 'starts_at as startsAt')
          .whereBetween('latitude', [box.minLatitude, box.maxLatitude])
          .whereBetween('longitude', [box.minLongitude, box.maxLongitude])) as Array<
          Pick<EventRecord, 'id' | 'latitude' | 'longitude' | 'startsAt'>
        >;
        const nearby = candidates
          .map((event) => ({ id: event.id, startsAt: toDate(event.startsAt).getTime(), miles: haversineMiles(center, event) }))
          .filter((c) => c.miles <= radiusMiles)
          .sort((a, b) => a.miles - b.miles || a.startsAt - b.startsAt || a.id - b.id);
        const pageOf = nearby.slice((page - 1) * pageSize, page * pageSize);
        const rows = pageOf.length
          ? ((await records
              .table(TABLES.events)
              .select(LIST_COLUMNS)
              .whereIn(
                'id',
                pageOf.map((c) => c.id)
              )) as EventRecord[])
          : [];
        const rowById = new Map(rows.map((row) => [row.id, row]));
        const items = await summaries(pageOf.map((c) => rowById.get(c.id)!));
        return {
          data: items.map((item, i) => ({ ...item, distanceMiles: roundMiles(pageOf[i].miles) })),
          meta: {
            pagination: pagination(page, pageSize, nearby.length),
            center: { zip: center.zip, city: center.city, state: center.state },
            radiusMiles,
          },
        };
      }

      const [{ count }] = await listedEvents(query, now).count({ count: '*' });
      const rows = (await listedEvents(query, now)
        .select(LIST_COLUMNS)
        .orderBy([
          { column: 'starts_at', order: 'asc' },
          { column: 'id', order: 'asc' },
        ])
        .limit(pageSize)
        .offset((page - 1) * pageSize)) as EventRecord[];
      return { data: await summaries(rows), meta: { pagination: pagination(page, pageSize, Number(count)) } };
    },

    /** One event as this viewer may see it; pending and rejected events are the organisers' alone. */
    async findForViewer(documentId: string, userId: number | null) {
      const event = await records.findEvent(documentId);
      const viewer = event ? await records.viewerOf(event, userId) : null;
      if (!event || !viewer || !canSeeEvent(event.status, viewer)) throw new errors.NotFoundError('No such event.');
      return records.describeEvent(event, viewer, userId);
    },

    /** What the supporter hosts, co-hosts and has RSVPed to (cancelled RSVPs left out). */
    async mine(userId: number) {
      const hosting = (await strapi.db
        .query(EVENT_UID)
        .findMany({ where: { hostUserId: userId }, orderBy: [{ startsAt: 'asc' }, { id: 'asc' }], limit: MINE_LIMIT })) as EventRecord[];
      const cohostRows = (await strapi.db.query(COHOST_UID).findMany({ where: { userId }, limit: MINE_LIMIT })) as any[];
      const cohosting = cohostRows.length
        ? ((await strapi.db.query(EVENT_UID).findMany({
            where: { id: { $in: cohostRows.map((c) => c.eventId) } },
            orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
          })) as EventRecord[])
        : [];
      const rsvps = (await strapi.db.query(RSVP_UID).findMany({
        where: { userId, status: { $ne: 'cancelled' } },
        orderBy: { id: 'desc' },
        limit: MINE_LIMIT,
      })) as any[];
      const rsvpEvents = rsvps.length
        ? ((await strapi.db.query(EVENT_UID).findMany({ where: { id: { $in: rsvps.map((r) => r.eventId) } } })) as EventRecord[])
        : [];
      const rsvpShifts = rsvps.length
        ? ((await strapi.db.query(SHIFT_UID).findMany({ where: { id: { $in: rsvps.map((r) => r.shiftId) } } })) as any[])
        : [];

      const eventById = new Map(rsvpEvents.map((e) => [e.id, e]));
      const shiftById = new Map(rsvpShifts.map((s) => [s.id, s]));
      const summaryById = new Map((await summaries(rsvpEvents)).map((s, i) => [rsvpEvents[i].id, s]));
      return {
        hosting: await summaries(hosting),
        cohosting: await summaries(cohosting),
        rsvps: rsvps
          .filter((r) => eventById.has(r.eventId) && shiftById.has(r.shiftId))
          .map((r) => {
            const event = eventById.get(r.eventId)!;
            return {
              id: r.id,
              status: r.status,
              checkedInAt: r.checkedInAt ? toDate(r.checkedInAt).toISOString() : null,
              shift: records.describeShift(shiftById.get(r.shiftId), event.timeZone),
              event: summaryById.get(event.id),
            };
          })
          .sort((a, b) => a.shift.startsAt.localeCompare(b.shift.startsAt)),
      };
    },

    /** A supporter hosts an event: listed at once, or pending when staff approve events first. */
    async create(userId: number, body: CreateEventBody, now = new Date()) {
      const timeZone = canonicalZone(body.timeZone);
      if (!timeZone)
        throw invalid('That is not an IANA time zone (e.g. America/Denver).', [{ path: ['timeZone'], message: 'Unknown time zone.' }]);
      const place = placeOf(body.zip);
      const scheduled = scheduleShifts(body.shifts, timeZone, now);
      if (!scheduled.ok) throw invalid(scheduled.problems[0].message, scheduled.problems);
      const { schedule } = scheduled;
      const { requireEventApproval } = await getService('settings').get();
      const status = requireEventApproval ? 'pending' : 'published';

      const documentId = await strapi.db.transaction(async () => {
        const event = await strapi.documents(EVENT_UID).create({
          data: {
            title: body.title,
            description: body.description ?? null,
            type: body.type,
            timeZone,
            hostUserId: userId,
            status,
            venueName: body.venueName ?? null,
            streetAddress: body.streetAddress,
            city: place.city,
            state: place.state,
            zip: place.zip,
            // The ZIP centroid: we do not geocode street addresses.
            latitude: place.latitude,
            longitude: place.longitude,
            startsAt: schedule.startsAt,
            endsAt: schedule.endsAt,
            startsOn: schedule.startsOn,
          } as any,
        });
        for (const shift of schedule.shifts) {
          await strapi.db.query(SHIFT_UID).create({
            data: {
              eventId: (event as any).id,
              startsAt: shift.startsAt,
              endsAt: shift.endsAt,
              capacity: shift.capacity,
              confirmedCount: 0,
            },
          });
        }
        if (status === 'published') await records.emitHosted({ documentId: event.documentId, hostUserId: userId });
        return event.documentId as string;
      });
      return this.findForViewer(documentId, userId);
    },

    /** The host or a co-host edits the details; a new ZIP moves city, state and position with it. */
    async update(userId: number, documentId: string, changes: UpdateEventBody) {
      const { event } = await records.getForOrganiser(documentId, userId);
      if (event.status === 'cancelled') throw new errors.ApplicationError('A cancelled event cannot be edited.');
      const data: Record<string, unknown> = { ...changes };
      if (changes.zip !== undefined) {
        const place = placeOf(changes.zip);
        Object.assign(data, { zip: place.zip, city: place.city, state: place.state, latitude: place.latitude, longitude: place.longitude });
      }
      if (Object.keys(data).length) await strapi.documents(EVENT_UID).update({ documentId, data: data as any });
      return this.findForViewer(documentId, userId);
    },

    /** The host calls the event off: it leaves the listings; RSVPs stay as they were, for the record. */
    async cancel(userId: number, documentId: string) {
      const event = await records.getForHost(documentId, userId);
      const next = transition(event.status, 'cancel');
      if (!next.ok) throw new errors.ApplicationError(next.reason);
      if (next.changed) await strapi.documents(EVENT_UID).update({ documentId, data: { status: next.status } as any });
      return this.findForViewer(documentId, userId);
    },

    /** The host adds a co-host by profile slug; adding the same one twice changes nothing. */
    async addCohost(userId: number, documentId: string, profileSlug: string) {
      const event = await records.getForHost(documentId, userId);
      const profile = await strapi.db.query(PROFILE_UID).findOne({ where: { slug: profileSlug }, select: ['userId'] });
      if (!profile) throw new errors.NotFoundError('No supporter has that profile.');
      if (profile.userId === event.hostUserId) throw new errors.ApplicationError('The host is already running this event.');
      const existing = await strapi.db.query(COHOST_UID).findOne({ where: { eventId: event.id, userId: profile.userId } });
      if (!existing) {
        try {
          await strapi.db.query(COHOST_UID).create({ data: { eventId: event.id, userId: profile.userId } });
        } catch (error) {
          if (!isUniqueViolation(error)) throw error;
        }
      }
      return this.findForViewer(documentId, userId);
    },

    /** The host removes a co-host. */
    async removeCohost(userId: number, documentId: string, profileSlug: string) {
      const event = await records.getForHost(documentId, userId);
      const profile = await strapi.db.query(PROFILE_UID).findOne({ where: { slug: profileSlug }, select: ['userId'] });
      const removed = profile
        ? await strapi.db.query(COHOST_UID).deleteMany({ where: { eventId: event.id, userId: profile.userId } })
        : { count: 0 };
      if (!removed.count) throw new errors.NotFoundError('That supporter is not a co-host of this event.');
      return this.findForViewer(documentId, userId);
    },
  };
};

export default events;
