/**
 * The account pages of the supporter site, as the server renders them (no browser): each answers HTML
 * in English and Spanish with its heading, the committee's disclaimer and its labelled form fields; the
 * recruiter's `?ref=` is kept in the sign-up form; `next` only ever holds a same-site path; no page
 * carries an inline script (CSP: script-src 'self').
 */
import { useStrapi } from '../helpers/strapi';
import { messagesFor } from '../../src/site/messages';
import { PASSWORD_MIN_LENGTH } from '../../src/domain/supporter-account';

const app = useStrapi();

const page = (url: string) => app.http().get(url).set('Accept', 'text/html');

interface PageCase {
  path: string;
  title: 'signupTitle' | 'loginTitle' | 'forgotTitle' | 'resetTitle' | 'dashboardTitle' | 'startTitle' | 'editTitle';
  fields: string[];
}

const PAGES: PageCase[] = [
  { path: '/signup', title: 'signupTitle', fields: ['firstName', 'lastName', 'email', 'password', 'zip'] },
  { path: '/login', title: 'loginTitle', fields: ['identifier', 'password'] },
  { path: '/forgot-password', title: 'forgotTitle', fields: ['email'] },
  { path: '/reset-password', title: 'resetTitle', fields: ['password', 'passwordConfirmation'] },
  { path: '/account', title: 'dashboardTitle', fields: ['preferredLocale'] },
  { path: '/fundraise/start', title: 'startTitle', fields: ['title', 'goal', 'story', 'state'] },
  { path: '/fundraise/edit', title: 'editTitle', fields: ['title', 'goal', 'story', 'state', 'text', 'teamSlug'] },
];

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** Every <script> tag either loads a file or carries JSON data: nothing inline runs. */
function inlineScripts(body: string): string[] {
  return [...body.matchAll(/<script\b[^>]*>/gi)].map((m) => m[0]).filter((tag) => !/\bsrc=/.test(tag) && !/type="application\/json"/.test(tag));
}

function h1s(body: string): string[] {
  return [...body.matchAll(/<h1[^>]*>([\s\S]*?)<\/h1>/g)].map((m) => m[1]);
}

let disclaimer: string;

beforeAll(async () => {
  const settings = await app.http().get('/api/committee-setting');
  disclaimer = settings.body.data.disclaimer;
  expect(disclaimer).toMatch(/Paid for by/i);
});

