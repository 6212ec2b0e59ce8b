/**
 * What a verified Stripe event means for the ledger, as data: which contribution it names, which money
 * movements it carries (each keyed by the Stripe object that moved the money, so two events carrying
 * the same movement make one row), and what it changes on the contribution. No database here.
 */
import type { LedgerKind } from './ledger-money';

export interface StripeEventLike {
  id: string;
  type: string;
  livemode?: boolean;
  created?: number;
  data: { object: any; previous_attributes?: any };
}

/** How to find the contribution an event is about, most specific first. */
export interface ContributionLookup {
  contributionId?: number;
  checkoutSessionId?: string;
  paymentIntentId?: string;
  subscriptionId?: string;
}

export interface Movement {
  kind: LedgerKind;
  /** Unique per real money movement: `payment:pi_…`, `invoice:in_…`, `refund:re_…`, `dispute:dp_…`, `dispute_won:dp_…`. */
  stripeObjectKey: string;
  amountCents: number;
  occurredAt: Date;
  paymentIntentId?: string;
}

export interface ContributionPatch {
  paymentIntentId?: string;
  subscriptionId?: string;
  customerId?: string;
  failedAt?: Date;
  recurringCancelledAt?: Date;
  /** The paying card's fingerprint (FEC-03: one card is one donor), from `charge.succeeded`. */
  cardFingerprint?: string;
}

export interface EventPlan {
  /** false: a type this handler does not act on (recorded as `ignored`). */
  handled: boolean;
  lookup: ContributionLookup;
  movements: Movement[];
  patch: ContributionPatch;
  /** invoice.paid: a recurring installment (FEC-12 hook). */
  installment?: boolean;
}

const id = (value: unknown): string | undefined =>
  typeof value === 'string' && value
    ? value
    : value && typeof value === 'object' && typeof (value as any).id === 'string'
      ? (value as any).id
      : undefined;

const toInt = (value: unknown): number | undefined => {
  const n = Number(value);
  return Number.isSafeInteger(n) && n > 0 ? n : undefined;
};

const at = (seconds: unknown, fallback: Date) => (typeof seconds === 'number' && seconds > 0 ? new Date(seconds * 1000) : fallback);

const ignored = (): EventPlan => ({ handled: false, lookup: {}, movements: [], patch: {} });

function planCheckoutSession(session: any, paid: boolean, failed: boolean, when: Date): EventPlan {
  const paymentIntentId = id(session.payment_intent);
  const subscriptionId = id(session.subscription);
  const plan: EventPlan = {
    handled: true,
    lookup: {
      checkoutSessionId: id(session.id),
      contributionId: toInt(session.metadata?.contributionId) ?? toInt(session.client_reference_id),
    },
    movements: [],
    patch: { paymentIntentId, subscriptionId, customerId: id(session.customer), ...(failed && { failedAt: when }) },
  };
  // Subscription money arrives as invoices (invoice.paid, keyed by invoice): the session's first
  // payment is that same money, so it is not counted here a second time.
  const amount = Number(session.amount_total ?? 0);
  if (paid && session.mode !== 'subscription' && paymentIntentId && amount > 0) {
    plan.movements.push({
      kind: 'charge',
      stripeObjectKey: `payment:${paymentIntentId}`,
      amountCents: amount,
      occurredAt: when,
      paymentIntentId,
    });
  }
  return plan;
}

function planInvoicePaid(invoice: any, when: Date): EventPlan {
  const details = invoice.parent?.subscription_details ?? invoice.subscription_details ?? {};
  const subscriptionId = id(invoice.subscription) ?? id(details.subscription);
  const paymentIntentId = id(invoice.payment_intent) ?? id(invoice.payments?.data?.[0]?.payment?.payment_intent);
  const amount = Number(invoice.amount_paid ?? 0);
  return {
    handled: true,
    installment: true,
    lookup: { contributionId: toInt(details.metadata?.contributionId ?? invoice.metadata?.contributionId), subscriptionId },
    movements:
      amount > 0
        ? [
            {
              kind: 'charge',
              stripeObjectKey: `invoice:${invoice.id}`,
              amountCents: amount,
              occurredAt: at(invoice.status_transitions?.paid_at, when),
              paymentIntentId,
            },
          ]
        : [],
    patch: { subscriptionId, customerId: id(invoice.customer) },
  };
}

/**
 * One negative row per refund id, so partial refunds add up and a replay of the cumulative charge
 * object changes nothing. Without an expanded refund list, the cumulative `amount_refunded` step
 * named by previous_attributes stands for the refund.
 */
