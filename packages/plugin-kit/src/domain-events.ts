import type { Core } from '@strapi/strapi';

/**
 * The `mymitt.*` domain events, name → payload: the one place both sides of an event meet, so an emitter
 * sending a field its listeners do not read (or leaving out one they need) fails `npm run typecheck`.
 * Emit after commit (`afterCommit`) with `emitDomainEvent`, listen with `onDomainEvent`; payloads carry
 * ids only (ARCHITECTURE.md, "How plugins talk").
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

/** Emits one domain event with the payload the catalogue names for it (call it from `afterCommit`). */
export function emitDomainEvent<K extends DomainEventName>(strapi: Core.Strapi, name: K, payload: DomainEvents[K]): Promise<void> {
  return strapi.eventHub.emit(name, payload);
}

/** Listens to one domain event with its catalogued payload; returns the unsubscribe function. */
export function onDomainEvent<K extends DomainEventName>(
  strapi: Core.Strapi,
  name: K,
  handler: (payload: DomainEvents[K]) => void | Promise<void>
): () => void {
  return strapi.eventHub.on(name, async (payload: DomainEvents[K]) => {
    await handler(payload);
  });
}
