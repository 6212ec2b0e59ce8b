import { createHash } from 'crypto';

/** A public answer serialized once: the exact bytes sent and their ETag. */
export interface RenderedJson {
  json: string;
  etag: string;
  /** The fundraising page ids the answer shows money of (to drop it when their ledger moves). */
  pageIds: number[];
}

export function renderJson(body: unknown, pageIds: number[]): RenderedJson {
  const json = JSON.stringify(body);
  return { json, etag: `W/"${createHash('sha1').update(json).digest('base64url')}"`, pageIds };
}

/**
 * The in-process cache of public page and team answers, keyed by `page:<slug>` / `team:<slug>`:
 * each key is computed at most once per `ttlMs` and concurrent misses share one computation
 * (single-flight). Entries are dropped at once when a ledger row of one of their pages commits on
 * this instance, or the page itself changes; other instances catch up within the TTL.
 */
export function createRenderedCache(ttlMs: number, maxEntries = 10_000, jitter: () => number = Math.random) {
  interface Entry {
    expiresAt: number;
    value: Promise<RenderedJson | null>;
    /** The value once computed and kept (undefined while computing). */
    settled: RenderedJson | null | undefined;
    /** The previous answer, served while this entry's refresh computes. */
    stale?: RenderedJson | null;
  }
  const entries = new Map<string, Entry>();
  /** page id → cache keys showing its money. */
  const keysByPage = new Map<number, Set<string>>();
  /** page id → sequence number of its last invalidation, so a computation that overlapped one is not kept. */
  const invalidatedAt = new Map<number, number>();
  let sequence = 0;

  function remember(key: string, rendered: RenderedJson | null) {
    for (const pageId of rendered?.pageIds ?? []) {
      let keys = keysByPage.get(pageId);
      if (!keys) keysByPage.set(pageId, (keys = new Set()));
      keys.add(key);
    }
  }

  function load(key: string, compute: () => Promise<RenderedJson | null>, now: number) {
    const startedAt = sequence;
    const value = compute();
    // Each entry lives 75–100% of the TTL, so answers loaded together do not all refresh together.
    const entry: Entry = { expiresAt: now + ttlMs * (0.75 + 0.25 * jitter()), value, settled: undefined };
    entries.set(key, entry);
    value.then(
      (rendered) => {
        if (entries.get(key) !== entry) return;
        // A ledger row of one of its pages committed while it was read: serve it once, keep nothing.
        if (rendered?.pageIds.some((id) => (invalidatedAt.get(id) ?? -1) >= startedAt)) entries.delete(key);
        else {
          entry.settled = rendered;
          remember(key, rendered);
        }
      },
      () => entries.get(key) === entry && entries.delete(key)
    );
    if (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
    return entry;
  }

  return {
    /**
     * The cached answer; an expired one is still served while one refresh runs (stale-while-revalidate,
     * so no request waits on a re-render), but an invalidated one is gone and recomputed first.
     */
    get(key: string, compute: () => Promise<RenderedJson | null>, now = Date.now()): Promise<RenderedJson | null> {
      const hit = entries.get(key);
      if (hit) {
        // Refreshing: keep serving the previous answer until the new one settles.
        if (hit.settled === undefined && hit.stale !== undefined) return Promise.resolve(hit.stale);
        if (hit.expiresAt > now) return hit.value;
        if (hit.settled !== undefined) {
          const refresh = load(key, compute, now);
          refresh.stale = hit.settled;
          refresh.value.catch(() => undefined);
          return Promise.resolve(hit.settled);
        }
      }
      return load(key, compute, now).value;
    },

    /** Drops one answer (a page or team edited). */
    forget(key: string) {
      entries.delete(key);
    },

    /** Drops every answer showing this page's money (a ledger row of it committed). */
    forgetPage(pageId: number) {
      invalidatedAt.set(pageId, sequence);
      sequence += 1;
      if (invalidatedAt.size > maxEntries) invalidatedAt.delete(invalidatedAt.keys().next().value as number);
      const keys = keysByPage.get(pageId);
      if (!keys) return;
      keysByPage.delete(pageId);
      for (const key of keys) entries.delete(key);
    },

    clear() {
      entries.clear();
      keysByPage.clear();
      invalidatedAt.clear();
    },
  };
}

export type RenderedCache = ReturnType<typeof createRenderedCache>;