function planChargeRefunded(event: StripeEventLike, when: Date): EventPlan {
  const charge = event.data.object;
  const paymentIntentId = id(charge.payment_intent);
  const movements: Movement[] = [];
  const refunds: any[] = charge.refunds?.data ?? [];
  if (refunds.length > 0) {
    for (const refund of refunds) {
      if (refund.status === 'failed' || refund.status === 'canceled' || !(Number(refund.amount) > 0)) continue;
      movements.push({
        kind: 'refund',
        stripeObjectKey: `refund:${refund.id}`,
        amountCents: -Number(refund.amount),
        occurredAt: at(refund.created, when),
        paymentIntentId,
      });
    }
  } else {
    const total = Number(charge.amount_refunded ?? 0);
    const before = Number(event.data.previous_attributes?.amount_refunded ?? 0);
    if (total > before) {
      movements.push({
        kind: 'refund',
        stripeObjectKey: `refund:${charge.id}:${total}`,
        amountCents: before - total,
        occurredAt: when,
        paymentIntentId,
      });
    }
  }
  return { handled: true, lookup: { contributionId: toInt(charge.metadata?.contributionId), paymentIntentId }, movements, patch: {} };
}

function planDispute(dispute: any, closed: boolean, when: Date): EventPlan {
  const paymentIntentId = id(dispute.payment_intent);
  const amount = Number(dispute.amount ?? 0);
  const movements: Movement[] = [];
  if (amount > 0) {
    // The withdrawal happened whatever event tells us (created, or closed if created never came).
    movements.push({
      kind: 'dispute',
      stripeObjectKey: `dispute:${dispute.id}`,
      amountCents: -amount,
      occurredAt: at(dispute.created, when),
      paymentIntentId,
    });
    if (closed && dispute.status === 'won') {
      movements.push({
        kind: 'dispute_reversal',
        stripeObjectKey: `dispute_won:${dispute.id}`,
        amountCents: amount,
        occurredAt: when,
        paymentIntentId,
      });
    }
  }
  return { handled: true, lookup: { contributionId: toInt(dispute.metadata?.contributionId), paymentIntentId }, movements, patch: {} };
}

/**
 * No money (the session or invoice event books it): the card's fingerprint, which links gifts paid with
 * one card number under any name (FEC-03). Found by the payment intent's metadata or, for an
 * installment, by its payment intent; parked until then like any early event.
 */
function planChargeSucceeded(charge: any): EventPlan {
  const fingerprint = charge.payment_method_details?.card?.fingerprint;
  if (typeof fingerprint !== 'string' || !fingerprint) return ignored();
  return {
    handled: true,
    lookup: { contributionId: toInt(charge.metadata?.contributionId), paymentIntentId: id(charge.payment_intent) },
    movements: [],
    patch: { cardFingerprint: fingerprint.slice(0, 64) },
  };
}

/** The plan for one verified event; `now` stands in when Stripe gives no time for a movement. */
export function planStripeEvent(event: StripeEventLike, now = new Date()): EventPlan {
  const object = event.data?.object ?? {};
  const when = at(event.created, now);
  switch (event.type) {
    case 'checkout.session.completed':
      return planCheckoutSession(object, object.payment_status === 'paid', false, when);
    case 'checkout.session.async_payment_succeeded':
      return planCheckoutSession(object, true, false, when);
    case 'checkout.session.async_payment_failed':
      return planCheckoutSession(object, false, true, when);
    // The donor left without paying: the contribution will never be money (it stops counting as pending).
    case 'checkout.session.expired':
      return planCheckoutSession(object, false, true, when);
    case 'invoice.paid':
      return planInvoicePaid(object, when);
    case 'charge.refunded':
      return planChargeRefunded(event, when);
    case 'charge.dispute.created':
      return planDispute(object, false, when);
    case 'charge.dispute.closed':
      return planDispute(object, true, when);
    case 'charge.succeeded':
      return planChargeSucceeded(object);
    case 'customer.subscription.deleted':
      return {
        handled: true,
        lookup: { contributionId: toInt(object.metadata?.contributionId), subscriptionId: id(object.id) },
        movements: [],
        patch: { recurringCancelledAt: at(object.ended_at ?? object.canceled_at, when) },
      };
    default:
      return ignored();
  }
}

/**
 * Keys that, once linked to a contribution, let a parked event find it: the payment intent for
 * refunds and disputes, the subscription for invoices, the session for checkout events.
 */
export function waitingKeys(lookup: ContributionLookup): string[] {
  const keys: string[] = [];
  if (lookup.checkoutSessionId) keys.push(`cs:${lookup.checkoutSessionId}`);
  if (lookup.paymentIntentId) keys.push(`pi:${lookup.paymentIntentId}`);
  if (lookup.subscriptionId) keys.push(`sub:${lookup.subscriptionId}`);
  if (lookup.contributionId) keys.push(`contribution:${lookup.contributionId}`);
  return keys;
}
