import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { canSeeEvent, transition } from '../../domain/event-access';
import { canonicalZone, scheduleShifts, type ScheduleProblem } from '../../domain/event-schedule';
import { boundingBox, haversineMiles, roundMiles } from '../../domain/geo';
import { lookupZip } from '../../domain/zip-codes';
import { getService } from '../../utils/get-service';
import { isUniqueViolation, type ListQuery, type SortTerm } from '@mymitt/plugin-kit';
import type { CreateEventBody, UpdateEventBody } from '../../validators/events';
import { MY_EVENT_ROLES, type EventSearchExtra, type MyEventRole } from '../../validators/lists';
import { listAnswer } from '../../utils/list-answer';
import { invalidField, notFound, refused } from '../../utils/refusals';
import { queueEventNotices, type EventChange } from '../../notices/event-change-notices';
import eventRecords, {
  COHOST_UID,
  eventNotFound,
  EVENT_UID,
  SHIFT_UID,
  TABLES,
  toDate,
  toIso,
  type EventRecord,
  type QueryBuilder,
  type ShiftRecord,
} from './event-records';

const PROFILE_UID = 'plugin::mymitt-profiles.profile';
export const DEFAULT_RADIUS_MILES = 25;
/** The fields of where an event is: changing one tells its attendees (`event.changed`). */
const PLACE_FIELDS = ['venueName', 'streetAddress', 'zip'] as const;

export type { EventSearchExtra } from '../../validators/lists';

const COMPARISONS: Record<string, string> = { $eq: '=', $gt: '>', $gte: '>=', $lt: '<', $lte: '<=' };
const EVENT_COLUMNS: Record<string, string> = {
  startsAt: 'starts_at',
  title: 'title',
  startsOn: 'starts_on',
  state: 'state',
  type: 'type',
};

/** Applies `filters[field][$op]` of a list to a knex query on the events table. */
function applyFilters<Q extends QueryBuilder>(sql: Q, filters: ListQuery['filters'], fields: string[]) {
  for (const field of fields) {
    for (const [op, value] of Object.entries(filters[field] ?? {})) {
      if (op === '$in') sql.whereIn(EVENT_COLUMNS[field], value);
      else sql.where(EVENT_COLUMNS[field], COMPARISONS[op], value);
    }
  }
  return sql;
}

/** A supporter's own RSVP as the events list reads it (mymitt_event_rsvps). */
interface MyRsvpRow {
  id: number;
  documentId: string;
  eventId: number;
  shiftId: number;
  status: string;
  checkedInAt: Date | string | number | null;
}

const invalidQuery = (message: string, param: string) => new errors.ValidationError(message, { code: 'invalid_query', param });

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
  if (!place) throw invalidField('That ZIP code is not a US ZIP code we know.', 'unknown_zip', ['zip'], 'Unknown ZIP code.');
  return place;
}

