import {
  contributionStatus,
  electionCycle,
  scopesFor,
  totalsDelta,
} from '../../../plugins/mymitt-fundraising/server/src/domain/ledger-money';
import { planStripeEvent } from '../../../plugins/mymitt-fundraising/server/src/domain/stripe-events';

const event = (type: string, object: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  id: 'evt_1',
  type,
  created: 1_760_000_000,
  data: { object },
  ...extra,
});

describe('ledger money rules (pure)', () => {
  it('INT-01 a row moves raised/refunded/net so that net is the plain sum of signed rows', () => {
    expect(totalsDelta('charge', 5000)).toEqual({ raisedCents: 5000, refundedCents: 0, netCents: 5000, giftCount: 1 });
    expect(totalsDelta('refund', -1000)).toEqual({ raisedCents: 0, refundedCents: 1000, netCents: -1000, giftCount: 0 });
    expect(totalsDelta('dispute_reversal', 3000)).toEqual({ raisedCents: 0, refundedCents: -3000, netCents: 3000, giftCount: 0 });
  });

  it('scopes: committee, attribution and donor aggregates, sorted; undesignated election is "none"', () => {
    expect(scopesFor({ pageId: 4, campaignId: 2, donorKey: 'k', electionId: null, cycle: 2026 })).toEqual([
      'all',
      'campaign:2',
      'donor-cycle:k:2026',
      'donor:k:election:none',
      'page:4',
    ]);
    expect(scopesFor({ cycle: 2026 })).toEqual(['all']);
  });

  it('the federal cycle is named by its even year', () => {
    expect(electionCycle(new Date('2025-03-01T00:00:00Z'))).toBe(2026);
    expect(electionCycle(new Date('2026-12-31T23:59:59Z'))).toBe(2026);
    expect(electionCycle(new Date('2027-01-01T00:00:00Z'))).toBe(2028);
  });

  it('STR-03 status comes from ledger sums only', () => {
    expect(contributionStatus({ charged: 0, refunded: 0, disputed: 0 }, false)).toBe('pending');
    expect(contributionStatus({ charged: 0, refunded: 0, disputed: 0 }, true)).toBe('failed');
    expect(contributionStatus({ charged: 5000, refunded: 0, disputed: 0 }, true)).toBe('succeeded');
    expect(contributionStatus({ charged: 5000, refunded: -2000, disputed: 0 }, false)).toBe('partially_refunded');
    expect(contributionStatus({ charged: 5000, refunded: -5000, disputed: 0 }, false)).toBe('refunded');
    expect(contributionStatus({ charged: 5000, refunded: 0, disputed: -5000 }, false)).toBe('disputed');
  });

  it('charge.refunded without an expanded refund list uses the cumulative step named by previous_attributes', () => {
    const plan = planStripeEvent(
      event(
        'charge.refunded',
        { id: 'ch_1', amount: 5000, amount_refunded: 3000, payment_intent: 'pi_1', metadata: {} },
        {
          data: {
            object: { id: 'ch_1', amount: 5000, amount_refunded: 3000, payment_intent: 'pi_1', metadata: {} },
            previous_attributes: { amount_refunded: 1000 },
          },
        }
      )
    );
    expect(plan.movements).toEqual([expect.objectContaining({ kind: 'refund', stripeObjectKey: 'refund:ch_1:3000', amountCents: -2000 })]);
  });

  it('a lost dispute keeps its withdrawal and adds no reversal; failed refunds are not money', () => {
    const lost = planStripeEvent(event('charge.dispute.closed', { id: 'dp_1', amount: 900, status: 'lost', payment_intent: 'pi_1' }));
    expect(lost.movements.map((m) => `${m.stripeObjectKey} ${m.amountCents}`)).toEqual(['dispute:dp_1 -900']);
    const refund = planStripeEvent(
      event('charge.refunded', { id: 'ch_1', payment_intent: 'pi_1', refunds: { data: [{ id: 're_1', amount: 100, status: 'failed' }] } })
    );
    expect(refund.movements).toEqual([]);
  });
});
