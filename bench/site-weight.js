#!/usr/bin/env node
'use strict';
/**
 * `node bench/site-weight.js [--url http://127.0.0.1:1337] [--path /] [--db sqlite|postgres]`
 *
 * The JavaScript and CSS a first visit to the supporter site's home page downloads, gzipped (issue 14:
 * under 100 KB). Fetches the page's HTML as a browser would, then every same-origin asset it loads on a
 * first visit: `<script src>` (not `nomodule`), `<link rel=stylesheet>`, `<link rel=modulepreload>`,
 * `<link rel=preload as=script|style>`, the static `import`/`export … from` of every loaded JS chunk,
 * and `@import` of every stylesheet. Dynamic `import()` chunks load later, on demand, and are not counted.
 * Each asset is weighed as gzip level 9 of its bytes; when the server compresses it (Content-Encoding)
 * the bytes on the wire are shown too. Prints a table and the total; exit code 1 above the limit, when
 * an asset fails or is third-party, or when the page does not answer HTML.
 *
 * Without --url it boots the compiled app itself (production mode, throwaway SQLite database by default,
 * the site bench's home page seeded), like `npm run bench`. The `site-home` bench runs it too.
 */
const http = require('http');
const path = require('path');
const zlib = require('zlib');

const LIMIT_BYTES = 100_000;
const BROWSER_HEADERS = {
  accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
  'accept-encoding': 'gzip, deflate, br',
  'accept-language': 'en-US,en;q=0.9',
};

/** GET over http, the body decoded from its Content-Encoding; `wireBytes` is what was transferred. */
function get(url, headers = {}) {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { headers: { ...BROWSER_HEADERS, ...headers }, timeout: 15000 }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        const wire = Buffer.concat(chunks);
        const encoding = String(res.headers['content-encoding'] || 'identity').toLowerCase();
        let body;
        try {
          if (encoding === 'gzip' || encoding === 'x-gzip') body = zlib.gunzipSync(wire);
          else if (encoding === 'br') body = zlib.brotliDecompressSync(wire);
          else if (encoding === 'deflate') body = zlib.inflateSync(wire);
          else body = wire;
        } catch (error) {
          reject(new Error(`${url}: cannot decode its ${encoding} body: ${error.message}`));
          return;
        }
        resolve({ status: res.statusCode, headers: res.headers, body, wireBytes: wire.length, encoding });
      });
    });
    request.on('timeout', () => request.destroy(new Error(`${url}: no answer in 15 s`)));
    request.on('error', reject);
  });
}

/** The attributes of one start tag, lower-cased names; valueless attributes are ''. */
function attributes(tag) {
  const attrs = {};
  const pattern = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
  const inner = tag.replace(/^<\s*[a-zA-Z0-9-]+/, '').replace(/\/?>$/, '');
  for (const match of inner.matchAll(pattern)) attrs[match[1].toLowerCase()] = match[2] ?? match[3] ?? match[4] ?? '';
  return attrs;
}

const decodeEntities = (value) =>
  value
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');

/** The JS and CSS an HTML document asks for on load: [{ href, kind }]. Comments are skipped. */
function assetsOfHtml(html) {
  const found = [];
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, '');
  for (const match of withoutComments.matchAll(/<(script|link)\b[^>]*>/gi)) {
    const name = match[1].toLowerCase();
    const attrs = attributes(match[0]);
    if (name === 'script') {
      if (attrs.src === undefined || 'nomodule' in attrs) continue;
      found.push({ href: decodeEntities(attrs.src), kind: 'js' });
      continue;
    }
    const rel = (attrs.rel || '').toLowerCase().split(/\s+/);
    if (!attrs.href) continue;
    const href = decodeEntities(attrs.href);
    if (rel.includes('stylesheet') && !('disabled' in attrs)) found.push({ href, kind: 'css' });
    else if (rel.includes('modulepreload')) found.push({ href, kind: 'js' });
    else if (rel.includes('preload') && attrs.as === 'script') found.push({ href, kind: 'js' });
    else if (rel.includes('preload') && attrs.as === 'style') found.push({ href, kind: 'css' });
  }
  return found;
}

/**
 * Static module specifiers of an ES module: `import x from "…"`, `import "…"`, `import {a} from "…"`,
 * `export * from "…"`, `export {a} from "…"` (minified or not). `import("…")` and `import.meta` are not.
 */
