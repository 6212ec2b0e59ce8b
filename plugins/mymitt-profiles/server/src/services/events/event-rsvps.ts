import type { Core } from '@strapi/strapi';
import { canSeeEvent, isOpenForRsvp } from '../../domain/event-access';
import { publishDomainEvent, isUniqueViolation } from '@mymitt/plugin-kit';
import { notFound, refused } from '../../utils/refusals';
import { queueRsvpNotice } from '../../notices/event-rsvp-notices';
import eventRecords, { eventNotFound, RSVP_UID, SHIFT_UID, TABLES, toDate, toIso, type Knex, type QueryBuilder, type ShiftRecord } from './event-records';

export type RsvpStatus = 'confirmed' | 'waitlisted' | 'cancelled';

interface RsvpRecord {
  id: number;
  documentId: string;
  eventId: number;
  shiftId: number;
  userId: number;
  status: RsvpStatus;
  checkedInAt: Date | string | number | null;
  createdAt: Date | string | number;
}

/** The waitlist is first come, first served: RSVP time, then id for RSVPs in the same millisecond. */
const QUEUE_ORDER = [{ createdAt: 'asc' as const }, { id: 'asc' as const }];

/**
 * Seats, waitlists and check-in. Every change to a shift's seats runs in one transaction that first
 * locks the shift row (PostgreSQL `FOR UPDATE`; SQLite serialises writers on its single connection),
 * so the confirmed count, the RSVP rows and the waitlist always move together. The seat itself is
 * taken by a conditional increment (`confirmed_count < capacity`), which cannot overfill a shift
 * even without the lock.
 */
