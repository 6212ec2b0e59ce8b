import { movementOwnership } from '../../../plugins/mymitt-fundraising/server/src/domain/payment-anomalies';
import { planStripeEvent } from '../../../plugins/mymitt-fundraising/server/src/domain/stripe-events';

const at = new Date('2026-03-02T15:00:00Z');
const completed = (paymentIntent: string) =>
  planStripeEvent(
    {
      id: 'evt_1',
      type: 'checkout.session.completed',
      data: {
        object: {
          id: 'cs_2',
          mode: 'payment',
          payment_status: 'paid',
          amount_total: 5000,
          payment_intent: paymentIntent,
          metadata: { contributionId: '7' },
        },
      },
    },
    at
  );
const refunded = (paymentIntent: string) =>
  planStripeEvent(
    {
      id: 'evt_2',
      type: 'charge.refunded',
      data: {
        object: { id: 'ch_1', payment_intent: paymentIntent, refunds: { data: [{ id: 're_1', amount: 5000, status: 'succeeded' }] } },
      },
    },
    at
  );
const invoicePaid = (subscription: string) =>
  planStripeEvent(
    {
      id: 'evt_3',
      type: 'invoice.paid',
      data: { object: { id: 'in_1', amount_paid: 1000, payment_intent: 'pi_in_1', parent: { subscription_details: { subscription } } } },
    },
    at
  );

const ownership = (contribution: Parameters<typeof movementOwnership>[0], plan: ReturnType<typeof planStripeEvent>) =>
  movementOwnership(contribution, plan, plan.movements[0]);

describe('a contribution is paid once (payment anomalies)', () => {
  it('a one-time gift: money under its own payment intent, or before any is linked, is its own; another payment intent is a duplicate', () => {
    expect(ownership({ recurring: false, paymentIntentId: null }, completed('pi_1'))).toBe('own');
    expect(ownership({ recurring: false, paymentIntentId: 'pi_1' }, completed('pi_1'))).toBe('own');
    expect(ownership({ recurring: false, paymentIntentId: 'pi_1' }, completed('pi_2'))).toBe('foreign');
  });

  it('a refund of another payment intent than the gift’s own is never the gift’s money, whatever came first', () => {
    expect(ownership({ recurring: false, paymentIntentId: 'pi_1' }, refunded('pi_1'))).toBe('own');
    expect(ownership({ recurring: false, paymentIntentId: 'pi_1' }, refunded('pi_2'))).toBe('foreign');
    expect(ownership({ recurring: false, paymentIntentId: null }, refunded('pi_2'))).toBe('own');
  });

  it('a monthly gift: invoices of its own subscription count, of a second one are duplicates; its refunds ask the stored flags', () => {
    expect(ownership({ recurring: true, subscriptionId: 'sub_1' }, invoicePaid('sub_1'))).toBe('own');
    expect(ownership({ recurring: true, subscriptionId: null }, invoicePaid('sub_2'))).toBe('own');
    expect(ownership({ recurring: true, subscriptionId: 'sub_1' }, invoicePaid('sub_2'))).toBe('foreign');
    expect(ownership({ recurring: true, subscriptionId: 'sub_1' }, refunded('pi_in_1'))).toBe('ask');
  });
});
