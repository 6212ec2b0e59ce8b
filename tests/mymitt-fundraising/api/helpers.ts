import type { TestApp } from '../../helpers/strapi';
import { startStripeFake, type StripeFake } from '../../helpers/stripe-fake';

/**
 * What fundraising's API tests share: the Stripe fake or the offline sandbox as the payment gateway,
 * pending gifts as the donate code leaves them, and the Stripe events the webhook receives. Signing and
 * posting a delivery is `postSignedEvent` / `signWebhook` in tests/helpers/stripe-fake.ts.
 */

/**
 * Points the Stripe SDK at a local fake (started before the app boots: call this before `useStrapi()`),
 * with `secretKey` as the API key; closes it after the file. The answer reads the running fake.
 */
export function useStripeFake(secretKey: string): Pick<StripeFake, 'port' | 'requests' | 'on' | 'client'> {
  let fake: StripeFake | undefined;
  const running = () => {
    if (!fake) throw new Error('The Stripe fake starts in beforeAll: use it inside a test or a hook.');
    return fake;
  };
  beforeAll(async () => {
    fake = await startStripeFake();
    process.env.STRIPE_SECRET_KEY = secretKey;
    process.env.STRIPE_API_BASE = `http://127.0.0.1:${fake.port}`;
  });
  afterAll(() => fake?.close());
  return {
    get port() {
      return running().port;
    },
    get requests() {
      return running().requests;
    },
    on: (method, path, handler) => running().on(method, path, handler),
    client: (apiKey) => running().client(apiKey),
  };
}

/** No Stripe keys (the `npm run develop` default): the sandbox checkout stands in for Stripe. Before `useStrapi()`. */
export function useSandboxGateway() {
  process.env.STRIPE_SECRET_KEY = '';
  process.env.STRIPE_WEBHOOK_SECRET = '';
  process.env.STRIPE_API_BASE = '';
}

export const fundraisingLedger = (app: TestApp) => app.strapi.plugin('mymitt-fundraising').service('ledger');

let sequence = 0;
/** A Stripe-looking id, unique in the run: `cs_test_…`, `pi_test_…`, `evt_test_…`. */
export const stripeId = (prefix: string) => `${prefix}_test_${Date.now().toString(36)}${(sequence += 1)}`;
export const nowSeconds = () => Math.floor(Date.now() / 1000);

/** The address and employment of the tests' usual donor (FEC-06 fields). */
export const DONOR_ADDRESS = {
  street: '1 Main St',
  city: 'Belmont',
  state: 'MA',
  zip: '02478',
  occupation: 'Teacher',
  employer: 'Belmont Schools',
};
export const A_DONOR = { firstName: 'Ann', lastName: 'Romney', email: 'ann@example.org', ...DONOR_ADDRESS };

export interface Gift {
  id: number;
  amount: number;
  sessionId: string;
  paymentIntentId: string;
  chargeId: string;
}

/**
 * A pending contribution with its Checkout Session linked, as the donate code leaves it: `fields`
 * (donor, amountCents — 5000 by default — pageId, electionId…) over A_DONOR.
 */
export async function openGift(app: TestApp, fields: Record<string, unknown> = {}): Promise<Gift> {
  const amount = (fields.amountCents as number) ?? 5000;
  const created = await fundraisingLedger(app).recordPending({ ...A_DONOR, amountCents: amount, ...fields });
  const sessionId = stripeId('cs');
  expect(await fundraisingLedger(app).attachCheckoutSession(created.id, sessionId)).toBe(true);
  return { id: created.id, amount, sessionId, paymentIntentId: stripeId('pi'), chargeId: stripeId('ch') };
}

/** A Stripe event of `type` about `object` (`extra` adds or replaces top-level fields). */
export const anEvent = (type: string, object: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  id: stripeId('evt'),
  object: 'event',
  api_version: '2025-09-30.clover',
  created: nowSeconds(),
  livemode: false,
  type,
  data: { object },
  ...extra,
});

/** The paid Checkout Session of a gift (`overrides` replace its fields). */
export const checkoutSession = (gift: Gift, overrides: Record<string, unknown> = {}) => ({
  id: gift.sessionId,
  object: 'checkout.session',
  mode: 'payment',
  status: 'complete',
  payment_status: 'paid',
  amount_total: gift.amount,
  currency: 'usd',
  payment_intent: gift.paymentIntentId,
  metadata: { contributionId: String(gift.id) },
  ...overrides,
});

/** checkout.session.completed for a gift. */
export const completed = (gift: Gift, overrides: Record<string, unknown> = {}) =>
  anEvent('checkout.session.completed', checkoutSession(gift, overrides));

/** charge.refunded as Stripe sends it: the charge with every refund so far (cumulative). */
export const refunded = (gift: Gift, refunds: Array<{ id: string; amount: number }>) =>
  anEvent('charge.refunded', {
    id: gift.chargeId,
    object: 'charge',
    amount: gift.amount,
    amount_refunded: refunds.reduce((sum, r) => sum + r.amount, 0),
    payment_intent: gift.paymentIntentId,
    metadata: { contributionId: String(gift.id) },
    refunds: { object: 'list', data: refunds.map((r) => ({ ...r, object: 'refund', status: 'succeeded', created: nowSeconds() })) },
  });