describe.each(['en', 'es'] as const)('account pages in %s', (locale) => {
  const t = messagesFor(locale);
  const prefix = locale === 'es' ? '/es' : '';

  it.each(PAGES)('$path answers HTML with its one h1, the disclaimer, labelled fields and no inline script', async ({ path, title, fields }) => {
    const res = await page(`${prefix}${path}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    const body = res.text;
    expect(body).toContain(`<html lang="${locale}">`);
    expect(h1s(body)).toEqual([escapeHtml(t[title])]);
    expect(body).toContain(escapeHtml(disclaimer));
    for (const name of fields) {
      expect(body).toMatch(new RegExp(`<label for="field-${name}">[^<]+</label>`));
      expect(body).toMatch(new RegExp(`<(input|textarea|select) id="field-${name}" name="${name}"`));
    }
    expect(inlineScripts(body)).toEqual([]);
    expect(body).not.toMatch(/\sstyle="/);
    expect(body).not.toMatch(/\son[a-z]+="/);
    expect(body).toContain('<meta name="robots" content="noindex">');
  });

  it('the sign-up page says how long a password must be, in the page language', async () => {
    const res = await page(`${prefix}/signup`);
    expect(res.text).toContain(escapeHtml(t.fieldPasswordHint.replace('{min}', String(PASSWORD_MIN_LENGTH))));
  });

  it('the dashboard is a shell: loading text in status regions, log-in and sign-up links for a visitor', async () => {
    const res = await page(`${prefix}/account`);
    expect(res.text.match(/role="status">[^<]*</g)?.length).toBeGreaterThanOrEqual(3);
    expect(res.text).toContain(escapeHtml(t.loading));
    expect(res.text).toContain(`href="${prefix}/login?next=%2Faccount"`);
    expect(res.text).toContain(`href="${prefix}/signup?next=%2Faccount"`);
  });

  it('the dashboard has the email-language form: hidden until the browser fills in the account’s choice, English and Español, Save, its texts in the page language', async () => {
    const res = await page(`${prefix}/account`);
    const form = /<form class="form" method="post" novalidate data-form="email-language" hidden>([\s\S]*?)<\/form>/.exec(res.text);
    expect(form).not.toBeNull();
    const markup = form![1];
    expect(res.text).toContain(`<h2 id="email-language-heading">${escapeHtml(t.emailLanguageTitle)}</h2>`);
    expect(markup).toContain(`<label for="field-preferredLocale">${escapeHtml(t.fieldEmailLanguage)}</label>`);
    // Both languages by their own names, none chosen by the shared (cached) page.
    expect([...markup.matchAll(/<option value="([^"]*)"([^>]*)>([^<]*)<\/option>/g)].map((m) => [m[1], m[2], m[3]])).toEqual([
      ['en', '', 'English'],
      ['es', '', 'Español'],
    ]);
    expect(markup).toContain(`<button class="button button--primary" type="submit">${escapeHtml(t.emailLanguageSubmit)}</button>`);
    expect(markup).toContain('role="status" aria-live="polite" data-status="email-language"');
    expect(res.text).toMatch(/<p class="muted" role="status" data-email-language-loading>[^<]+<\/p>/);
    // The script's sentences come in the page's data, in the page's language.
    const data = JSON.parse(/<script type="application\/json" id="site-data">([\s\S]*?)<\/script>/.exec(res.text)![1]);
    expect(data.messages).toMatchObject({
      emailLanguageSaved: t.emailLanguageSaved,
      emailLanguageCurrent: t.emailLanguageCurrent,
      'emailLanguageName.es': t['emailLanguageName.es'],
    });
  });

  it('starting a page asks a visitor to sign up or log in and come back', async () => {
    const res = await page(`${prefix}/fundraise/start`);
    expect(res.text).toContain(`href="${prefix}/signup?next=%2Ffundraise%2Fstart"`);
    expect(res.text).toContain(`href="${prefix}/login?next=%2Ffundraise%2Fstart"`);
    expect(res.text).toContain(escapeHtml(t.signedOutStart));
  });
});

describe('the recruiter link and the next path', () => {
  it('keeps ?ref= in the sign-up form and says a friend invited them', async () => {
    const res = await page('/signup?ref=ann-r-2');
    expect(res.status).toBe(200);
    expect(res.text).toContain('<input type="hidden" name="ref" value="ann-r-2">');
    expect(res.text).toContain(escapeHtml(messagesFor('en').signupInvited));
    // The Spanish page keeps it too, and the language switch carries it over.
    const es = await page('/es/signup?ref=ann-r-2');
    expect(es.text).toContain('<input type="hidden" name="ref" value="ann-r-2">');
    expect(res.text).toContain('href="/es/signup?ref=ann-r-2"');
  });

  it('drops a ref that is not a profile slug (no markup, no other text reaches the form)', async () => {
    const res = await page(`/signup?ref=${encodeURIComponent('"><script>alert(1)</script>')}`);
    expect(res.status).toBe(200);
    expect(res.text).toContain('<input type="hidden" name="ref" value="">');
    expect(res.text).not.toContain('<script>alert(1)');
    expect(res.text).not.toContain(escapeHtml(messagesFor('en').signupInvited));
  });

  it('keeps a same-site next path and refuses absolute or protocol-relative ones (no open redirect)', async () => {
    const kept = await page('/signup?next=%2Ffundraise%2Fstart');
    expect(kept.text).toContain('<input type="hidden" name="next" value="/fundraise/start">');
    expect(kept.text).toContain('href="/login?next=%2Ffundraise%2Fstart"');
    for (const next of ['https://evil.example/', '//evil.example/x', '/\\evil.example', 'javascript:alert(1)', '/a b']) {
      const res = await page(`/login?next=${encodeURIComponent(next)}`);
      expect(res.status).toBe(200);
      expect(res.text).toContain('<input type="hidden" name="next" value="">');
      // Not in the form, nor in the page's own links (the canonical URL repeats the address, escaped).
      expect(res.text).not.toMatch(/value="[^"]*evil/);
      expect(res.text).toContain('<a href="/signup">');
    }
  });

  it('never writes the reset code into the page (it is read by the browser from the address)', async () => {
    const res = await page('/reset-password?code=secret-code-123');
    expect(res.status).toBe(200);
    expect(res.text).not.toContain('secret-code-123');
  });
});
