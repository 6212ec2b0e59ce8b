import type { Core } from '@strapi/strapi';
import { messagesFor } from '../messages';
import { ApiError, loopbackApi } from './api-client';
import { assetDirectory, assetManifest, ASSET_PREFIX } from './assets';
import { createChromeSource } from './chrome';
import { createHtmlCache, type CachedPage } from './html-cache';
import { renderDocument } from './layout';
import { localizedPath, preferredLocale, splitLocale } from './locale';
import { errorPage, notFoundPage, scriptsNeededPage } from './pages/not-found';
import { previewPage, previewPath } from './pages/preview';
import { createRouter } from './router';
import { siteRoutes } from './routes';
import { setSiteHeaders, siteContentSecurityPolicy } from './security-headers';
import { serveAsset } from './static-assets';
import type { PageContext, RenderedPage } from './types';

const DEFAULT_TTL_SECONDS = 60;
/** A CDN may keep a public page this long; a publish reaches visitors within it. */
const SHARED_MAX_AGE_SECONDS = 30;

/** Which area's pages a successful write under a path can change (their cache tag). */
function tagOfWrite(path: string): string | null {
  if (/^\/(content-manager|i18n|upload|api\/committee-setting|api\/upload)\b/.test(path)) return '*';
  const plugin = /^\/(?:api\/)?mymitt-(fundraising|profiles|callcenter|store)\//.exec(path);
  return plugin ? plugin[1] : null;
}

/**
 * The origin written into canonical, Open Graph and share links: SITE_URL, else PUBLIC_URL (the site is
 * served by the app), else the request's own (development and tests). Set one of them in production: a
 * request's Host header is the client's to choose.
 */
function requestOrigin(ctx: any, siteUrl: string) {
  return siteUrl ? siteUrl.replace(/\/$/, '') : ctx.origin;
}

/**
 * The supporter site: server-rendered pages at `/` and `/es/`, built assets under `/site/`. Pages are
 * rendered from the public REST API (loopback HTTP), cached per URL and locale with an ETag, and
 * dropped when a write changes what they show.
 */
