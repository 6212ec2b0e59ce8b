/**
 * The browser helpers checked against pages served here, under the strict Content-Security-Policy the
 * site uses (no inline script): axe is injected and reports what it must, and the error watch catches
 * CSP violations, uncaught errors and failed assets while leaving a handled API refusal alone.
 */
import http from 'http';
import type { AddressInfo } from 'net';
import fs from 'fs';
import { eventually } from '../helpers/eventually';
import { axeViolations, expectNoSeriousA11yViolations, shot, useBrowser } from './helpers/browser';

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
  `<title>${title}</title></head><body><main><h1>${title}</h1>${body}</main></body></html>`;

const ROUTES: Record<string, { status?: number; type: string; body: string }> = {
  '/unlabelled': {
    type: 'text/html',
    body: page(
      'Sign up',
      // The inline script must not run under the CSP; the external one may.
      '<form><input type="email" name="email"><button type="submit">Sign up</button></form>' +
        '<script>window.inlineRan = true;</script><script src="/ok.js"></script>'
    ),
  },
  '/labelled': {
    type: 'text/html',
    body: page(
      'Sign up',
      '<form><label for="email">Email</label><input id="email" type="email" name="email"><button type="submit">Sign up</button></form>'
    ),
  },
  '/inline-script': { type: 'text/html', body: page('Inline', '<script>document.title = "ran";</script>') },
  '/throws': { type: 'text/html', body: page('Throws', '<script src="/throws.js"></script>') },
  '/missing-asset': { type: 'text/html', body: page('Missing', '<script src="/missing.js"></script>') },
  '/refused-fetch': { type: 'text/html', body: page('Refused', '<p id="out">…</p><script src="/refused-fetch.js"></script>') },
  '/favicon.ico': { type: 'image/x-icon', body: '' },
  '/ok.js': { type: 'text/javascript', body: 'window.externalRan = true;' },
  '/throws.js': { type: 'text/javascript', body: 'throw new TypeError("broken on purpose");' },
  '/refused-fetch.js': {
    type: 'text/javascript',
    body: 'fetch("/api/over-limit").then(function (r) { document.getElementById("out").textContent = "refused " + r.status; });',
  },
  '/api/over-limit': { status: 422, type: 'application/json', body: '{"error":{"status":422,"message":"over the limit"}}' },
};

let server: http.Server;
let baseURL = '';

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const route = ROUTES[new URL(req.url ?? '/', 'http://x').pathname];
    if (!route) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(route.status ?? 200, { 'Content-Type': `${route.type}; charset=utf-8`, 'Content-Security-Policy': CSP }).end(route.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

const browser = useBrowser(() => baseURL);

describe('expectNoSeriousA11yViolations under a CSP without inline script', () => {
  test('reports an unlabelled form field with its rule id, impact and target', async () => {
    // The blocked inline script is this page's point; its CSP report is expected here.
    browser.allowConsoleErrors(/Content Security Policy/);
    const tab = await browser.newPage();
    const response = await tab.goto('/unlabelled');
    expect(response!.headers()['content-security-policy']).toBe(CSP);
    // The policy is in force: the inline script was refused, the same-origin one ran.
    expect(await tab.evaluate(() => (window as any).inlineRan)).toBeUndefined();
    expect(await tab.evaluate(() => (window as any).externalRan)).toBe(true);

    const failure = await expectNoSeriousA11yViolations(tab).then(
      () => undefined,
      (error: Error) => error
    );
    expect(failure).toBeInstanceOf(Error);
    expect(failure!.message).toMatch(/label \(critical\)/);
    expect(failure!.message).toContain('<input type="email" name="email">');

    const violations = await axeViolations(tab);
    expect(violations.find((v) => v.id === 'label')).toMatchObject({ impact: 'critical', nodes: [{ target: ['input'] }] });
  });

  test('passes a labelled form, on a phone too, and screenshots it', async () => {
    const tab = await browser.newPage({ mobile: true });
    await tab.goto('/labelled');
    expect(tab.viewportSize()).toEqual({ width: 375, height: 800 });
    await expectNoSeriousA11yViolations(tab);
    const file = await shot(tab, 'labelled');
    expect(file).toMatch(/\.tmp\/e2e\/axe-helper-labelled\.png$/);
    expect(fs.statSync(file).size).toBeGreaterThan(0);
  });

  test('a region left out of the check is not reported', async () => {
    const tab = await browser.newPage();
    await tab.goto('/labelled');
    await tab.evaluate(() => {
      const aside = document.createElement('aside');
      aside.id = 'legacy';
      aside.innerHTML = '<input type="text" name="unlabelled">';
      document.body.append(aside);
    });
    await expect(expectNoSeriousA11yViolations(tab)).rejects.toThrow(/label \(critical\)[\s\S]*name="unlabelled"/);
    await expectNoSeriousA11yViolations(tab, { exclude: ['#legacy'] });
  });
});

describe('the error watch', () => {
  test('catches an inline script refused by the CSP', async () => {
    const tab = await browser.newPage();
    await tab.goto('/inline-script');
    expect(await tab.title()).toBe('Inline');
    const errors = browser.errorsOf(tab).unexpected();
    expect(errors.join('\n')).toMatch(/Content Security Policy/);
    browser.allowConsoleErrors(/Content Security Policy/);
  });

  test('catches an uncaught error thrown by a script', async () => {
    const tab = await browser.newPage();
    await tab.goto('/throws');
    const watch = browser.errorsOf(tab);
    const reported = async () => watch.unexpected().some((e) => /uncaught TypeError: broken on purpose/.test(e));
    expect(await eventually(reported, true)).toBe(true);
    browser.allowConsoleErrors(/broken on purpose/);
  });

  test('catches a script that failed to load', async () => {
    const tab = await browser.newPage();
    await tab.goto('/missing-asset');
    const watch = browser.errorsOf(tab);
    const reported = async () => watch.unexpected().some((e) => /missing\.js.*status of 404/.test(e));
    expect(await eventually(reported, true)).toBe(true);
    browser.allowConsoleErrors(/status of 404/);
  });

  test('leaves a 4xx answer to the page’s own fetch, and a document’s status, to the test', async () => {
    const tab = await browser.newPage();
    await tab.goto('/refused-fetch');
    await tab.getByText('refused 422').waitFor();
    const missing = await tab.goto('/no-such-page');
    expect(missing!.status()).toBe(404);
    const watch = browser.errorsOf(tab);
    expect(watch.reported.join('\n')).toMatch(/status of 422/);
    expect(watch.unexpected()).toEqual([]);
  });
});
