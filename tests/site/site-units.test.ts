import { escapeHtml, html, safeUrl, trusted } from '../../src/site/server/html';
import { localizedPath, preferredLocale, splitLocale } from '../../src/site/server/locale';
import { createRouter } from '../../src/site/server/router';
import { createHtmlCache } from '../../src/site/server/html-cache';
import { renderRichText } from '../../src/site/server/blocks/rich-text';
import { actionPath } from '../../src/site/server/blocks/call-to-action';
import { formatMoney } from '../../src/site/server/format';

describe('the html template', () => {
  it('escapes every interpolated value, nested arrays included, and keeps SafeHtml as is', () => {
    const name = '<img src=x onerror=alert(1)>"\'&';
    const out = html`<p title="${name}">${name}${[html`<b>${name}</b>`, 1, null, undefined, false]}${trusted('<br>')}</p>`;
    expect(out.value).toBe(
      '<p title="&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;">&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;<b>&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;</b>1<br></p>'
    );
    expect(escapeHtml('a&b')).toBe('a&amp;b');
  });

  it('lets only http(s), mailto and site paths through as URLs', () => {
    expect(safeUrl('javascript:alert(1)')).toBe('#');
    expect(safeUrl(' JavaScript:alert(1)')).toBe('#');
    expect(safeUrl('data:text/html,x')).toBe('#');
    expect(safeUrl('//evil.example/x')).toBe('#');
    expect(safeUrl('/uploads/a.png')).toBe('/uploads/a.png');
    expect(safeUrl('https://example.org/a')).toBe('https://example.org/a');
    expect(safeUrl('mailto:a@example.org')).toBe('mailto:a@example.org');
    expect(safeUrl(null)).toBe('#');
  });

  it('renders Strapi rich text blocks as markup without letting text become tags or links run script', () => {
    const out = renderRichText([
      { type: 'heading', level: 1, children: [{ type: 'text', text: 'Title <script>' }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'bold', bold: true }, { type: 'link', url: 'javascript:alert(1)', children: [{ type: 'text', text: 'x' }] }] },
      { type: 'list', format: 'ordered', children: [{ type: 'list-item', children: [{ type: 'text', text: 'one' }] }] },
    ]).value;
    expect(out).toBe(
      '<div class="rich-text"><h2>Title &lt;script&gt;</h2><p><strong>bold</strong><a href="#">x</a></p><ol><li>one</li></ol></div>'
    );
  });
});

describe('locales', () => {
  it('reads the locale from the path and builds paths in a locale', () => {
    expect(splitLocale('/')).toEqual({ locale: 'en', rest: '/' });
    expect(splitLocale('/es')).toEqual({ locale: 'es', rest: '/' });
    expect(splitLocale('/es/donate')).toEqual({ locale: 'es', rest: '/donate' });
    expect(splitLocale('/espresso')).toEqual({ locale: 'en', rest: '/espresso' });
    expect(localizedPath('es', '/')).toBe('/es/');
    expect(localizedPath('es', '/donate')).toBe('/es/donate');
    expect(localizedPath('en', '/donate')).toBe('/donate');
  });

  it('picks the best supported language of an Accept-Language header by weight', () => {
    expect(preferredLocale(undefined)).toBe('en');
    expect(preferredLocale('es-MX,es;q=0.9,en;q=0.8')).toBe('es');
    expect(preferredLocale('fr-FR,fr;q=0.9,es;q=0.5,en;q=0.7')).toBe('en');
    expect(preferredLocale('en;q=0.1, es;q=0.9')).toBe('es');
    expect(preferredLocale('es;q=0')).toBe('en');
    expect(preferredLocale('de')).toBe('en');
  });
});

describe('routing, caching and formatting', () => {
  it('matches paths segment by segment and decodes parameters', () => {
    const handler = async () => ({}) as any;
    const match = createRouter([
      { path: '/', handler },
      { path: '/fundraise/start', handler },
      { path: '/fundraise/:slug', handler },
    ]);
    expect(match('/')?.params).toEqual({});
    expect(match('/fundraise/start')?.route.path).toBe('/fundraise/start');
    expect(match('/fundraise/pat%20doe/')?.params).toEqual({ slug: 'pat doe' });
    expect(match('/fundraise/%E0%A4%A')).toBeNull();
    expect(match('/fundraise')).toBeNull();
  });

  it('drops cached pages by tag and by age', () => {
    const cache = createHtmlCache();
    cache.set('a', { status: 200, body: 'A', tags: ['content'], ttlMs: 1000 }, 0);
    const b = cache.set('b', { status: 200, body: 'B', tags: ['content', 'fundraising'], ttlMs: 1000 }, 0);
    expect(b.etag).toMatch(/^"[\w-]+"$/);
    expect(cache.get('b', 500)?.body).toBe('B');
    cache.dropTag('fundraising');
    expect(cache.get('b', 500)).toBeUndefined();
    expect(cache.get('a', 500)?.body).toBe('A');
    expect(cache.get('a', 1000)).toBeUndefined();
  });

  it('sends each call to action to its page, narrowed by its target', () => {
    expect(actionPath({ label: '', action: 'donate', targetId: 'spring drive' })).toBe('/donate?campaign=spring%20drive');
    expect(actionPath({ label: '', action: 'sign-up' })).toBe('/signup');
    expect(actionPath({ label: '', action: 'make-calls', targetId: 'gotv' })).toBe('/calls#gotv');
  });

  it('writes whole dollars without cents and cents when there are some', () => {
    expect(formatMoney(250000, 'en')).toBe('$2,500');
    expect(formatMoney(1050, 'en')).toBe('$10.50');
  });
});
