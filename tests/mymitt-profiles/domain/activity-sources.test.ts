import { activitiesFor } from '../../../plugins/mymitt-profiles/server/src/domain/activity-sources';

const now = new Date('2026-11-25T12:00:00Z');

describe('activitiesFor', () => {
  it('maps an action to one row keyed by its kind and source', () => {
    expect(activitiesFor('mymitt.call.completed', { sourceId: 42, userId: 7 }, now)).toEqual([
      { userId: 7, kind: 'call.completed', sourceKey: 'call.completed:42', amountCents: 0, sign: 1, occurredAt: now },
    ]);
  });

  it('credits donor and fundraiser for a gift, and reverses both under their own keys for a refund', () => {
    const gift = { sourceId: 'c1', userId: 1, fundraiserUserId: 2, amountCents: 5000 };
    expect(activitiesFor('mymitt.donation.succeeded', gift, now).map((a) => [a.userId, a.kind, a.sourceKey, a.sign])).toEqual([
      [1, 'donation.given', 'donation.given:c1', 1],
      [2, 'funds.raised', 'funds.raised:c1', 1],
    ]);
    expect(activitiesFor('mymitt.donation.refunded', gift, now).map((a) => [a.sourceKey, a.sign])).toEqual([
      ['donation.given:c1:refund', -1],
      ['funds.raised:c1:refund', -1],
    ]);
  });

  it('does not credit a supporter for raising money from their own gift', () => {
    expect(
      activitiesFor('mymitt.donation.succeeded', { sourceId: 'c2', userId: 3, fundraiserUserId: 3, amountCents: 100 }, now)
    ).toHaveLength(1);
  });

  it('uses the event time when given and valid, else now', () => {
    expect(
      activitiesFor('mymitt.group.joined', { sourceId: 1, userId: 1, occurredAt: '2026-01-02T03:04:05Z' }, now)[0].occurredAt.toISOString()
    ).toBe('2026-01-02T03:04:05.000Z');
    expect(activitiesFor('mymitt.group.joined', { sourceId: 1, userId: 1, occurredAt: 'not a date' }, now)[0].occurredAt).toEqual(now);
  });

  it('returns nothing for unknown events, a missing source or a missing supporter', () => {
    expect(activitiesFor('mymitt.other', { sourceId: 1, userId: 1 }, now)).toEqual([]);
    expect(activitiesFor('mymitt.call.completed', { sourceId: '', userId: 1 }, now)).toEqual([]);
    expect(activitiesFor('mymitt.call.completed', { sourceId: 5 }, now)).toEqual([]);
  });
});