export function createSite(strapi: Core.Strapi, options: { siteUrl?: string; adminUrl?: string } = {}) {
  const appRoot = strapi.dirs.app.root;
  const development = process.env.NODE_ENV === 'development';
  const manifest = assetManifest(appRoot, development);
  const assets = assetDirectory(appRoot);
  const api = loopbackApi(strapi);
  const chrome = createChromeSource(api);
  const cache = createHtmlCache();
  const inFlight = new Map<string, Promise<CachedPage | { uncached: string; status: number }>>();
  const match = createRouter(siteRoutes);
  const adminOrigin = options.adminUrl ? new URL(options.adminUrl).origin : null;
  const csp = siteContentSecurityPolicy({ frameAncestors: adminOrigin ? [adminOrigin] : [] });
  const siteUrl = options.siteUrl || options.adminUrl || '';

  function drop(tag: string) {
    if (tag === '*') {
      cache.clear();
      chrome.forget();
    } else cache.dropTag(tag);
  }

  // Money lands after the webhook's answer (the ledger commits in batches): drop on the event too.
  strapi.eventHub.subscribe(async (event: string) => {
    if (event.startsWith('mymitt.donation.') || event.startsWith('mymitt.page.')) drop('fundraising');
    // A paid or expired order moves stock (the checkout itself is a store write, dropped below).
    if (event.startsWith('mymitt.order.')) drop('store');
  });

  function contextFor(ctx: any, locale: PageContext['locale'], path: string, params: Record<string, string>, query: Record<string, string>): PageContext {
    return {
      locale,
      path,
      params,
      query,
      api,
      t: messagesFor(locale),
      origin: requestOrigin(ctx, siteUrl),
      href: (target: string) => localizedPath(locale, target),
    };
  }

  async function render(context: PageContext, produce: () => Promise<RenderedPage>, search: string) {
    let page: RenderedPage;
    try {
      page = await produce();
    } catch (error) {
      // An address the API refuses as malformed (400) names nothing a visitor could open: not found, not a crash.
      if (error instanceof ApiError && (error.status === 404 || error.status === 400)) page = notFoundPage(context);
      else {
        strapi.log.error(`[site] ${context.locale} ${context.path}: ${(error as Error)?.stack ?? error}`);
        page = errorPage(context);
      }
    }
    const [settings, built] = await Promise.all([chrome.get(), Promise.resolve(manifest())]);
    return { page, body: renderDocument(context, page, settings, built, search) };
  }

  function send(ctx: any, entry: { status: number; body: string; gzipped?: Buffer; etag?: string }, cacheControl: string) {
    setSiteHeaders(ctx, csp);
    ctx.set('Cache-Control', cacheControl);
    ctx.vary('Accept-Encoding');
    ctx.type = 'text/html; charset=utf-8';
    ctx.status = entry.status;
    if (entry.etag) {
      ctx.set('ETag', entry.etag);
      if (entry.status === 200 && ctx.fresh) {
        ctx.status = 304;
        ctx.body = null;
        return;
      }
    }
    if (entry.gzipped && /\bgzip\b/.test(ctx.get('Accept-Encoding'))) {
      ctx.set('Content-Encoding', 'gzip');
      ctx.body = ctx.method === 'HEAD' ? null : entry.gzipped;
      ctx.length = entry.gzipped.length;
    } else ctx.body = ctx.method === 'HEAD' ? null : entry.body;
  }

  async function handlePage(ctx: any): Promise<boolean> {
    const { locale, rest } = splitLocale(ctx.path);
    const found = match(rest);
    if (!found) return false;

    // The bare home page follows a first-time visitor's browser language; a chosen language (cookie) wins.
    if (ctx.path === '/' && !ctx.cookies.get('lang') && preferredLocale(ctx.get('Accept-Language')) === 'es') {
      ctx.vary('Accept-Language');
      ctx.vary('Cookie');
      ctx.set('Cache-Control', 'private, no-store');
      ctx.redirect('/es/');
      return true;
    }

    const query: Record<string, string> = {};
    for (const key of found.route.query ?? []) {
      const value = ctx.query[key];
      if (typeof value === 'string' && value.length <= 500) query[key] = value;
    }
    const previewRedirect = found.route.handler === previewPage ? previewPath(query, locale) : null;
    if (previewRedirect) {
      ctx.set('Cache-Control', 'private, no-store');
      ctx.redirect(previewRedirect);
      return true;
    }
    const search = Object.keys(query).length ? `?${new URLSearchParams(query).toString()}` : '';
    const context = contextFor(ctx, locale, rest, found.params, query);
    const key = `${context.origin}|${ctx.path}${search}`;

    const hit = cache.get(key);
    if (hit) {
      send(ctx, hit, publicCacheControl(hit.status));
      return true;
    }

    let pending = inFlight.get(key);
    if (!pending) {
      pending = render(context, () => found.route.handler(context), search).then(({ page, body }) => {
        const status = page.status ?? 200;
        if (page.cache === 'private' || status >= 500) return { uncached: body, status };
        return cache.set(key, { status, body, tags: page.tags ?? ['content'], ttlMs: (page.ttlSeconds ?? DEFAULT_TTL_SECONDS) * 1000 });
      });
      inFlight.set(key, pending);
      pending.finally(() => inFlight.delete(key)).catch(() => undefined);
    }
    const result = await pending;
    if ('uncached' in result) send(ctx, { status: result.status, body: result.uncached }, 'private, no-store');
    else send(ctx, result, publicCacheControl(result.status));
    return true;
  }

  function publicCacheControl(status: number) {
    return status === 200
      ? `public, max-age=0, s-maxage=${SHARED_MAX_AGE_SECONDS}, stale-while-revalidate=${SHARED_MAX_AGE_SECONDS * 2}`
      : 'public, max-age=0, s-maxage=10';
  }

  /** After Strapi found nothing for a browser's request: the site's own 404 page instead of JSON. */
  async function notFound(ctx: any) {
    const { locale, rest } = splitLocale(ctx.path);
    const context = contextFor(ctx, locale, rest, {}, {});
    const { body } = await render(context, async () => notFoundPage(context), '');
    send(ctx, { status: 404, body }, 'public, max-age=0, s-maxage=10');
  }

  /**
   * A site form posted without JavaScript (its scripts are what call the API): a page that says so and
   * links back to the form, instead of a bare 405. Nothing is sent anywhere.
   */
  async function formWithoutScripts(ctx: any): Promise<boolean> {
    const { locale, rest } = splitLocale(ctx.path);
    if (!match(rest)) return false;
    const context = contextFor(ctx, locale, rest, {}, {});
    const { body } = await render(context, async () => scriptsNeededPage(context, ctx.path), '');
    ctx.set('Allow', 'GET, HEAD');
    send(ctx, { status: 405, body }, 'private, no-store');
    return true;
  }

  return {
    async middleware(ctx: any, next: () => Promise<unknown>) {
      const reading = ctx.method === 'GET' || ctx.method === 'HEAD';
      if (ctx.method === 'POST' && !/^\/(api|admin|uploads|site)(\/|$)/.test(ctx.path) && (await formWithoutScripts(ctx))) return;
      if (reading && ctx.path.startsWith(ASSET_PREFIX)) {
        if (await serveAsset(ctx, assets)) return;
      } else if (reading && !/^\/(api|admin|uploads)(\/|$)/.test(ctx.path)) {
        if (await handlePage(ctx)) return;
      }
      await next();
      if (!reading && ctx.status < 400) {
        const tag = tagOfWrite(ctx.path);
        if (tag) drop(tag);
      } else if (
        reading &&
        ctx.status === 404 &&
        !/^\/(api|admin|uploads|site)(\/|$)/.test(ctx.path) &&
        !/\.[a-z0-9]+$/i.test(ctx.path) &&
        ctx.accepts('html', 'json') === 'html'
      ) {
        await notFound(ctx);
      }
    },
    drop,
    cache,
  };
}