const events = ({ strapi }: { strapi: Core.Strapi }) => {
  const records = eventRecords(strapi);

  async function summaries(rows: EventRecord[]) {
    const names = await records.namesOf(rows.map((r) => r.hostUserId));
    return rows.map((row) => records.summarize(row, records.nameOf(names, row.hostUserId)));
  }

  /** Listed events: published, not over yet, with the list's filters (and the pre-convention ones). */
  function listedEvents(list: ListQuery<EventSearchExtra>, now: Date) {
    const sql = records.table(TABLES.events).where('status', 'published').where('ends_at', '>', now);
    applyFilters(sql, list.filters, ['type', 'startsOn', 'state']);
    const { type, from, to } = list.extra;
    if (type) sql.where('type', type);
    if (from) sql.where('starts_on', '>=', from);
    if (to) sql.where('starts_on', '<=', to);
    return sql;
  }

  return {
    /**
     * Public search. With a ZIP: events within `radiusMiles`, nearest first, each with `distanceMiles`
     * (a bounding box on the indexed latitude/longitude narrows the rows, haversine decides).
     * Without: upcoming events by start time.
     */
    async search(list: ListQuery<EventSearchExtra>, now = new Date()) {
      const { zip, from, to } = list.extra;
      const radius = list.extra.radiusMiles ?? list.extra.radius;
      if (radius !== undefined && !zip) throw invalidQuery('A radius needs a zip.', 'radiusMiles');
      if (from && to && from > to) throw invalidQuery('`from` must not be after `to`.', 'to');
      if (!zip && list.sort.some((term) => term.field === 'distanceMiles')) {
        throw invalidQuery('Sorting by distanceMiles needs a zip.', 'sort');
      }
      if (zip) {
        const center = placeOf(zip);
        const radiusMiles = radius ?? DEFAULT_RADIUS_MILES;
        const box = boundingBox(center, radiusMiles);
        // Only what ranking needs for every row in the box; the full rows for the page alone.
        const candidates = (await listedEvents(list, now)
          .select('id', 'latitude', 'longitude', 'starts_at as startsAt')
          .whereBetween('latitude', [box.minLatitude, box.maxLatitude])
          .whereBetween('longitude', [box.minLongitude, box.maxLongitude])) as Array<
          Pick<EventRecord, 'id' | 'latitude' | 'longitude' | 'startsAt'>
        >;
        const sort: SortTerm[] = list.sort.length ? list.sort : [{ field: 'distanceMiles', order: 'asc' }];
        const keyOf = (c: { miles: number; startsAt: number }, field: string) => (field === 'distanceMiles' ? c.miles : c.startsAt);
        const nearby = candidates
          .map((event) => ({ id: event.id, startsAt: toDate(event.startsAt).getTime(), miles: haversineMiles(center, event) }))
          .filter((c) => c.miles <= radiusMiles)
          .sort((a, b) => {
            for (const term of sort) {
              const delta = keyOf(a, term.field) - keyOf(b, term.field);
              if (delta) return term.order === 'asc' ? delta : -delta;
            }
            return a.startsAt - b.startsAt || a.id - b.id;
          });
        const pageOf = nearby.slice(list.offset, list.offset + list.limit);
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
        return listAnswer(
          items.map((item, i) => ({ ...item, distanceMiles: roundMiles(pageOf[i].miles) })),
          list,
          nearby.length,
          { center: { zip: center.zip, city: center.city, state: center.state }, radiusMiles }
        );
      }

      const sort: SortTerm[] = list.sort.length ? list.sort : [{ field: 'startsAt', order: 'asc' }];
      const [[{ count }], rows] = await Promise.all([
        list.withCount ? listedEvents(list, now).count({ count: '*' }) : Promise.resolve([{ count: 0 }]),
        listedEvents(list, now)
          .select(LIST_COLUMNS)
          .orderBy([...sort.map((term) => ({ column: EVENT_COLUMNS[term.field], order: term.order })), { column: 'id', order: 'asc' }])
          .limit(list.limit)
          .offset(list.offset) as Promise<EventRecord[]>,
      ]);
      return listAnswer(await summaries(rows), list, Number(count));
    },

    /** One event as this viewer may see it; pending and rejected events are the organisers' alone. */
    async findForViewer(documentId: string, userId: number | null) {
      const event = await records.findEvent(documentId);
      const viewer = event ? await records.viewerOf(event, userId) : null;
      if (!event || !viewer || !canSeeEvent(event.status, viewer)) throw eventNotFound();
      return records.describeEvent(event, viewer, userId);
    },

    /**
     * The events the supporter hosts, co-hosts or RSVPed to (cancelled RSVPs left out), soonest first;
     * each with `myRole` and my RSVPs on it.
     */
    async mine(userId: number, list: ListQuery) {
      const roles = new Set<MyEventRole>(
        list.filters.myRole?.$in ?? (list.filters.myRole?.$eq ? [list.filters.myRole.$eq] : MY_EVENT_ROLES)
      );
      const cohosting = () => records.table(TABLES.cohosts).select('event_id').where('user_id', userId);
      const attending = () => records.table(TABLES.rsvps).select('event_id').where('user_id', userId).whereNot('status', 'cancelled');
      const matching = () => {
        const sql = records.table(TABLES.events).where((q: QueryBuilder) => {
          if (roles.has('host')) q.orWhere('host_user_id', userId);
          if (roles.has('cohost')) q.orWhereIn('id', cohosting());
          if (roles.has('attendee')) q.orWhereIn('id', attending());
        });
        const status = list.filters.status;
        if (status?.$eq) sql.where('status', status.$eq);
        if (status?.$in) sql.whereIn('status', status.$in);
        for (const [op, value] of Object.entries(list.filters.startsAt ?? {})) sql.where('starts_at', COMPARISONS[op], value);
        return sql;
      };
      const [[{ count }], rows] = await Promise.all([
        list.withCount ? matching().count({ count: '*' }) : Promise.resolve([{ count: 0 }]),
        matching()
          .select(LIST_COLUMNS)
          .orderBy([...list.sort.map((term) => ({ column: EVENT_COLUMNS[term.field], order: term.order })), { column: 'id', order: 'asc' }])
          .limit(list.limit)
          .offset(list.offset) as Promise<EventRecord[]>,
      ]);
      const eventIds = rows.map((row) => row.id);
      const [cohostRows, rsvps]: [Array<{ event_id: number }>, MyRsvpRow[]] = eventIds.length
        ? await Promise.all([
            cohosting().whereIn('event_id', eventIds),
            attending()
              .clearSelect()
              .select(
                'id',
                'document_id as documentId',
                'event_id as eventId',
                'shift_id as shiftId',
                'status',
                'checked_in_at as checkedInAt'
              )
              .whereIn('event_id', eventIds)
              .orderBy('id', 'asc'),
          ])
        : [[], []];
      const shifts = rsvps.length
        ? ((await strapi.db
            .query(SHIFT_UID)
            .findMany({ where: { id: { $in: rsvps.map((r) => Number(r.shiftId)) } } })) as ShiftRecord[])
        : [];
      const cohostOf = new Set(cohostRows.map((c) => Number(c.event_id)));
      const shiftById = new Map(shifts.map((shift) => [shift.id, shift]));
      const items = await summaries(rows);
      return listAnswer(
        rows.map((event, i) => ({
          ...items[i],
          myRole: (event.hostUserId === userId ? 'host' : cohostOf.has(event.id) ? 'cohost' : 'attendee') as MyEventRole,
          myRsvps: rsvps
            .filter((r) => Number(r.eventId) === event.id && shiftById.has(Number(r.shiftId)))
            .map((r) => ({
              documentId: r.documentId,
              status: r.status,
              checkedInAt: toIso(r.checkedInAt),
              shift: records.describeShift(shiftById.get(Number(r.shiftId))!, event.timeZone),
            }))
            .sort((a, b) => a.shift.startsAt.localeCompare(b.shift.startsAt)),
        })),
        list,
        Number(count)
      );
    },

    /** A supporter hosts an event: listed at once, or pending when staff approve events first. */
    async create(userId: number, body: CreateEventBody, now = new Date()) {
      const timeZone = canonicalZone(body.timeZone);
      if (!timeZone) {
        throw invalidField('That is not an IANA time zone (e.g. America/Denver).', 'unknown_time_zone', ['timeZone'], 'Unknown time zone.');
      }
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
      if (event.status === 'cancelled') throw refused('A cancelled event cannot be edited.', 'event_cancelled');
      const data: Record<string, unknown> = { ...changes };
      if (changes.zip !== undefined) {
        const place = placeOf(changes.zip);
        Object.assign(data, { zip: place.zip, city: place.city, state: place.state, latitude: place.latitude, longitude: place.longitude });
      }
      if (Object.keys(data).length) {
        await strapi.db.transaction(async ({ trx }) => {
          await strapi.documents(EVENT_UID).update({ documentId, data: data as any });
          // Attendees hear of a new place; an edit that leaves it as it was (a replayed one) tells nobody.
          const changed: EventChange[] = PLACE_FIELDS.some((field) => field in data && data[field] !== event[field]) ? ['place'] : [];
          if (changed.length) await queueEventNotices(strapi, 'changed', await records.getEvent(documentId), trx, changed);
        });
      }
      return this.findForViewer(documentId, userId);
    },

    /** The host calls the event off: it leaves the listings; RSVPs stay as they were, for the record. */
    async cancel(userId: number, documentId: string) {
      const event = await records.getForHost(documentId, userId);
      const next = transition(event.status, 'cancel');
      if (!next.ok) throw refused(next.reason, 'invalid_status_change', { eventStatus: event.status });
      if (next.changed) {
        await strapi.db.transaction(async ({ trx }) => {
          await strapi.documents(EVENT_UID).update({ documentId, data: { status: next.status } as any });
          await queueEventNotices(strapi, 'cancelled', await records.getEvent(documentId), trx);
        });
      }
      return this.findForViewer(documentId, userId);
    },

    /** The host adds a co-host by profile slug; adding the same one twice changes nothing. */
    async addCohost(userId: number, documentId: string, profileSlug: string) {
      const event = await records.getForHost(documentId, userId);
      const profile = await strapi.db.query(PROFILE_UID).findOne({ where: { slug: profileSlug }, select: ['userId'] });
      if (!profile) throw notFound('No supporter has that profile.', 'profile_not_found');
      if (profile.userId === event.hostUserId) throw refused('The host is already running this event.', 'host_cannot_cohost');
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
      if (!removed.count) throw notFound('That supporter is not a co-host of this event.', 'not_a_cohost');
      return this.findForViewer(documentId, userId);
    },
  };
};

export default events;
