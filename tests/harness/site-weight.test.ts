/**
 * bench/site-weight.js, the first-visit JS + CSS weigher of the site bench, against a site served here:
 * it follows what a browser loads on a first visit (scripts, stylesheets, modulepreload, static imports,
 * CSS @import) and nothing loaded later (dynamic import(), nomodule, commented-out tags), weighs each
 * file gzipped, and fails above the limit, on a third-party asset, on a broken asset, and when the page
 * is not HTML.
 */
import http from 'http';
import zlib from 'zlib';
import type { AddressInfo } from 'net';
const { measureSiteWeight, staticImports, SiteNotServedError } = require('../../bench/site-weight');

const BIG = 'x'.repeat(40_000);
const files: Record<string, [string, string | Buffer, Record<string, string>?]> = {
  '/': [
    'text/html; charset=utf-8',
    `<!doctype html><html><head>
      <link rel="stylesheet" href="/site/a.css"><link rel=modulepreload href=/site/shared.js>
      <!-- <script src="/site/commented.js"></script> -->
      <script type="module" src="/site/main.js"></script><script nomodule src="/site/legacy.js"></script>
    </head><body></body></html>`,
  ],
  '/site/a.css': ['text/css', '@import url("./b.css"); body { color: #123 }'],
  '/site/b.css': ['text/css', 'p { margin: 0 }'],
  '/site/main.js': ['text/javascript', 'import{s}from"./shared.js";export*from"./re.js";const later=()=>import("./lazy.js");'],
  '/site/shared.js': ['text/javascript', 'export const s = 1; import "./side.js";'],
  '/site/re.js': ['text/javascript', 'export const r = 2;'],
  // Served gzipped, as a compressing server would: weighed from its decoded bytes.
  '/site/side.js': ['text/javascript', zlib.gzipSync(`window.side = "${BIG}";`), { 'content-encoding': 'gzip' }],
  '/site/lazy.js': ['text/javascript', `window.lazy = "${BIG}";`],
  '/heavy': ['text/html', '<script type="module" src="/heavy.js"></script>'],
  '/heavy.js': ['text/javascript', `window.heavy = ${JSON.stringify(Array.from({ length: 30_000 }, (_, i) => (i * 7919) % 100_003))};`],
  '/elsewhere': ['text/html', '<script src="https://cdn.example.com/lib.js"></script><link rel="stylesheet" href="/gone.css">'],
  '/json': ['application/json', '{"data":null}'],
};

let server: http.Server;
let base = '';
const requested: string[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    requested.push(req.url ?? '');
    const file = files[req.url ?? ''];
    if (!file) return void res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
    res.writeHead(200, { 'content-type': file[0], 'cache-control': 'public, max-age=31536000, immutable', ...file[2] }).end(file[1]);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise((resolve) => server.close(resolve)));

test('weighs what a first visit loads, and only that', async () => {
  const result = await measureSiteWeight(base, '/');
  const paths = result.assets.map((a: { path: string }) => a.path).sort();
  expect(paths).toEqual(['/site/a.css', '/site/b.css', '/site/main.js', '/site/re.js', '/site/shared.js', '/site/side.js']);
  expect(requested).not.toContain('/site/lazy.js');
  expect(requested).not.toContain('/site/legacy.js');
  expect(requested).not.toContain('/site/commented.js');

  const side = result.assets.find((a: { path: string }) => a.path === '/site/side.js');
  expect(side).toMatchObject({ kind: 'js', encoding: 'gzip', rawBytes: BIG.length + 'window.side = "";'.length });
  expect(side.gzipBytes).toBe(zlib.gzipSync(`window.side = "${BIG}";`, { level: 9 }).length);
  expect(result.totalGzip).toBe(result.assets.reduce((sum: number, a: { gzipBytes: number }) => sum + a.gzipBytes, 0));
  expect(result.problems).toEqual([]);
});

test('fails above the limit', async () => {
  const result = await measureSiteWeight(base, '/heavy');
  expect(result.totalGzip).toBeGreaterThan(50_000);
  expect((await measureSiteWeight(base, '/heavy', { limit: 50_000 })).problems).toEqual([
    expect.stringMatching(/above the 50\.0 KB limit/),
  ]);
});

test('a third-party asset and a broken one are failures', async () => {
  const { problems } = await measureSiteWeight(base, '/elsewhere');
  expect(problems).toEqual([
    expect.stringMatching(/third-party js https:\/\/cdn\.example\.com\/lib\.js/),
    expect.stringMatching(/\/gone\.css answered 404/),
  ]);
});

test('a page that is not HTML says the site is not served', async () => {
  await expect(measureSiteWeight(base, '/json')).rejects.toThrow(SiteNotServedError);
  await expect(measureSiteWeight(base, '/json')).rejects.toThrow(/not served yet \(GET \/json answered 200 application\/json\)/);
  await expect(measureSiteWeight(base, '/nowhere')).rejects.toThrow(/does not serve \/nowhere yet/);
});

test('static imports only: import(), import.meta and member calls are not followed', () => {
  const source =
    'import a,{b as c}from"./one.js";import"./two.js";export*from"./three.js";export{d}from\'./four.js\';' +
    'export{e};const f=import("./lazy.js");const g=import.meta.url;h.import("./member.js");\nimport * as ns from "./five.js"';
  expect(staticImports(source)).toEqual(['./one.js', './two.js', './three.js', './four.js', './five.js']);
});
