/**
 * Browser tests of the supporter site: Debian's Chromium driven by playwright-core (no browser download),
 * the compiled app booted on a fresh test database and listening on an ephemeral port of 127.0.0.1.
 *
 *   const site = useSite();                       // one app + one browser per test file
 *   test('…', async () => {
 *     const page = await site.newPage({ mobile: true });   // a new context per call, closed after the test
 *     await page.goto('/');
 *     await shot(page, 'home');                   // .tmp/e2e/<file>-home.png, full page
 *     await expectNoSeriousA11yViolations(page);  // axe-core, works under a CSP without inline script
 *   });                                           // any console error or page error fails the test
 *
 * These files run only in `npm run test:e2e` (jest.e2e.config.js), never in `npm test` / `npm run test:pg`.
 */
import fs from 'fs';
import path from 'path';
import { execFileSync } from 'child_process';
import type { AddressInfo } from 'net';
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { bootStrapi, stopStrapi } from '../../helpers/strapi';
import { createTestDatabase, ROOT, type TestDatabase } from '../../helpers/database';

/** Where `shot()` writes its screenshots. */
export const SHOTS_DIR = path.join(ROOT, '.tmp', 'e2e');

/** The small phone the site must be usable on (issue 14: 375 px wide). */
export const MOBILE_VIEWPORT = { width: 375, height: 800 } as const;
export const DESKTOP_VIEWPORT = { width: 1280, height: 900 } as const;

/** MYMITT_CHROMIUM, else `chromium` (Debian's package) or `chromium-browser` on the PATH. */
export function chromiumPath(): string {
  const configured = process.env.MYMITT_CHROMIUM;
  if (configured) {
    if (!fs.existsSync(configured)) throw new Error(`MYMITT_CHROMIUM=${configured} does not exist`);
    return configured;
  }
  for (const name of ['chromium', 'chromium-browser']) {
    try {
      const found = execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
      if (found) return found;
    } catch {
      // not on the PATH: try the next name
    }
  }
  throw new Error('Chromium was not found: `apt-get install -y chromium` (what .ci/run does), or set MYMITT_CHROMIUM to its path');
}

/** Headless Chromium. Sandbox off (CI runs as root); /dev/shm is small in containers. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--disable-dev-shm-usage'] });
}

export interface PageOptions {
  /** A 375×800 phone: mobile viewport (the page's `<meta name="viewport">` is honoured), touch. */
  mobile?: boolean;
  /** The browser's language (navigator.language and Accept-Language); default `en-US`. */
  locale?: string;
  /** false: reading without JavaScript (server-rendered content only). */
  javaScriptEnabled?: boolean;
  /** Anything else for the context (baseURL is set by useSite). */
  context?: BrowserContextOptions;
}

export function contextOptions(options: PageOptions = {}, baseURL?: string): BrowserContextOptions {
  return {
    baseURL,
    locale: options.locale ?? 'en-US',
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    ...(options.mobile
      ? { viewport: { ...MOBILE_VIEWPORT }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 }
      : { viewport: { ...DESKTOP_VIEWPORT } }),
    ...options.context,
  };
}

// ---------------------------------------------------------------------------------------------------
// Console errors, page errors and CSP violations

interface FailedResponse {
  url: string;
  status: number;
  resourceType: string;
  navigation: boolean;
}

export interface ErrorWatch {
  /** Everything reported, before filtering. */
  readonly reported: string[];
  /** Errors matching one of these are expected by the test (e.g. /status of 409/). */
  allow(...patterns: RegExp[]): void;
  /** The errors that should fail the test. */
  unexpected(): string[];
  /** Throws listing the unexpected errors, if any. */
  expectNone(): void;
}

const FAILED_LOAD = /^Failed to load resource: the server responded with a status of (\d+)/;

/**
 * Collects every console error and uncaught page error of a context's pages. CSP violations (a blocked
 * inline script, style, frame or connection) are console errors in Chromium, so they are caught too.
 *
 * One kind of console error is left to the test itself: Chromium logs "Failed to load resource: … status
 * of 4xx/5xx" for every answer ≥ 400. For a document navigation the test asserts the status it expects
 * (`(await page.goto(url))!.status()`), and a 4xx answer to the page's own `fetch`/XHR is an API refusal
 * the page handles (a 422 over-limit message, a 401 for a visitor); those two are not errors. A failed
 * script, stylesheet, image or font, and any 5xx, is.
 */