function staticImports(source) {
  const specifiers = [];
  const pattern = /(?:^|[^.\w$])(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?(["'])([^"'\n]+)\1/g;
  for (const match of source.matchAll(pattern)) specifiers.push(match[2]);
  return specifiers;
}

/** `@import "…"` and `@import url(…)` of a stylesheet. */
function cssImports(source) {
  const specifiers = [];
  for (const match of source.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/@import\s+(?:url\(\s*)?(["']?)([^"')\s;]+)\1/gi))
    specifiers.push(match[2]);
  return specifiers;
}

/**
 * Weighs the first visit of `pagePath` on `baseURL`. Answers { page, assets, totalGzip, limit, problems }
 * where `problems` lists what fails the check (above the limit, an asset that failed, a third-party asset).
 * Throws a SiteNotServedError when the page does not answer HTML.
 */
async function measureSiteWeight(baseURL, pagePath = '/', { limit = LIMIT_BYTES } = {}) {
  const pageUrl = new URL(pagePath, baseURL);
  const page = await get(pageUrl);
  const type = String(page.headers['content-type'] || '');
  if (page.status !== 200 || !/^text\/html\b/i.test(type)) {
    throw new SiteNotServedError(pageUrl.pathname, page.status, type);
  }

  const problems = [];
  const assets = [];
  const seen = new Set();
  const queue = assetsOfHtml(page.body.toString('utf8')).map((a) => ({ ...a, url: new URL(a.href, pageUrl), from: 'html' }));

  while (queue.length > 0) {
    const next = queue.shift();
    const url = next.url;
    url.hash = '';
    if (url.origin !== pageUrl.origin) {
      if (!seen.has(url.href)) problems.push(`third-party ${next.kind} ${url.href} (the site loads nothing from elsewhere)`);
      seen.add(url.href);
      continue;
    }
    if (seen.has(url.href)) continue;
    seen.add(url.href);

    const res = await get(url, { accept: next.kind === 'css' ? 'text/css,*/*;q=0.1' : '*/*' });
    if (res.status !== 200) {
      problems.push(`${url.pathname} answered ${res.status} (loaded from ${next.from})`);
      continue;
    }
    const gzipBytes = zlib.gzipSync(res.body, { level: 9 }).length;
    assets.push({
      path: `${url.pathname}${url.search}`,
      kind: next.kind,
      from: next.from,
      rawBytes: res.body.length,
      gzipBytes,
      wireBytes: res.wireBytes,
      encoding: res.encoding,
      cacheControl: String(res.headers['cache-control'] || ''),
    });
    const text = res.body.toString('utf8');
    const children = next.kind === 'js' ? staticImports(text) : cssImports(text);
    for (const specifier of children) {
      // Bare specifiers ("react") cannot load in a browser without an import map: count them as failures.
      if (!/^(\.{0,2}\/|https?:)/.test(specifier)) {
        problems.push(`${url.pathname} imports the bare specifier "${specifier}"`);
        continue;
      }
      queue.push({ url: new URL(specifier, url), kind: next.kind === 'js' ? 'js' : 'css', from: url.pathname });
    }
  }

  const totalGzip = assets.reduce((sum, a) => sum + a.gzipBytes, 0);
  if (totalGzip > limit) problems.push(`${kb(totalGzip)} of JS + CSS gzipped is above the ${kb(limit)} limit`);
  return {
    page: { path: pageUrl.pathname, rawBytes: page.body.length, gzipBytes: zlib.gzipSync(page.body, { level: 9 }).length },
    assets,
    totalGzip,
    limit,
    problems,
  };
}

class SiteNotServedError extends Error {
  /** `pathname` answered `status` with `type` instead of a 200 HTML page. */
  constructor(pathname, status, type) {
    const answered = `GET ${pathname} answered ${status} ${type || '(no Content-Type)'}`;
    super(
      /^text\/html\b/i.test(type)
        ? `The supporter site does not serve ${pathname} yet (${answered}): the site has no such page, or its record is missing.`
        : `The supporter site is not served yet (${answered}). Build it (node scripts/build-site.js, with the app compiled by npm run build:app) and try again.`
    );
    this.name = 'SiteNotServedError';
  }
}

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;

/** The weight table: one row per asset, then the total against the limit. */
function formatWeight(result) {
  const rows = [...result.assets].sort((a, b) => b.gzipBytes - a.gzipBytes);
  const width = Math.max(24, ...rows.map((a) => a.path.length)) + 2;
  const lines = [
    `First visit of ${result.page.path}: HTML ${kb(result.page.rawBytes)} (${kb(result.page.gzipBytes)} gzipped, not counted)`,
    `${'asset'.padEnd(width)}${'kind'.padEnd(6)}${'raw'.padStart(10)}${'gzip -9'.padStart(10)}${'on wire'.padStart(16)}  cache / loaded from`,
    ...rows.map(
      (a) =>
        `${a.path.padEnd(width)}${a.kind.padEnd(6)}${kb(a.rawBytes).padStart(10)}${kb(a.gzipBytes).padStart(10)}` +
        `${`${kb(a.wireBytes)} ${a.encoding === 'identity' ? 'raw' : a.encoding}`.padStart(16)}  ` +
        `${/\bimmutable\b/.test(a.cacheControl) ? 'immutable' : a.cacheControl || 'no Cache-Control'} / ${a.from}`
    ),
    `${'total JS + CSS'.padEnd(width)}${''.padEnd(6)}${kb(result.assets.reduce((s, a) => s + a.rawBytes, 0)).padStart(10)}` +
      `${kb(result.totalGzip).padStart(10)}   limit ${kb(result.limit)}: ${result.totalGzip <= result.limit ? 'ok' : 'OVER'}`,
  ];
  for (const problem of result.problems) lines.push(`FAIL ${problem}`);
  return lines.join('\n');
}

/** One line for a bench table's check column. */
function summarize(result) {
  const js = result.assets.filter((a) => a.kind === 'js').reduce((s, a) => s + a.gzipBytes, 0);
  const css = result.totalGzip - js;
  return (
    `first visit JS+CSS ${kb(result.totalGzip)} gzipped (JS ${kb(js)}, CSS ${kb(css)}, ${result.assets.length} files; limit ${kb(result.limit)})` +
    (result.problems.length ? ` — ${result.problems.join('; ')}` : '')
  );
}

function parseArgs(argv) {
  const options = { url: undefined, path: '/', db: 'sqlite' };
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--url') options.url = argv[++i];
    else if (argv[i] === '--path') options.path = argv[++i];
    else if (argv[i] === '--db') options.db = argv[++i];
    else throw new Error(`Unknown argument ${argv[i]}: use [--url http://127.0.0.1:1337] [--path /] [--db sqlite|postgres]`);
  }
  if (options.url && !/^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?\/?$/.test(options.url)) {
    throw new Error('--url must be the app on this machine, e.g. http://127.0.0.1:1337');
  }
  if (!['postgres', 'sqlite'].includes(options.db)) throw new Error('--db must be postgres or sqlite');
  return options;
}

/** Boots the compiled app in production mode with the site bench's home page, on a throwaway database. */
async function withBootedApp(db, work) {
  const { productionEnv, startServer, stopServer } = require('./lib-server');
  const { createPostgresDatabase, createSqliteDatabase, DEFAULT_ADMIN_URL } = require('../scripts/lib/throwaway-database');
  const database =
    db === 'postgres'
      ? await createPostgresDatabase(process.env.DATABASE_URL || DEFAULT_ADMIN_URL, 'mymitt_bench')
      : createSqliteDatabase(path.join(__dirname, '..', '.tmp'), 'bench');
  let server;
  try {
    console.log(`Booting the app in production mode on ${db} with the site's home page seeded`);
    server = await startServer(['site-home'], productionEnv(database));
    return await work(`http://127.0.0.1:${server.port}`);
  } finally {
    if (server) await stopServer(server.child);
    await database.drop();
  }
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const run = async (baseURL) => {
    const result = await measureSiteWeight(baseURL, options.path);
    console.log(formatWeight(result));
    return result.problems.length === 0;
  };
  return options.url ? run(options.url) : withBootedApp(options.db, run);
}

if (require.main === module) {
  main().then(
    (ok) => process.exit(ok ? 0 : 1),
    (error) => {
      console.error(error instanceof SiteNotServedError ? error.message : error);
      process.exit(1);
    }
  );
}

module.exports = { LIMIT_BYTES, SiteNotServedError, assetsOfHtml, cssImports, formatWeight, measureSiteWeight, staticImports, summarize };
