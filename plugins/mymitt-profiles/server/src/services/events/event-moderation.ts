import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { transition, type StatusChange } from '../../domain/event-access';
import type { ModerationEventsQuery } from '../../validators/events';
import { queueEventNotices } from '../../notices/event-change-notices';
import eventRecords, { EVENT_UID, toIso, type EventRecord } from './event-records';

/**
 * Staff approval of hosted events (when the `requireEventApproval` setting is on), served to the
 * admin under /mymitt-profiles/moderation/events. Items follow /work/briefs/contracts.md.
 */
const eventModeration = ({ strapi }: { strapi: Core.Strapi }) => {
  const records = eventRecords(strapi);

  async function items(events: EventRecord[]) {
    const names = await records.namesOf(events.map((e) => e.hostUserId));
    return events.map((event) => {
      const host = records.nameOf(names, event.hostUserId);
      return {
        documentId: event.documentId,
        title: event.title,
        type: event.type,
        hostDisplayName: host.displayName,
        hostSlug: host.slug,
        city: event.city,
        state: event.state,
        zip: event.zip,
        timeZone: event.timeZone,
        firstShiftStartsAt: toIso(event.startsAt),
        status: event.status,
        createdAt: toIso(event.createdAt),
      };
    });
  }

  async function decide(documentId: string, change: StatusChange, data: Record<string, unknown> = {}) {
    const event = await records.getEvent(documentId);
    const next = transition(event.status, change);
    if (!next.ok) throw new errors.ApplicationError(next.reason);
    if (next.changed) {
      await strapi.db.transaction(async ({ trx }) => {
        await strapi.documents(EVENT_UID).update({ documentId, data: { status: next.status, ...data } as any });
        if (next.status === 'published') {
          await records.emitHosted({ documentId, hostUserId: event.hostUserId });
        }
        // A listed event taken down is off for the supporters who had a place on it.
        if (event.status === 'published' && next.status === 'rejected') {
          await queueEventNotices(strapi, 'cancelled', await records.getEvent(documentId), trx);
        }
      });
    }
    const [item] = await items([(await records.getEvent(documentId)) as EventRecord]);
    return item;
  }

  return {
    /** The approval queue (oldest first), or every event (newest first). */
    async list({ status, page, pageSize }: ModerationEventsQuery) {
      const where = status === 'pending' ? { status: 'pending' } : {};
      const orderBy =
        status === 'pending'
          ? [{ createdAt: 'asc' as const }, { id: 'asc' as const }]
          : [{ createdAt: 'desc' as const }, { id: 'desc' as const }];
      const [events, total] = await Promise.all([
        strapi.db.query(EVENT_UID).findMany({ where, orderBy, limit: pageSize, offset: (page - 1) * pageSize }),
        strapi.db.query(EVENT_UID).count({ where }),
      ]);
      return {
        data: await items(events as EventRecord[]),
        meta: { pagination: { page, pageSize, total, pageCount: Math.ceil(total / pageSize) } },
      };
    },

    /** Lists the event; its host gets `mymitt.event.hosted` once it commits. */
    approve(documentId: string) {
      return decide(documentId, 'approve', { rejectionReason: null });
    },

    /** Turns the event down (or takes a listed one down); the reason is shown to its organisers. */
    reject(documentId: string, reason?: string) {
      return decide(documentId, 'reject', { rejectionReason: reason ?? null });
    },
  };
};

export default eventModeration;
