import {
  DEFAULT_PAGE_GOAL_CENTS,
  firstFreePageSlug,
  honorRollName,
  pageGoalCents,
  percentOfGoal,
  slugFromTitle,
  thermometer,
} from '../../../plugins/mymitt-fundraising/server/src/domain/fundraising-pages';
import { createRenderedCache, renderJson } from '../../../plugins/mymitt-fundraising/server/src/services/pages/rendered-cache';

describe('fundraising page rules', () => {
  it('SEC-03 shows a donor on the honor roll as first name and last initial only', () => {
    expect(honorRollName('Ann', 'Romney')).toBe('Ann R.');
    expect(honorRollName(' ann ', ' romney')).toBe('ann R.');
    expect(honorRollName('Ann', '')).toBe('Ann');
    expect(honorRollName('', '')).toBe('A supporter');
  });

  it("takes the supporter's goal, else the drive's default, else the plugin's", () => {
    expect(pageGoalCents(12_300, 75_000)).toBe(12_300);
    expect(pageGoalCents(undefined, 75_000)).toBe(75_000);
    expect(pageGoalCents(undefined, null)).toBe(DEFAULT_PAGE_GOAL_CENTS);
    expect(pageGoalCents(undefined, 0)).toBe(DEFAULT_PAGE_GOAL_CENTS);
  });

  it('makes slugs from titles and skips taken and reserved ones', () => {
    expect(slugFromTitle('Olivia runs for Mitt!')).toBe('olivia-runs-for-mitt');
    expect(slugFromTitle('Élan & Café')).toBe('elan-cafe');
    expect(slugFromTitle('!!!')).toBe('page');
    expect(firstFreePageSlug('olivia', ['olivia', 'olivia-2'])).toBe('olivia-3');
    expect(firstFreePageSlug('mine', [])).toBe('mine-2');
    // The site's own addresses under /fundraise/.
    expect(firstFreePageSlug('start', [])).toBe('start-2');
    expect(firstFreePageSlug('edit', [])).toBe('edit-2');
  });

  it('computes the thermometer from ledger figures, floored percent, no goal no percent', () => {
    expect(thermometer(14_000, 20_000, 3, 4)).toEqual({ raisedCents: 14_000, goalCents: 20_000, percent: 70, donorCount: 3, giftCount: 4 });
    expect(thermometer(19_999, 20_000, 1, 1).percent).toBe(99);
    expect(thermometer(30_000, 20_000, 1, 1).percent).toBe(150);
    expect(thermometer(500, 0, 1, 1).percent).toBe(0);
  });

  it('a drive and a page show the same percent of their goal: floored, 0 without a goal or with money refunded below zero', () => {
    expect(percentOfGoal(10_277, 1_000_000)).toBe(1);
    expect(percentOfGoal(1_000_000, 1_000_000)).toBe(100);
    expect(percentOfGoal(-500, 1_000)).toBe(0);
    expect(percentOfGoal(500, 0)).toBe(0);
  });
});

describe('the public answer cache', () => {
  const answer = (n: number, pageIds = [1]) => renderJson({ n }, pageIds);

  it('computes a key once for concurrent callers and serves it until the TTL', async () => {
    const cache = createRenderedCache(1000, 100, () => 1);
    let computed = 0;
    const compute = async () => answer((computed += 1));
    const [a, b] = await Promise.all([cache.get('page:x', compute, 0), cache.get('page:x', compute, 0)]);
    expect(computed).toBe(1);
    expect(a).toBe(b);
    expect(JSON.parse((await cache.get('page:x', compute, 999))!.json)).toEqual({ n: 1 });
  });

  it('serves the expired answer once while it refreshes, then the new one', async () => {
    const cache = createRenderedCache(1000, 100, () => 0);
    let computed = 0;
    const compute = async () => answer((computed += 1));
    await cache.get('page:x', compute, 0);
    // Jitter 0: the entry lives 75% of the TTL.
    expect(JSON.parse((await cache.get('page:x', compute, 749))!.json)).toEqual({ n: 1 });
    expect(computed).toBe(1);
    expect(JSON.parse((await cache.get('page:x', compute, 1500))!.json)).toEqual({ n: 1 });
    await Promise.resolve();
    expect(JSON.parse((await cache.get('page:x', compute, 1600))!.json)).toEqual({ n: 2 });
  });

  it('drops every answer showing a page when its ledger moves, and never keeps one read during the move', async () => {
    const cache = createRenderedCache(60_000);
    let computed = 0;
    await cache.get('page:x', async () => answer((computed += 1), [7]), 0);
    await cache.get('team:t', async () => answer((computed += 1), [7, 8]), 0);
    cache.forgetPage(7);
    expect(JSON.parse((await cache.get('page:x', async () => answer(10, [7]), 1))!.json)).toEqual({ n: 10 });
    expect(JSON.parse((await cache.get('team:t', async () => answer(11, [7, 8]), 1))!.json)).toEqual({ n: 11 });

    // A read that overlaps an invalidation is served to its callers but not kept.
    let release: () => void = () => undefined;
    const slow = cache.get('page:y', () => new Promise((resolve) => (release = () => resolve(answer(20, [9])))), 2);
    cache.forgetPage(9);
    release();
    expect(JSON.parse((await slow)!.json)).toEqual({ n: 20 });
    expect(JSON.parse((await cache.get('page:y', async () => answer(21, [9]), 3))!.json)).toEqual({ n: 21 });
  });

  it('gives equal bodies equal ETags', () => {
    expect(renderJson({ a: 1 }, []).etag).toBe(renderJson({ a: 1 }, []).etag);
    expect(renderJson({ a: 1 }, []).etag).not.toBe(renderJson({ a: 2 }, []).etag);
  });
});
