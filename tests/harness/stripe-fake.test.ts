import Stripe from 'stripe';
import { decodeStripeForm, signWebhook, startStripeFake, type StripeFake } from '../helpers/stripe-fake';

describe('the local Stripe fake', () => {
  let fake: StripeFake;

  beforeAll(async () => {
    fake = await startStripeFake();
  });
  afterAll(async () => {
    await fake.close();
  });

  it('answers the real SDK creating a Checkout Session, recording the idempotency key', async () => {
    const stripe = fake.client();
    const session = await stripe.checkout.sessions.create(
      {
        mode: 'payment',
        client_reference_id: 'contribution_42',
        line_items: [{ quantity: 1, price_data: { currency: 'usd', unit_amount: 2500, product_data: { name: 'Contribution' } } }],
        metadata: { contributionId: '42' },
        success_url: 'http://127.0.0.1/thanks',
        cancel_url: 'http://127.0.0.1/donate',
      },
      { idempotencyKey: 'contribution-42-checkout' }
    );

    expect(session).toMatchObject({
      object: 'checkout.session',
      amount_total: 2500,
      currency: 'usd',
      client_reference_id: 'contribution_42',
    });
    expect(session.url).toContain(`127.0.0.1:${fake.port}`);
    const recorded = fake.requests.at(-1)!;
    expect(recorded).toMatchObject({ method: 'POST', path: '/v1/checkout/sessions', idempotencyKey: 'contribution-42-checkout' });
    expect(recorded.params.metadata).toEqual({ contributionId: '42' });

    const replay = await stripe.checkout.sessions.create(
      { mode: 'payment', line_items: [], success_url: 'http://127.0.0.1/x' },
      { idempotencyKey: 'contribution-42-checkout' }
    );
    expect(replay.id).toBe(session.id);
  });

  it('surfaces Stripe errors through the SDK as StripeInvalidRequestError', async () => {
    await expect(fake.client().checkout.sessions.retrieve('cs_missing')).rejects.toMatchObject({
      type: 'StripeInvalidRequestError',
      statusCode: 404,
    });
  });

  it('signs webhook bodies that Stripe verification accepts, and tampering fails it', () => {
    const secret = 'whsec_test_secret';
    const payload = JSON.stringify({ id: 'evt_1', type: 'checkout.session.completed' });
    const header = signWebhook(payload, secret);
    const stripe = new Stripe('sk_test_x');

    expect(stripe.webhooks.constructEvent(payload, header, secret).id).toBe('evt_1');
    expect(() => stripe.webhooks.constructEvent(payload.replace('evt_1', 'evt_2'), header, secret)).toThrow(
      Stripe.errors.StripeSignatureVerificationError
    );
    const old = signWebhook(payload, secret, Math.floor(Date.now() / 1000) - 301);
    expect(() => stripe.webhooks.constructEvent(payload, old, secret, 300)).toThrow(/timestamp/i);
  });

  it('decodes nested form parameters', () => {
    expect(decodeStripeForm('a[b]=1&items[0][x]=y&items[1][x]=z')).toEqual({ a: { b: '1' }, items: [{ x: 'y' }, { x: 'z' }] });
  });
});