export function watchErrors(context: BrowserContext): ErrorWatch {
  const reported: { text: string; url?: string }[] = [];
  const failed: FailedResponse[] = [];
  const allowed: RegExp[] = [];

  context.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url, lineNumber } = message.location();
    reported.push({ text: `console error${url ? ` at ${url}:${lineNumber}` : ''}: ${message.text()}`, url });
  });
  context.on('weberror', (webError) => {
    const error = webError.error();
    reported.push({ text: `uncaught ${error.name}: ${error.message}${error.stack ? `\n${error.stack}` : ''}` });
  });
  context.on('response', (response) => {
    if (response.status() < 400) return;
    const req = response.request();
    failed.push({
      url: response.url(),
      status: response.status(),
      resourceType: req.resourceType(),
      navigation: req.isNavigationRequest(),
    });
  });

  const handledByTest = (entry: { text: string; url?: string }) => {
    const match = FAILED_LOAD.exec(entry.text.replace(/^console error( at \S+)?: /, ''));
    if (!match) return false;
    const status = Number(match[1]);
    const response = failed.find((f) => f.url === entry.url && f.status === status);
    if (!response) return false;
    if (response.navigation) return true;
    return status < 500 && (response.resourceType === 'fetch' || response.resourceType === 'xhr');
  };

  const watch: ErrorWatch = {
    get reported() {
      return reported.map((entry) => entry.text);
    },
    allow(...patterns) {
      allowed.push(...patterns);
    },
    unexpected() {
      return reported.filter((entry) => !handledByTest(entry) && !allowed.some((p) => p.test(entry.text))).map((entry) => entry.text);
    },
    expectNone() {
      const errors = watch.unexpected();
      if (errors.length > 0) throw new Error(`The browser reported ${errors.length} error(s):\n- ${errors.join('\n- ')}`);
    },
  };
  return watch;
}

// ---------------------------------------------------------------------------------------------------
// Hooks

export interface BrowserSession {
  readonly browser: Browser;
  /** A new context (own cookies and storage) and its page; closed, and checked for errors, after the test. */
  newPage(options?: PageOptions): Promise<Page>;
  /** A new context for tests that need several pages in it; closed and checked like newPage's. */
  newContext(options?: PageOptions): Promise<BrowserContext>;
  /** Console/page errors matching these do not fail the current test (reset after each test). */
  allowConsoleErrors(...patterns: RegExp[]): void;
  /** The error watch of a context opened in this test. */
  errorsOf(target: Page | BrowserContext): ErrorWatch;
}

/**
 * One headless Chromium for the test file; every newPage()/newContext() of a test is closed after it,
 * and the test fails when any of them logged a console error or an uncaught page error.
 */
