import { createHash } from 'crypto';
import { gzipSync } from 'zlib';

export interface CachedPage {
  status: number;
  body: string;
  gzipped: Buffer;
  etag: string;
  tags: readonly string[];
  expiresAt: number;
}

/**
 * Rendered HTML per URL and locale. An entry lives until its TTL or until a tag it carries is dropped
 * (a publish drops `content`; a fundraising write drops `fundraising`). Each app instance keeps its own:
 * a drop reaches the instance that saw the write at once, the others within the TTL.
 */
export function createHtmlCache(maxEntries = 2000) {
  const entries = new Map<string, CachedPage>();

  return {
    get(key: string, now = Date.now()): CachedPage | undefined {
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (entry.expiresAt <= now) {
        entries.delete(key);
        return undefined;
      }
      return entry;
    },

    set(key: string, page: { status: number; body: string; tags: readonly string[]; ttlMs: number }, now = Date.now()) {
      const entry: CachedPage = {
        status: page.status,
        body: page.body,
        gzipped: gzipSync(page.body),
        etag: `"${createHash('sha1').update(page.body).digest('base64url')}"`,
        tags: page.tags,
        expiresAt: now + page.ttlMs,
      };
      if (entries.size >= maxEntries) entries.delete(entries.keys().next().value as string);
      entries.set(key, entry);
      return entry;
    },

    dropTag(tag: string) {
      for (const [key, entry] of entries) if (entry.tags.includes(tag)) entries.delete(key);
    },

    clear() {
      entries.clear();
    },

    get size() {
      return entries.size;
    },
  };
}

export type HtmlCache = ReturnType<typeof createHtmlCache>;
