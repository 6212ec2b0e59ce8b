import type { Core } from '@strapi/strapi';
import { afterCommit } from './after-commit';
import { enqueueOutbox, registerOutboxHandler, type OutboxDb } from './outbox/outbox';

/**
 * The `mymitt.*` domain events, name → payload: the one place both sides of an event meet, so an emitter
 * sending a field its listeners do not read (or leaving out one they need) fails `npm run typecheck`.
 * Publish inside the transaction of the change with `publishDomainEvent`, listen with `onDomainEvent`;
 * payloads carry ids only (ARCHITECTURE.md, "How plugins talk"). A durable listener (one that must not
 * miss an event: activity, receipts, order payment) gets its own outbox row per event, written in that
 * transaction; the others hear it in memory once the transaction commits (fine for a cache drop).
 */

/** Something one supporter did: `sourceId` names the thing (the same delivery twice is one activity). */
export interface SupporterActed {
  sourceId: string | number;
  /** The supporter who acted (the one credited), or null when nobody is. */
  userId: number | null;
  /** ISO instant; the listener's clock when absent. */
  occurredAt?: string;
}

/** A ledger movement of a gift: the donor gives, the fundraising page's owner raises (FEC-13). */
export interface DonationMoved extends SupporterActed {
  /** The ledger movement's Stripe object key. */
  sourceId: string;
  contributionId: number;
  purpose: string;
  /** The owner of the fundraising page credited with the gift, if any. */
  fundraiserUserId: number | null;
  /** The fundraising page credited with the gift, if any. */
  pageId?: number | null;
  amountCents: number;
  occurredAt: string;
}

/** A fundraising page went live (created without approval, or approved by staff). */
export interface PageCreated extends SupporterActed {
  /** The page's documentId. */
  sourceId: string;
  /** The page's owner. */
  userId: number;
  pageId: number;
  slug: string;
  campaignId: number | null;
  occurredAt: string;
}

export interface GroupJoined extends SupporterActed {
  groupId: number;
}

export interface SupporterRecruited extends SupporterActed {
  /** The recruit's user id. */
  sourceId: number;
  /** The recruiter, who gets the credit. */
  userId: number;
  recruitUserId: number;
}

export interface DomainEvents {
  'mymitt.donation.succeeded': DonationMoved;
  'mymitt.donation.refunded': DonationMoved;
  'mymitt.page.created': PageCreated;
  'mymitt.call.completed': SupporterActed;
  'mymitt.callday.joined': SupporterActed;
  'mymitt.event.hosted': SupporterActed;
  'mymitt.event.rsvp': SupporterActed;
  'mymitt.event.attended': SupporterActed;
  'mymitt.post.published': SupporterActed;
  'mymitt.group.joined': GroupJoined;
  'mymitt.supporter.recruited': SupporterRecruited;
  /** A store order was paid (sourceId: the order's documentId; userId: its signed-in buyer, or null for a guest). */
  'mymitt.order.paid': SupporterActed;
}

export type DomainEventName = keyof DomainEvents;

/** The durable listeners of each event, per app: the outbox handler names publishDomainEvent writes rows for. */
interface DurableListener {
  handler: string;
  when?: (payload: any) => boolean;
}

const durableListeners = new WeakMap<object, Map<DomainEventName, DurableListener[]>>();

function durableListenersOf(strapi: Core.Strapi, name: DomainEventName): DurableListener[] {
  let byName = durableListeners.get(strapi);
  if (!byName) durableListeners.set(strapi, (byName = new Map()));
  let list = byName.get(name);
  if (!list) byName.set(name, (list = []));
  return list;
}

/**
 * Publishes one domain event from inside the transaction of the change (`db`: that transaction, when
 * the caller holds it as raw knex; otherwise the ambient Strapi transaction): an outbox row per durable
 * listener, keyed by the listener and `payload.sourceId` so the same event twice is delivered once, and
 * an in-memory emit after commit for the rest.
 */
export async function publishDomainEvent<K extends DomainEventName>(strapi: Core.Strapi, name: K, payload: DomainEvents[K], db?: OutboxDb) {
  const durable = (durableListeners.get(strapi)?.get(name) ?? []).filter((listener) => !listener.when || listener.when(payload));
  if (durable.length) {
    await enqueueOutbox(
      strapi,
      durable.map(({ handler }) => ({ handler, key: `${handler}:${payload.sourceId}`, payload })),
      db
    );
  }
  await afterCommit(strapi, () => strapi.eventHub.emit(name, payload));
}

/** Emits one domain event in memory now, to in-memory listeners only (tests and scripts; code publishes). */
export function emitDomainEvent<K extends DomainEventName>(strapi: Core.Strapi, name: K, payload: DomainEvents[K]): Promise<void> {
  return strapi.eventHub.emit(name, payload);
}

export interface DomainListenerOptions {
  /**
   * Makes the listener durable under this name (e.g. `mymitt-profiles.activity`): each event reaches it
   * through the outbox, retried with backoff until it returns, so it must throw on failure and be safe to
   * run again for the same event. Register in the plugin's register() or bootstrap().
   */
  durable?: string;
  /** For a durable listener: which events it wants, decided at publish (no outbox row for the rest). */
  when?: (payload: any) => boolean;
}

/** Listens to one domain event with its catalogued payload; returns the unsubscribe function. */
export function onDomainEvent<K extends DomainEventName>(
  strapi: Core.Strapi,
  name: K,
  handler: (payload: DomainEvents[K]) => void | Promise<void>,
  options: DomainListenerOptions = {}
): () => void {
  if (options.durable) {
    const handlerName = `event:${name}:${options.durable}`;
    registerOutboxHandler(strapi, handlerName, async (payload) => {
      await handler(payload as DomainEvents[K]);
    });
    const list = durableListenersOf(strapi, name);
    const listener = { handler: handlerName, when: options.when };
    list.splice(0, list.length, ...list.filter((l) => l.handler !== handlerName), listener);
    return () => {
      const at = list.indexOf(listener);
      if (at >= 0) list.splice(at, 1);
    };
  }
  return strapi.eventHub.on(name, async (payload: DomainEvents[K]) => {
    await handler(payload);
  });
}