export function useBrowser(baseURL: () => string | undefined = () => undefined): BrowserSession {
  let browser: Browser | undefined;
  const open: { context: BrowserContext; watch: ErrorWatch }[] = [];
  let allowed: RegExp[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterEach(async () => {
    const opened = open.splice(0);
    const patterns = allowed;
    allowed = [];
    await Promise.all(opened.map(({ context }) => context.close().catch(() => undefined)));
    const errors = opened.flatMap(({ watch }) => {
      watch.allow(...patterns);
      return watch.unexpected();
    });
    if (errors.length > 0) throw new Error(`The browser reported ${errors.length} error(s) during the test:\n- ${errors.join('\n- ')}`);
  });

  afterAll(async () => {
    await browser?.close();
    browser = undefined;
  });

  const session: BrowserSession = {
    get browser() {
      if (!browser) throw new Error('The browser is not launched: use it inside a test or hook');
      return browser;
    },
    async newContext(options = {}) {
      const context = await session.browser.newContext(contextOptions(options, baseURL()));
      open.push({ context, watch: watchErrors(context) });
      return context;
    },
    async newPage(options = {}) {
      const context = await session.newContext(options);
      return context.newPage();
    },
    allowConsoleErrors(...patterns) {
      allowed.push(...patterns);
    },
    errorsOf(target) {
      const context = 'context' in target && typeof target.context === 'function' ? (target as Page).context() : (target as BrowserContext);
      const entry = open.find((o) => o.context === context);
      if (!entry) throw new Error('This page or context was not opened by newPage()/newContext() in this test');
      return entry.watch;
    },
  };
  return session;
}

export interface SiteSession extends BrowserSession {
  readonly strapi: Core.Strapi;
  /** http://127.0.0.1:<port> of the app; pages' relative URLs resolve against it. */
  readonly baseURL: string;
  /** An absolute URL of the app. */
  url(pathname: string): string;
  /** supertest against the app (the same shape as useStrapi(): tests/helpers work with it). */
  http(): ReturnType<typeof request>;
}

/**
 * A dist/ of this test file's own: links to the compiled app (dist/src, dist/config, …) and a copy of the
 * admin bundle (dist/build, else .tmp/e2e-admin/build from helpers/build-admin.js), which Strapi serves from
 * `<distDir>/build`. A concurrent `npm run build` empties dist/build for a minute or two; the copy keeps the
 * admin served for the whole file.
 */
function privateAdminDist(): string {
  const dist = path.join(ROOT, 'dist');
  const bundles = [path.join(dist, 'build'), path.join(ROOT, '.tmp', 'e2e-admin', 'build')];
  const bundle = bundles.find((dir) => fs.existsSync(path.join(dir, 'index.html')));
  if (!bundle) {
    throw new Error('The admin panel is not built (dist/build/index.html): `npm run build`, or `node tests/e2e/helpers/build-admin.js`');
  }
  const target = path.join(ROOT, '.tmp', `e2e-dist-${process.pid}`);
  fs.rmSync(target, { recursive: true, force: true });
  fs.mkdirSync(target, { recursive: true });
  for (const entry of fs.readdirSync(dist)) {
    if (entry !== 'build') fs.symlinkSync(path.join(dist, entry), path.join(target, entry));
  }
  fs.cpSync(bundle, path.join(target, 'build'), { recursive: true });
  return target;
}

export interface SiteOptions {
  /**
   * Serve the admin panel at /admin: its bundle must be built (dist/build, `npm run build`, or
   * `node tests/e2e/helpers/build-admin.js` for the bundle alone). Off by default.
   */
  admin?: boolean;
}

/**
 * The compiled app (dist/, plugins' dist/, the built site in public/site/) booted on a fresh test
 * database, listening on an ephemeral port of 127.0.0.1, and one browser; both for the whole file.
 */
export function useSite(options: SiteOptions = {}): SiteSession {
  let booted: { strapi: Core.Strapi; database: TestDatabase; baseURL: string } | undefined;
  const browser = useBrowser(() => booted?.baseURL);

  beforeAll(async () => {
    const distDir = options.admin ? privateAdminDist() : undefined;
    const database = await createTestDatabase({ fromTemplate: true });
    const strapi = await bootStrapi(database, { serveAdminPanel: options.admin ?? false, distDir });
    const { port } = strapi.server.httpServer.address() as AddressInfo;
    booted = { strapi, database, baseURL: `http://127.0.0.1:${port}` };
  });

  afterAll(async () => {
    if (!booted) return;
    await stopStrapi(booted.strapi);
    await booted.database.drop();
    if (options.admin) fs.rmSync(path.join(ROOT, '.tmp', `e2e-dist-${process.pid}`), { recursive: true, force: true });
    booted = undefined;
  });

  const app = () => {
    if (!booted) throw new Error('The app is not booted: use it inside a test or hook');
    return booted;
  };

  return {
    get browser() {
      return browser.browser;
    },
    newPage: (options) => browser.newPage(options),
    newContext: (options) => browser.newContext(options),
    allowConsoleErrors: (...patterns) => browser.allowConsoleErrors(...patterns),
    errorsOf: (target) => browser.errorsOf(target),
    get strapi() {
      return app().strapi;
    },
    get baseURL() {
      return app().baseURL;
    },
    url(pathname: string) {
      return new URL(pathname, app().baseURL).toString();
    },
    http() {
      return request(app().strapi.server.httpServer);
    },
  };
}

// ---------------------------------------------------------------------------------------------------
// Screenshots

/** The current test file's name without `.test.ts`, for screenshot names. */
function testFileName(): string {
  const testPath = expect.getState().testPath;
  return testPath ? path.basename(testPath).replace(/\.test\.[jt]sx?$/, '') : 'e2e';
}

/** A full-page screenshot at .tmp/e2e/<test file>-<name>.png; answers its path. */
export async function shot(page: Page, name: string): Promise<string> {
  const safe = name.replace(/[^a-zA-Z0-9._-]+/g, '-');
  const target = path.join(SHOTS_DIR, `${testFileName()}-${safe}.png`);
  fs.mkdirSync(SHOTS_DIR, { recursive: true });
  await page.screenshot({ path: target, fullPage: true });
  return target;
}

// ---------------------------------------------------------------------------------------------------
// Accessibility (axe-core)

let axeSource: string | undefined;
const axe = () => (axeSource ??= fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: string[]; html: string; failureSummary?: string }[];
}

