import { randomBytes, randomUUID } from 'crypto';
import Stripe from 'stripe';
import type { Core } from '@strapi/strapi';
import { TABLES, type ContributionRecord } from '../ledger/tables';
import type { CheckoutRequest, CheckoutSession } from './checkout-gateway';

/**
 * The offline stand-in for Stripe Checkout (`npm run develop` without keys; never in production, see
 * gatewayName): a local "hosted checkout" page completes or declines the payment and delivers the
 * events Stripe would send, signed with a per-process secret, over HTTP to our own webhook, where the
 * ordinary verification (STR-01) and ledger code handle them.
 */
const SANDBOX_SECRET = `whsec_sandbox_${randomBytes(24).toString('hex')}`;

export const SANDBOX_PATH = '/api/mymitt-fundraising/sandbox/checkout';

export function sandboxWebhookSecret() {
  return SANDBOX_SECRET;
}

export function createSandboxSession(request: CheckoutRequest, origin: string): CheckoutSession {
  const id = `cs_sandbox_${randomUUID().replace(/-/g, '')}`;
  return { id, url: `${origin}${SANDBOX_PATH}/${id}` };
}

const suffix = () => randomUUID().replace(/-/g, '').slice(0, 24);

/**
 * The Stripe ids of one sandbox checkout, derived from its session id (as Stripe fixes a session's
 * payment intent once): however often its events are sent, they carry the same event ids and money
 * keys, so the webhook books them once (STR-02).
 */
export function sandboxIds(checkoutSessionId: string) {
  const token = checkoutSessionId.replace(/^cs_sandbox_/, '');
  return {
    paymentIntentId: `pi_sandbox_${token}`,
    subscriptionId: `sub_sandbox_${token}`,
    customerId: `cus_sandbox_${token}`,
    invoiceId: `in_sandbox_${token}`,
    eventId: (name: string) => `evt_sandbox_${token}_${name}`,
  };
}

/** A sandbox checkout still open: neither paid (its payment intent or subscription is linked) nor declined. */
export function isSandboxCheckoutOpen(contribution: ContributionRecord) {
  return contribution.status === 'pending' && !contribution.failedAt && !contribution.paymentIntentId && !contribution.subscriptionId;
}

/**
 * The first Pay or Decline click wins: ONE conditional UPDATE links the payment intent (or
 * subscription) or marks the gift failed, only while the checkout is open. Atomic on SQLite (one
 * writer) and PostgreSQL (a concurrent UPDATE waits for the row, then re-checks the WHERE and matches
 * nothing). Only the winner delivers events; the webhook then finds the ids already linked.
 */
export async function claimSandboxCheckout(
  strapi: Core.Strapi,
  contribution: ContributionRecord,
  outcome: 'complete' | 'decline',
  now = new Date()
) {
  const ids = sandboxIds(String(contribution.checkoutSessionId));
  const claim =
    outcome === 'decline'
      ? { failed_at: now }
      : contribution.recurring
        ? { subscription_id: ids.subscriptionId }
        : { payment_intent_id: ids.paymentIntentId };
  const updated = await strapi.db
    .connection(TABLES.contributions)
    .where({ id: contribution.id, status: 'pending' })
    .whereNull('failed_at')
    .whereNull('payment_intent_id')
    .whereNull('subscription_id')
    .update(claim);
  return Number(updated) === 1;
}

function event(id: string, type: string, object: Record<string, unknown>, now: Date) {
  return {
    id,
    object: 'event',
    api_version: '2025-09-30.clover',
    created: Math.floor(now.getTime() / 1000),
    livemode: false,
    type,
    data: { object },
  };
}

/** The events Stripe sends when the donor pays (one-time or the first month of a recurring gift) or leaves. */
export function sandboxEvents(contribution: ContributionRecord, outcome: 'complete' | 'decline', now = new Date()) {
  const metadata = { contributionId: String(contribution.id) };
  const amount = Number(contribution.amountCents);
  const ids = sandboxIds(String(contribution.checkoutSessionId));
  const session = {
    id: contribution.checkoutSessionId,
    object: 'checkout.session',
    mode: contribution.recurring ? 'subscription' : 'payment',
    client_reference_id: String(contribution.id),
    amount_total: amount,
    currency: 'usd',
    metadata,
  };
  if (outcome === 'decline') {
    const expired = { ...session, status: 'expired', payment_status: 'unpaid' };
    return [event(ids.eventId('expired'), 'checkout.session.expired', expired, now)];
  }
  if (!contribution.recurring) {
    const paid = { ...session, status: 'complete', payment_status: 'paid', payment_intent: ids.paymentIntentId };
    return [event(ids.eventId('completed'), 'checkout.session.completed', paid, now)];
  }
  const subscription = ids.subscriptionId;
  const customer = ids.customerId;
  return [
    event(
      ids.eventId('completed'),
      'checkout.session.completed',
      { ...session, status: 'complete', payment_status: 'paid', subscription, customer },
      now
    ),
    event(
      ids.eventId('invoice'),
      'invoice.paid',
      {
        id: ids.invoiceId,
        object: 'invoice',
        customer,
        amount_paid: amount,
        billing_reason: 'subscription_create',
        status_transitions: { paid_at: Math.floor(now.getTime() / 1000) },
        parent: { type: 'subscription_details', subscription_details: { subscription, metadata } },
      },
      now
    ),
  ];
}

/** The event Stripe sends once a subscription is cancelled. */
export function sandboxCancellation(contribution: ContributionRecord, now = new Date()) {
  const seconds = Math.floor(now.getTime() / 1000);
  return event(
    `evt_sandbox_${suffix()}`,
    'customer.subscription.deleted',
    {
      id: contribution.subscriptionId,
      object: 'subscription',
      status: 'canceled',
      canceled_at: seconds,
      ended_at: seconds,
      metadata: { contributionId: String(contribution.id) },
    },
    now
  );
}

/** Posts each event to our own webhook endpoint, signed as Stripe signs, and returns the HTTP statuses. */
export async function deliverToWebhook(strapi: Core.Strapi, events: object[]) {
  const address = strapi.server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('The server is not listening: cannot deliver sandbox events.');
  const host =
    address.family === 'IPv6'
      ? `[${address.address === '::' ? '::1' : address.address}]`
      : address.address === '0.0.0.0'
        ? '127.0.0.1'
        : address.address;
  const statuses: number[] = [];
  for (const payload of events) {
    const body = JSON.stringify(payload);
    const signature = Stripe.webhooks.generateTestHeaderString({ payload: body, secret: SANDBOX_SECRET });
    const response = await fetch(`http://${host}:${address.port}/api/mymitt-fundraising/stripe/webhook`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'stripe-signature': signature },
      body,
    });
    statuses.push(response.status);
  }
  return statuses;
}
