/**
 * The unsubscribe page of the supporter site as the server renders it (no browser): `/unsubscribe?token=`
 * and `/es/unsubscribe?token=` explain what stops, carry the link's token to one "Unsubscribe" button whose
 * script posts it to the API, and are never cached (the token is one person's); without a token the page
 * says what to do instead. No inline script (CSP), and a token is only ever text in the page.
 */
import { unsubscribeToken } from '@mymitt/plugin-kit';
import { messagesFor } from '../../src/site/messages';
import { useStrapi } from '../helpers/strapi';

const app = useStrapi();
const page = (url: string) => app.http().get(url).set('Accept', 'text/html');

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** Every <script> tag either loads a file or carries JSON data: nothing inline runs. */
const inlineScripts = (body: string) =>
  [...body.matchAll(/<script\b[^>]*>/gi)].map((m) => m[0]).filter((tag) => !/\bsrc=/.test(tag) && !/type="application\/json"/.test(tag));

/** The JSON the page hands its scripts (enhancers, messages). */
function siteData(body: string) {
  const match = /<script type="application\/json" id="site-data">([\s\S]*?)<\/script>/.exec(body);
  return match ? JSON.parse(match[1]) : null;
}

describe.each(['en', 'es'] as const)('the unsubscribe page in %s', (locale) => {
  const t = messagesFor(locale);
  const prefix = locale === 'es' ? '/es' : '';

  it('explains what stops and carries the token to one button, never cached', async () => {
    const token = unsubscribeToken(app.strapi, 'reader@example.org');
    const res = await page(`${prefix}/unsubscribe?token=${token}`);
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('private, no-store');
    expect(res.text).toContain(`<html lang="${locale}">`);
    expect(res.text).toContain('<meta name="robots" content="noindex">');
    expect(res.text).toContain(`<h1>${escapeHtml(t.unsubscribeTitle)}</h1>`);
    expect(res.text).toContain(escapeHtml(t.unsubscribeLead));
    expect(res.text).toContain(`<input type="hidden" name="token" value="${token}">`);
    expect([...res.text.matchAll(/<button\b[^>]*>([^<]*)<\/button>/g)].map((m) => m[1]).filter((label) => label === t.unsubscribeButton)).toHaveLength(1);
    expect(inlineScripts(res.text)).toEqual([]);
    const data = siteData(res.text);
    expect(data.enhance).toContain('notices-unsubscribe');
    expect(data.messages).toEqual(expect.objectContaining({ unsubscribeDone: t.unsubscribeDone, unsubscribeInvalid: t.unsubscribeInvalid }));
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('without a token, says where the working link is and offers no button', async () => {
    const res = await page(`${prefix}/unsubscribe`);
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('private, no-store');
    expect(res.text).toContain(escapeHtml(t.unsubscribeMissing));
    expect(res.text).not.toContain('data-unsubscribe-form');
    expect(res.text).not.toContain('name="token"');
    expect(siteData(res.text).enhance).not.toContain('notices-unsubscribe');
  });

  it('shows a hostile token as text, never markup', async () => {
    const res = await page(`${prefix}/unsubscribe?token=${encodeURIComponent('"><script>alert(1)</script>')}`);
    expect(res.status).toBe(200);
    expect(res.text).not.toContain('<script>alert(1)</script>');
    expect(res.text).toContain('value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(inlineScripts(res.text)).toEqual([]);
  });
});
