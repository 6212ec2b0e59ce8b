import { ACTIVITY_KIND_LIST, type ActivityKindName } from '../../../shared/contracts/reports';
import type { DomainEvents, DonationMoved, SupporterActed } from '@mymitt/plugin-kit';
/**
 * How the domain events of every MyMitt plugin become activity rows. Payloads carry ids only
 * (ARCHITECTURE.md) and are typed by the kit's catalogue (`DomainEvents`); the one that names the
 * supporter who acted is `userId`. `sourceId` identifies the thing that happened, so the same event
 * delivered twice maps to the same `sourceKey`.
 */

/**
 * What the recorder reads of a delivery at run time: any catalogued payload, read defensively (a field
 * may be missing on a delivery from code outside the type-check, and such a delivery scores nothing).
 */
export interface DomainEventPayload {
  sourceId?: string | number | null;
  userId?: number | null;
  fundraiserUserId?: number | null;
  recruitUserId?: number;
  amountCents?: number;
  occurredAt?: string;
}

/** Every kind of activity that earns points: one list, shared with the admin UI (shared/contracts). */
export type ActivityKind = ActivityKindName;
export const ACTIVITY_KINDS: ActivityKind[] = [...ACTIVITY_KIND_LIST];

export interface ActivityDraft {
  userId: number;
  kind: ActivityKind;
  /** Unique per real action: the same source never counts twice. */
  sourceKey: string;
  amountCents: number;
  /** +1 for an action, -1 for its reversal (a refund): points and amounts are signed. */
  sign: 1 | -1;
  occurredAt: Date;
}

/** A mapper reads only the fields it names, so a catalogue payload without them fails the type-check. */
type Mapper<P> = (payload: P, occurredAt: Date) => ActivityDraft[];

const forUser =
  (kind: ActivityKind): Mapper<Pick<SupporterActed, 'sourceId' | 'userId'>> =>
  (p, occurredAt) =>
    p.userId ? [{ userId: p.userId, kind, sourceKey: `${kind}:${p.sourceId}`, amountCents: 0, sign: 1, occurredAt }] : [];

/** Money events credit the donor for giving and the page owner for raising; a refund reverses both. */
const money =
  (sign: 1 | -1): Mapper<Pick<DonationMoved, 'sourceId' | 'userId' | 'fundraiserUserId' | 'amountCents'>> =>
  (p, occurredAt) => {
    const amountCents = Math.trunc(p.amountCents ?? 0);
    const suffix = sign === 1 ? '' : ':refund';
    const rows: ActivityDraft[] = [];
    if (p.userId)
      rows.push({
        userId: p.userId,
        kind: 'donation.given',
        sourceKey: `donation.given:${p.sourceId}${suffix}`,
        amountCents,
        sign,
        occurredAt,
      });
    if (p.fundraiserUserId && p.fundraiserUserId !== p.userId) {
      rows.push({
        userId: p.fundraiserUserId,
        kind: 'funds.raised',
        sourceKey: `funds.raised:${p.sourceId}${suffix}`,
        amountCents,
        sign,
        occurredAt,
      });
    }
    return rows;
  };

/** The events profiles scores: every catalogued event (a new one must be scored or left out here on purpose). */
export type ActivityEventName = keyof DomainEvents;

export const DOMAIN_EVENT_MAPPERS: { [K in ActivityEventName]: Mapper<DomainEvents[K]> } = {
  'mymitt.event.hosted': forUser('event.hosted'),
  'mymitt.event.rsvp': forUser('event.rsvp'),
  'mymitt.event.attended': forUser('event.attended'),
  'mymitt.call.completed': forUser('call.completed'),
  'mymitt.callday.joined': forUser('callday.joined'),
  'mymitt.page.created': forUser('page.created'),
  'mymitt.order.paid': forUser('order.paid'),
  'mymitt.post.published': forUser('post.published'),
  'mymitt.group.joined': forUser('group.joined'),
  'mymitt.supporter.recruited': forUser('supporter.recruited'),
  'mymitt.donation.succeeded': money(1),
  'mymitt.donation.refunded': money(-1),
};

/** The activity rows one domain event stands for (none for an event this plugin does not score). */
export function activitiesFor(eventName: string, payload: DomainEventPayload, now: Date): ActivityDraft[] {
  // A delivery is read defensively; the table itself is checked against the catalogue above.
  const mapper = (DOMAIN_EVENT_MAPPERS as unknown as Record<string, Mapper<DomainEventPayload> | undefined>)[eventName];
  if (!mapper || payload?.sourceId === undefined || payload.sourceId === null || payload.sourceId === '') return [];
  const occurredAt = payload.occurredAt ? new Date(payload.occurredAt) : now;
  return mapper(payload, Number.isNaN(occurredAt.getTime()) ? now : occurredAt);
}
