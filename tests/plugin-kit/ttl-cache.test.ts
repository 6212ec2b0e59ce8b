import { createTtlCache } from '../../packages/plugin-kit/src/ttl-cache';

describe('ttl cache', () => {
  it('computes a key once per TTL and shares one computation between concurrent misses', async () => {
    const cache = createTtlCache<number>(1000);
    let computed = 0;
    const compute = async () => ++computed;

    const [a, b] = await Promise.all([cache.get('k', compute, 0), cache.get('k', compute, 10)]);
    expect([a, b, computed]).toEqual([1, 1, 1]);
    expect(await cache.get('k', compute, 999)).toBe(1);
    expect(await cache.get('k', compute, 1000)).toBe(2);
    expect(await cache.get('other', compute, 1000)).toBe(3);
  });

  it('settles a thenable once: a query builder, which runs again on every await, runs once per TTL', async () => {
    const cache = createTtlCache<string>(1000);
    let runs = 0;
    // Like a knex builder: each then() sends the query again.
    const builder = { then: (resolve: (value: string) => void) => resolve(`row ${++runs}`) } as unknown as PromiseLike<string>;
    expect(await cache.get('bank', () => builder, 0)).toBe('row 1');
    expect(await cache.get('bank', () => builder, 10)).toBe('row 1');
    expect(await cache.get('bank', () => builder, 20)).toBe('row 1');
    expect(runs).toBe(1);
  });

  it('does not keep a failed computation', async () => {
    const cache = createTtlCache<number>(1000);
    await expect(cache.get('k', () => Promise.reject(new Error('db down')), 0)).rejects.toThrow('db down');
    expect(await cache.get('k', async () => 7, 1)).toBe(7);
  });

  it('stays bounded', async () => {
    const cache = createTtlCache<number>(1000, 2);
    let computed = 0;
    const compute = async () => ++computed;
    await cache.get('a', compute, 0);
    await cache.get('b', compute, 0);
    await cache.get('c', compute, 0);
    expect(await cache.get('a', compute, 0)).toBe(4);
  });
});
