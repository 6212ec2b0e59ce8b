import { earnedBadges } from '../../../plugins/mymitt-profiles/server/src/domain/badges';

const ladders = [
  { badge: 'host', kinds: ['event.hosted'], measure: 'count' as const, thresholds: [1, 3, 10] },
  { badge: 'fundraiser', kinds: ['funds.raised'], measure: 'amountCents' as const, thresholds: [10_000, 100_000] },
];

describe('badges with ladders', () => {
  it('award the highest tier reached and name the next threshold', () => {
    expect(
      earnedBadges(ladders, [
        { kind: 'event.hosted', count: 3, amountCents: 0 },
        { kind: 'funds.raised', count: 2, amountCents: 150_000 },
      ])
    ).toEqual([
      { badge: 'host', tier: 2, value: 3, nextThreshold: 10 },
      { badge: 'fundraiser', tier: 2, value: 150_000, nextThreshold: null },
    ]);
  });

  it('award nothing below the first tier', () => {
    expect(earnedBadges(ladders, [{ kind: 'funds.raised', count: 1, amountCents: 9_999 }])).toEqual([]);
  });
});
