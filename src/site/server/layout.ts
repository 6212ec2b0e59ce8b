import type { AssetManifest } from './assets';
import { html, trusted, type SafeHtml } from './html';
import { localizedPath, SITE_LOCALES, type SiteLocale } from './locale';
import type { PageContext, RenderedPage, SiteChrome } from './types';

const OG_LOCALES: Record<SiteLocale, string> = { en: 'en_US', es: 'es_US' };

/** JSON inside <script type="application/json">: no "</script>" or "<!--" can close or confuse it. */
function jsonData(value: unknown): SafeHtml {
  return trusted(JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026'));
}

function absolute(origin: string, url: string) {
  return /^https?:\/\//.test(url) ? url : `${origin}${url}`;
}

function head(context: PageContext, page: RenderedPage, chrome: SiteChrome, assets: AssetManifest, search: string) {
  const { locale, origin, path } = context;
  const meta = page.head;
  const title = meta.title === context.t.siteName ? `${meta.title} · ${chrome.committeeName}` : `${meta.title} · ${context.t.siteName}`;
  const canonical = `${origin}${localizedPath(locale, path)}${search}`;
  const image = meta.image ? absolute(origin, meta.image) : null;
  return html`<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
${meta.description ? html`<meta name="description" content="${meta.description}">` : ''}
${meta.noIndex || page.cache === 'private' ? html`<meta name="robots" content="noindex">` : ''}
<link rel="canonical" href="${canonical}">
${SITE_LOCALES.map((other) => html`<link rel="alternate" hreflang="${other}" href="${origin}${localizedPath(other, path)}${search}">`)}
<link rel="alternate" hreflang="x-default" href="${origin}${path}${search}">
<meta property="og:type" content="${meta.type ?? 'website'}">
<meta property="og:site_name" content="${chrome.committeeName}">
<meta property="og:title" content="${meta.title}">
${meta.description ? html`<meta property="og:description" content="${meta.description}">` : ''}
<meta property="og:url" content="${canonical}">
<meta property="og:locale" content="${OG_LOCALES[locale]}">
${image ? html`<meta property="og:image" content="${image}">` : ''}
<meta name="twitter:card" content="${image ? 'summary_large_image' : 'summary'}">
<meta name="twitter:title" content="${meta.title}">
${meta.description ? html`<meta name="twitter:description" content="${meta.description}">` : ''}
${image ? html`<meta name="twitter:image" content="${image}">` : ''}
<link rel="icon" href="/favicon.ico">
<link rel="stylesheet" href="/site/${assets.styles.site}">
<script type="module" src="/site/${assets.scripts.main}"></script>
</head>`;
}

function header(context: PageContext, search: string) {
  const { t, locale, path, href } = context;
  const other: SiteLocale = locale === 'en' ? 'es' : 'en';
  return html`<header class="site-header">
<a class="skip-link" href="#main">${t.skipToContent}</a>
<div class="site-header__inner">
<a class="brand" href="${href('/')}">${t.siteName}</a>
<nav aria-label="${t.mainNavigation}">
<ul class="nav">
<li><a class="nav__donate" href="${href('/donate')}">${t.navDonate}</a></li>
<li><a href="${href('/fundraise/start')}">${t.navFundraise}</a></li>
<li data-when="signed-out"><a href="${href('/signup')}">${t.navSignUp}</a></li>
<li data-when="signed-out"><a href="${href('/login')}">${t.navLogIn}</a></li>
<li data-when="signed-in" hidden><a href="${href('/account')}">${t.navAccount}</a></li>
<li data-when="signed-in" hidden><button type="button" class="link-button" data-action="log-out">${t.navLogOut}</button></li>
</ul>
</nav>
<a class="lang-switch" lang="${other}" hreflang="${other}" data-lang="${other}" href="${localizedPath(other, path)}${search}" aria-label="${t.languageSwitchLabel}">${t.languageSwitch}</a>
</div>
</header>`;
}

/** FEC-15: the committee's "Paid for by" notice, in a printed box set apart from the page, on every page. */
function footer(chrome: SiteChrome, context: PageContext) {
  return html`<footer class="site-footer">
<p class="disclaimer">${chrome.disclaimer || context.t.disclaimerFallback}</p>
</footer>`;
}

export function renderDocument(
  context: PageContext,
  page: RenderedPage,
  chrome: SiteChrome,
  assets: AssetManifest,
  search: string
): string {
  const clientMessages = Object.fromEntries(
    (page.clientMessages ?? []).map((key) => [key, (context.t as Record<string, string>)[key] ?? key])
  );
  const siteData = { locale: context.locale, enhance: page.enhance ?? [], messages: clientMessages, ...page.clientData };
  return `<!doctype html>\n${html`<html lang="${context.locale}">
${head(context, page, chrome, assets, search)}
<body>
${header(context, search)}
<main id="main" tabindex="-1">
${page.main}
</main>
${footer(chrome, context)}
<script type="application/json" id="site-data">${jsonData(siteData)}</script>
</body>
</html>`}`;
}
