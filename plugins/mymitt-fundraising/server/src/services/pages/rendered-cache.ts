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
export function createRenderedCache(ttlMs: number, maxEntries = 10_000) {
  const entries = new Map<string, { expiresAt: number; value: Promise<RenderedJson | null> }>();
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

  return {
    get(key: string, compute: () => Promise<RenderedJson | null>, now = Date.now()): Promise<RenderedJson | null> {
      const hit = entries.get(key);
      if (hit && hit.expiresAt > now) return hit.value;
      const startedAt = sequence;
      const value = compute();
      entries.set(key, { expiresAt: now + ttlMs, value });
      value.then(
        (rendered) => {
          if (entries.get(key)?.value !== value) return;
          // A ledger row of one of its pages committed while it was read: serve it once, keep nothing.
          if (rendered?.pageIds.some((id) => (invalidatedAt.get(id) ?? -1) >= startedAt)) entries.delete(key);
          else remember(key, rendered);
        },
        () => entries.get(key)?.value === value && entries.delete(key)
      );
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
      return value;
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
