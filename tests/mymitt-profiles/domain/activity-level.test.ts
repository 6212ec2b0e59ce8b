import { computeLevel, levelForPoints, windowStart } from '../../../plugins/mymitt-profiles/server/src/domain/activity-level';

const rules = { pointsPerLevel: 10, maxLevel: 10, weights: { 'event.hosted': 15, 'call.completed': 1 } };

describe('activity level', () => {
  it('is 1 with no points and rises one level per 10 points, capped at 10', () => {
    expect([0, 9, 10, 19, 90, 500].map((p) => levelForPoints(p, rules))).toEqual([1, 1, 2, 2, 10, 10]);
  });

  it('sums weighted counts, sorts the breakdown by points and says what the next level needs', () => {
    const level = computeLevel(
      [
        { kind: 'call.completed', count: 7, amountCents: 0 },
        { kind: 'event.hosted', count: 2, amountCents: 0 },
        { kind: 'unknown.kind', count: 4, amountCents: 0 },
      ],
      rules
    );
    expect(level).toEqual({
      level: 4,
      points: 37,
      pointsToNextLevel: 3,
      breakdown: [
        { kind: 'event.hosted', count: 2, pointsEach: 15, points: 30 },
        { kind: 'call.completed', count: 7, pointsEach: 1, points: 7 },
        { kind: 'unknown.kind', count: 4, pointsEach: 0, points: 0 },
      ],
    });
  });

  it('drops kinds whose reversals cancel them and never goes below zero points', () => {
    expect(computeLevel([{ kind: 'event.hosted', count: 0, amountCents: 0 }], rules)).toMatchObject({ level: 1, points: 0, breakdown: [] });
    expect(computeLevel([{ kind: 'event.hosted', count: -1, amountCents: 0 }], rules).points).toBe(0);
  });

  it('has no next level at the top', () => {
    expect(computeLevel([{ kind: 'event.hosted', count: 10, amountCents: 0 }], rules)).toMatchObject({ level: 10, pointsToNextLevel: 0 });
  });

  it('starts the window the given number of days before now', () => {
    expect(windowStart(new Date('2026-11-25T00:00:00Z'), 90).toISOString()).toBe('2026-08-27T00:00:00.000Z');
  });
});
