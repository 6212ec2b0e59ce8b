import fs from 'fs';
import path from 'path';
import { useStrapi } from '../helpers/strapi';
import { signInAdmin } from '../helpers/admins';
import { callToAction, contentManager, heroBlock, richText } from '../helpers/content-manager';
import { ROOT } from '../helpers/database';

const app = useStrapi();

const html = (url: string, headers: Record<string, string> = {}) =>
  app.http().get(url).set({ Accept: 'text/html', ...headers });

/** Every <script> of a page loads a file or carries JSON data: nothing inline can run. */
function inlineScripts(body: string) {
  return [...body.matchAll(/<script\b([^>]*)>/g)].map((match) => match[1]).filter((attributes) => !/\bsrc=|type="application\/json"/.test(attributes));
}

describe('the supporter site', () => {
  let cm: ReturnType<typeof contentManager>;
  let disclaimer: string;

  beforeAll(async () => {
    cm = contentManager(app, (await signInAdmin(app, 'Web team')).token);
    disclaimer = (await app.strapi.service('api::committee-setting.committee-setting').current()).disclaimer;
  });


  it('offers the six actions on a fresh install, before the web team publishes a home page', async () => {
    const res = await html('/');
    expect(res.status).toBe(200);
    expect(res.text).toContain('<h1>Action Center</h1>');
    for (const href of ['/donate', '/fundraise/start', '/calls', '/events', '/shop', '/signup']) expect(res.text).toContain(`href="${href}"`);
    expect(res.text).toContain(disclaimer);
  });

  it('renders the published home page with its content, the disclaimer and share tags in the first response', async () => {
    await cm.publishedPage(
      'home',
      {
        title: 'Join the team',
        seo: { metaTitle: 'Join the team', metaDescription: 'Do one thing today.' },
        blocks: [heroBlock('Believe in America'), richText('Calls, dollars & <b>house parties</b>.'), callToAction('Chip in', 'donate')],
      },
      { title: 'Únete al equipo', seo: { metaTitle: 'Únete al equipo', metaDescription: 'Haz algo hoy.' }, blocks: [heroBlock('Cree en América')] }
    );

    const res = await html('/');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.text).toMatch(/<html lang="en">/);
    expect(res.text).toContain('<title>Join the team · Action Center</title>');
    expect(res.text).toContain('<meta name="description" content="Do one thing today.">');
    expect(res.text).toContain('<meta property="og:title" content="Join the team">');
    expect(res.text).toContain('<meta property="og:description" content="Do one thing today.">');
    expect(res.text).toContain('<meta name="twitter:card" content="summary">');
    expect(res.text).toMatch(/<link rel="canonical" href="http:\/\/127\.0\.0\.1:\d+\/">/);
    expect(res.text).toMatch(/<link rel="alternate" hreflang="es" href="http:\/\/127\.0\.0\.1:\d+\/es\/">/);
    expect(res.text).toContain('<h1>Believe in America</h1>');
    // Rich text is structured data: markup typed into it is text, never HTML.
    expect(res.text).toContain('Calls, dollars &amp; &lt;b&gt;house parties&lt;/b&gt;.');
    expect(res.text).toContain('<p class="disclaimer">' + disclaimer.replace(/&/g, '&amp;') + '</p>');
    expect(inlineScripts(res.text)).toEqual([]);

    const csp = res.headers['content-security-policy'];
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'self'");
  });

  it('serves Spanish at /es/, and sends a Spanish-speaking browser there unless English was chosen', async () => {
    const es = await html('/es/');
    expect(es.status).toBe(200);
    expect(es.text).toMatch(/<html lang="es">/);
    expect(es.text).toContain('<h1>Cree en América</h1>');
    expect(es.text).toContain('Crea una recaudación');
    expect(es.text).toContain('<meta property="og:locale" content="es_US">');

    const browser = await html('/', { 'Accept-Language': 'es-MX,es;q=0.9,en;q=0.5' });
    expect(browser.status).toBe(302);
    expect(browser.headers.location).toBe('/es/');

    const chose = await html('/', { 'Accept-Language': 'es-MX,es;q=0.9', Cookie: 'lang=en' });
    expect(chose.status).toBe(200);
    expect(chose.text).toContain('<h1>Believe in America</h1>');
  });

  it('answers a revalidation with 304 and shows a publish at once (the cached page is dropped)', async () => {
    const first = await html('/pages/volunteer');
    expect(first.status).toBe(404);

    const documentId = await cm.publishedPage('volunteer', { title: 'Volunteer', blocks: [heroBlock('Version one')] });
    const v1 = await html('/pages/volunteer');
    expect(v1.status).toBe(200);
    expect(v1.text).toContain('Version one');
    const etag = v1.headers.etag;
    expect(etag).toBeTruthy();
    expect((await html('/pages/volunteer', { 'If-None-Match': etag })).status).toBe(304);

    // A saved draft is not what visitors see.
    expect((await cm.savePage(documentId, { slug: 'volunteer', title: 'Volunteer', blocks: [heroBlock('Version two')] })).status).toBe(200);
    const draftSaved = await html('/pages/volunteer');
    expect(draftSaved.text).toContain('Version one');
    expect(draftSaved.text).not.toContain('Version two');

    expect((await cm.publishPage(documentId)).status).toBe(200);
    const v2 = await html('/pages/volunteer', { 'If-None-Match': etag });
    expect(v2.status).toBe(200);
    expect(v2.text).toContain('Version two');
    expect(v2.headers.etag).not.toBe(etag);
  });

  it('links each call to action to its page and says so when an embedded record is not available', async () => {
    await cm.publishedPage('actions', {
      title: 'Actions',
      blocks: [
        ...['donate', 'start-fundraiser', 'make-calls', 'shop', 'host-event', 'sign-up'].map((action) => callToAction(`Go ${action}`, action)),
        { __component: 'blocks.embed', kind: 'event', recordId: 'no-such-event' },
      ],
    });
    const res = await html('/pages/actions');
    expect(res.status).toBe(200);
    const links = Object.fromEntries([...res.text.matchAll(/href="([^"]+)" data-action-kind="([^"]+)"/g)].map((m) => [m[2], m[1]]));
    expect(links).toEqual({
      donate: '/donate',
      'start-fundraiser': '/fundraise/start',
      'make-calls': '/calls',
      shop: '/shop',
      'host-event': '/events',
      'sign-up': '/signup',
    });
    expect(res.text).toContain('This item is not available right now.');
  });

  it('renders its own 404 page for browsers and leaves the API and admin paths to Strapi', async () => {
    const page = await html('/no/such/page');
    expect(page.status).toBe(404);
    expect(page.text).toContain('Page not found');
    expect(page.text).toContain(disclaimer);

    // Look-alike, invisible and oversized addresses are pages that do not exist, never a server error.
    for (const odd of ['/fundraise/%E2%80%8Bpat', '/pages/ho%CE%BCe', `/teams/${'x'.repeat(400)}`]) {
      const res = await html(odd);
      expect([odd, res.status]).toEqual([odd, 404]);
      expect(res.text).toContain('Page not found');
    }
    // A broken percent-encoding is a bad request, not a server error.
    expect((await html('/fundraise/%FF')).status).toBe(400);

    const api = await app.http().get('/api/no-such-route').set('Accept', 'application/json');
    expect(api.status).toBe(404);
    expect(api.headers['content-type']).toMatch(/json/);
  });

  it('serves hashed assets as immutable, gzipped for clients that accept it', async () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'public/site/manifest.json'), 'utf8'));
    const script = await app.http().get(`/site/${manifest.scripts.main}`).set('Accept-Encoding', 'gzip');
    expect(script.status).toBe(200);
    expect(script.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(script.headers['content-encoding']).toBe('gzip');
    expect(script.headers['content-type']).toMatch(/javascript/);

    const css = await app.http().get(`/site/${manifest.styles.site}`);
    expect(css.status).toBe(200);
    expect(css.headers['content-type']).toMatch(/text\/css/);
    expect((await app.http().get('/site/..%2Fpackage.json')).status).toBe(404);
  });
});

describe('a site form posted with scripts off', () => {
  it('answers a page that says the form needs JavaScript, in the page language, and sends nothing', async () => {
    const res = await app.http().post('/es/donate').type('form').send({ amount: '25', email: 'a@example.org' });
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('GET, HEAD');
    expect(res.text).toContain('Activa JavaScript para enviar este formulario');
    expect(res.text).toContain('href="/es/donate"');
    expect(res.headers['cache-control']).toBe('private, no-store');
  });
});
