/**
 * A small in-process cache for expensive public reads (leaderboards): each key is computed at most once
 * per `ttlMs`, and concurrent misses share one computation (no stampede when a popular entry expires).
 * Each instance keeps its own copy; staleness is bounded by the TTL, which the route also advertises to
 * CDNs through `s-maxage`.
 * `compute` may return any thenable: a knex query builder is one, and it runs its SQL again each time
 * it is awaited, so it is settled into a Promise once here (caching the builder cached nothing).
 */
export function createTtlCache<T>(ttlMs: number, maxEntries = 500) {
  const entries = new Map<string, { expiresAt: number; value: Promise<T> }>();

  return {
    get(key: string, compute: () => PromiseLike<T>, now = Date.now()): Promise<T> {
      const hit = entries.get(key);
      if (hit && hit.expiresAt > now) return hit.value;

      const value = Promise.resolve(compute());
      entries.set(key, { expiresAt: now + ttlMs, value });
      // A failed computation is not cached.
      value.catch(() => entries.get(key)?.value === value && entries.delete(key));
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
      return value;
    },
    /** Drops one key (its source changed). */
    forget(key: string) {
      entries.delete(key);
    },
    clear() {
      entries.clear();
    },
  };
}