export interface A11yOptions {
  /** A CSS selector to check instead of the whole document. */
  include?: string;
  /** CSS selectors left out of the check. */
  exclude?: string[];
  /** axe rule ids not run (state why in the test). */
  disableRules?: string[];
  /** Impacts that fail; default serious and critical. */
  impacts?: string[];
}

/**
 * Injects axe-core into every frame of the page and answers its violations. The source is evaluated
 * through the DevTools protocol (page.evaluate), which a page's Content-Security-Policy does not
 * govern: a site that allows no inline script (script-src 'self') is checked as it is served, with
 * no bypassCSP and no change to its headers. axe-core itself needs neither eval nor inline script.
 */
export async function axeViolations(page: Page, options: A11yOptions = {}): Promise<AxeViolation[]> {
  for (const frame of page.frames()) {
    if (frame.isDetached()) continue;
    const present = await frame.evaluate('typeof window.axe === "object"').catch(() => false);
    if (!present) await frame.evaluate(`${axe()}\n;void 0;`);
  }
  const context =
    options.include || options.exclude
      ? { include: options.include ? [options.include] : undefined, exclude: options.exclude ?? [] }
      : undefined;
  const runOptions = {
    resultTypes: ['violations'],
    rules: Object.fromEntries((options.disableRules ?? []).map((id) => [id, { enabled: false }])),
  };
  return page.evaluate(
    async ({ context, runOptions }) => {
      const engine = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: any[] }> } }).axe;
      const results = await engine.run(context ?? document, runOptions);
      return results.violations.map((v) => ({
        id: v.id,
        impact: v.impact ?? null,
        help: v.help,
        helpUrl: v.helpUrl,
        nodes: v.nodes.map((n: any) => ({ target: n.target.map(String), html: n.html, failureSummary: n.failureSummary })),
      }));
    },
    { context, runOptions }
  );
}

/** Formats violations for a failure message: id, impact, help, and each offending element's target. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.helpUrl}\n` +
        v.nodes.map((n) => `    ${n.target.join(' ')}  ${n.html.slice(0, 160)}`).join('\n')
    )
    .join('\n');
}

/**
 * Fails when axe finds a violation of serious or critical impact on the page as it is now, listing each
 * rule id, its impact and the offending elements' targets. Answers every violation found (minor and
 * moderate included) for tests that want to look further.
 */
export async function expectNoSeriousA11yViolations(page: Page, options: A11yOptions = {}): Promise<AxeViolation[]> {
  const violations = await axeViolations(page, options);
  const impacts = options.impacts ?? ['serious', 'critical'];
  const failing = violations.filter((v) => v.impact && impacts.includes(v.impact));
  if (failing.length > 0) {
    throw new Error(`axe found ${failing.length} ${impacts.join('/')} violation(s) on ${page.url()}:\n${describeViolations(failing)}`);
  }
  return violations;
}