const eventRsvps = ({ strapi }: { strapi: Core.Strapi }) => {
  const records = eventRecords(strapi);
  const query = () => strapi.db.query(RSVP_UID);

  function lockShift(trx: Knex, shiftId: number) {
    const sql = records.table(TABLES.shifts, trx).where('id', shiftId).first('id');
    return strapi.db.dialect.client === 'postgres' ? sql.forUpdate() : sql;
  }

  /** Takes a seat if one is free: true when this call got it. */
  async function takeSeat(trx: Knex, shiftId: number) {
    const updated = await records
      .table(TABLES.shifts, trx)
      .where('id', shiftId)
      .where('confirmed_count', '<', trx.ref('capacity'))
      .increment('confirmed_count', 1);
    return Number(updated) === 1;
  }

  async function freeSeat(trx: Knex, shiftId: number) {
    await records.table(TABLES.shifts, trx).where('id', shiftId).where('confirmed_count', '>', 0).decrement('confirmed_count', 1);
  }

  /** 1 for the first in line. */
  async function waitlistPosition(rsvp: RsvpRecord) {
    const ahead = await records
      .table(TABLES.rsvps)
      .where({ shift_id: rsvp.shiftId, status: 'waitlisted' })
      .where((q: QueryBuilder) =>
        q
          .where('created_at', '<', toDate(rsvp.createdAt))
          .orWhere((q2: QueryBuilder) => q2.where('created_at', toDate(rsvp.createdAt)).where('id', '<', rsvp.id))
      )
      .count({ count: '*' });
    return Number(ahead[0].count) + 1;
  }

  /**
   * Activity source of a supporter's place on a shift: cancelling and RSVPing again (a new row) is
   * still the same action, so it never earns points twice.
   */
  const attendanceKey = (shiftId: number, userId: number) => `shift-${shiftId}:user-${userId}`;

  async function describeRsvp(rsvp: RsvpRecord, shift: ShiftRecord) {
    return {
      documentId: rsvp.documentId,
      shiftDocumentId: shift.documentId,
      status: rsvp.status,
      checkedInAt: toIso(rsvp.checkedInAt),
      createdAt: toIso(rsvp.createdAt),
      ...(rsvp.status === 'waitlisted' && { waitlistPosition: await waitlistPosition(rsvp) }),
    };
  }

  /** A shift of a listed event the supporter may RSVP to, or the reason why not. */
  async function openShift(documentId: string, shiftDocumentId: string, userId: number, now: Date) {
    const event = await records.getEvent(documentId);
    if (!canSeeEvent(event.status, await records.viewerOf(event, userId))) throw eventNotFound();
    const shift = (await strapi.db
      .query(SHIFT_UID)
      .findOne({ where: { documentId: shiftDocumentId, eventId: event.id } })) as ShiftRecord | null;
    if (!shift) throw notFound('No such shift in this event.', 'shift_not_found');
    return { event, shift, isOpen: isOpenForRsvp(event.status), hasStarted: toDate(shift.startsAt) <= now };
  }

  return {
    /**
     * RSVPs the supporter to a shift: confirmed while seats are free, else waitlisted. A second RSVP
     * to the same shift returns the first one (`created: false`).
     */
    async rsvp(userId: number, documentId: string, shiftDocumentId: string, now = new Date()) {
      const { event, shift, isOpen, hasStarted } = await openShift(documentId, shiftDocumentId, userId, now);
      if (!isOpen) throw refused(`This event is ${event.status}: it takes no RSVPs.`, 'event_not_open', { eventStatus: event.status });
      if (hasStarted) throw refused('This shift has already started.', 'shift_started');

      try {
        const { rsvp, created } = await strapi.db.transaction(async ({ trx }) => {
          await lockShift(trx, shift.id);
          const active = (await query().findOne({ where: { shiftId: shift.id, activeUserId: userId } })) as RsvpRecord | null;
          if (active) return { rsvp: active, created: false };

          const status: RsvpStatus = (await takeSeat(trx, shift.id)) ? 'confirmed' : 'waitlisted';
          const created = (await query().create({
            data: { eventId: event.id, shiftId: shift.id, userId, activeUserId: userId, status },
          })) as RsvpRecord;
          await publishDomainEvent(strapi, 'mymitt.event.rsvp', {
            sourceId: attendanceKey(shift.id, userId),
            userId,
            occurredAt: now.toISOString(),
          });
          // The supporter hears of the seat (with the address) or of their place in line.
          await queueRsvpNotice(strapi, status, created.id, trx);
          return { rsvp: created, created: true };
        });
        return { rsvp: await describeRsvp(rsvp, shift), created };
      } catch (error) {
        // Without the row lock (or across instances) a twin request can win the unique index: answer with its RSVP.
        if (!isUniqueViolation(error)) throw error;
        const active = (await query().findOne({ where: { shiftId: shift.id, activeUserId: userId } })) as RsvpRecord | null;
        if (!active) throw error;
        return { rsvp: await describeRsvp(active, shift), created: false };
      }
    },

    /**
     * Cancels the supporter's RSVP on a shift. A confirmed seat goes to the first on the waitlist in
     * the same transaction, or back to the pool when nobody waits.
     */
    async cancel(userId: number, documentId: string, shiftDocumentId: string, now = new Date()) {
      const { shift } = await openShift(documentId, shiftDocumentId, userId, now);
      const { cancelled, promoted } = await strapi.db.transaction(async ({ trx }) => {
        await lockShift(trx, shift.id);
        const active = (await query().findOne({ where: { shiftId: shift.id, activeUserId: userId } })) as RsvpRecord | null;
        if (!active) throw notFound('You have no RSVP on this shift.', 'no_rsvp_on_shift');

        const cancelledRsvp = (await query().update({
          where: { id: active.id },
          data: { status: 'cancelled', activeUserId: null, cancelledAt: now },
        })) as RsvpRecord;
        let promotedRsvp: RsvpRecord | null = null;
        if (active.status === 'confirmed') {
          const next = (await query().findOne({
            where: { shiftId: shift.id, status: 'waitlisted' },
            orderBy: QUEUE_ORDER,
          })) as RsvpRecord | null;
          if (next) {
            promotedRsvp = (await query().update({ where: { id: next.id }, data: { status: 'confirmed' } })) as RsvpRecord;
            await queueRsvpNotice(strapi, 'promoted', promotedRsvp.id, trx);
          } else await freeSeat(trx, shift.id);
        }
        return { cancelled: cancelledRsvp, promoted: promotedRsvp };
      });
      return { rsvp: await describeRsvp(cancelled, shift), promotedRsvpDocumentId: promoted?.documentId ?? null };
    },

    /** The attendee list, per shift: confirmed first, then the waitlist in order. Organisers only. */
    async attendees(userId: number, documentId: string) {
      const { event } = await records.getForOrganiser(documentId, userId);
      const shifts = await records.shiftsOf(event.id);
      const rsvps = (await query().findMany({
        where: { eventId: event.id, status: { $in: ['confirmed', 'waitlisted'] } },
        orderBy: QUEUE_ORDER,
      })) as RsvpRecord[];
      const names = await records.namesOf(rsvps.map((r) => r.userId));

      return {
        documentId: event.documentId,
        title: event.title,
        timeZone: event.timeZone,
        shifts: shifts.map((shift) => {
          const ofShift = rsvps.filter((r) => r.shiftId === shift.id);
          const confirmed = ofShift.filter((r) => r.status === 'confirmed');
          const waitlisted = ofShift.filter((r) => r.status === 'waitlisted');
          const attendee = (r: RsvpRecord, position?: number) => ({
            rsvpDocumentId: r.documentId,
            ...records.nameOf(names, r.userId),
            status: r.status,
            checkedInAt: toIso(r.checkedInAt),
            rsvpedAt: toIso(r.createdAt),
            ...(position !== undefined && { waitlistPosition: position }),
          });
          return {
            ...records.describeShift(shift, event.timeZone, waitlisted.length),
            attendees: [...confirmed.map((r) => attendee(r)), ...waitlisted.map((r, i) => attendee(r, i + 1))],
          };
        }),
      };
    },

    /** Checks a confirmed attendee in (once); the first check-in records `mymitt.event.attended`. */
    async checkIn(userId: number, documentId: string, rsvpDocumentId: string, now = new Date()) {
      const { event } = await records.getForOrganiser(documentId, userId);
      const rsvp = (await query().findOne({ where: { documentId: rsvpDocumentId, eventId: event.id } })) as RsvpRecord | null;
      if (!rsvp) throw notFound('No such RSVP in this event.', 'rsvp_not_found');
      if (rsvp.status !== 'confirmed') {
        throw refused('Only confirmed attendees can be checked in.', 'rsvp_not_confirmed', { rsvpStatus: rsvp.status });
      }

      // The check-in and its event's outbox row commit together.
      await strapi.db.transaction(async ({ trx }) => {
        const updated = await records
          .table(TABLES.rsvps, trx)
          .where({ id: rsvp.id, status: 'confirmed' })
          .whereNull('checked_in_at')
          .update({ checked_in_at: now, updated_at: now });
        if (Number(updated) === 1) {
          await publishDomainEvent(
            strapi,
            'mymitt.event.attended',
            { sourceId: attendanceKey(rsvp.shiftId, rsvp.userId), userId: rsvp.userId, occurredAt: now.toISOString() },
            trx
          );
        }
      });
      const current = (await query().findOne({ where: { id: rsvp.id } })) as RsvpRecord;
      const [name] = (await records.namesOf([rsvp.userId])).values();
      return {
        rsvpDocumentId: current.documentId,
        ...(name ?? records.nameOf(new Map(), rsvp.userId)),
        status: current.status,
        checkedInAt: toIso(current.checkedInAt),
        rsvpedAt: toIso(current.createdAt),
      };
    },
  };
};

export default eventRsvps;
