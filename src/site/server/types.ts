import type { Messages } from '../messages';
import type { PublicApi } from './api-client';
import type { SafeHtml } from './html';
import type { SiteLocale } from './locale';

/** What the committee prints on every page (FEC-15), from GET /api/committee-setting. */
export interface SiteChrome {
  committeeName: string;
  disclaimer: string;
}

export interface PageContext {
  locale: SiteLocale;
  /** The path without its locale prefix: `/fundraise/pat-for-president`. */
  path: string;
  params: Record<string, string>;
  /** Only the query keys the route declares. */
  query: Record<string, string>;
  api: PublicApi;
  t: Messages;
  /** The site's origin, for absolute links (canonical, Open Graph, share links). */
  origin: string;
  /** A site path in this page's locale: `href('/donate')` → `/es/donate` on a Spanish page. */
  href(path: string): string;
}

export interface HeadMeta {
  title: string;
  description?: string;
  /** Absolute or site-relative image for link previews. */
  image?: string | null;
  type?: 'website' | 'article';
  noIndex?: boolean;
}

export interface RenderedPage {
  status?: number;
  head: HeadMeta;
  main: SafeHtml;
  /** Cache tags: a write in that area drops the page (`content`, `fundraising`, `profiles`, `callcenter`). */
  tags?: string[];
  ttlSeconds?: number;
  /** `private` pages (drafts, one donor's thanks page) are never cached nor shared. */
  cache?: 'public' | 'private';
  /** Browser modules this page needs beyond the site's main script (see src/site/browser/enhancers.ts). */
  enhance?: string[];
  /** Message keys the page's browser code needs (written into the page as JSON data, not as script). */
  clientMessages?: readonly string[];
  /** Extra JSON data for the page's browser code. */
  clientData?: Record<string, unknown>;
}

export type PageHandler = (context: PageContext) => Promise<RenderedPage>;

export interface SiteRoute {
  path: string;
  handler: PageHandler;
  /** Query keys that change what the page shows (part of the cache key); others are ignored. */
  query?: readonly string[];
}
