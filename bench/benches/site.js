'use strict';
/**
 * The supporter site as a browser asks for it (issue 14): server-rendered HTML with a warm cache, each
 * beside `floor` and `core` in the same run (target ≥ 0.8× floor). Requests carry a browser's Accept,
 * Accept-Encoding and Accept-Language, so a server that sends gzipped HTML is measured doing so.
 *
 * - `site-home`: `/`, the Action Center home page (the demo home page, English and Spanish, seeded as
 *   `npm run seed` does). Its check revalidates with the ETag (304 required) and weighs the JS + CSS of a
 *   first visit (bench/site-weight.js: under 100 KB gzipped).
 * - `site-fundraise`: `/fundraise/<slug>`, a supporter's fundraising page, created through the
 *   fundraising plugin's own page service (what POST /api/mymitt-fundraising/pages runs) by a supporter
 *   registered through users-permissions' user service. Its check revalidates with the ETag (304).
 *
 * Both are in `--check` (seeding takes well under a second): ≥ 0.56× floor there, the page bench's guard.
 * Before measuring, each checks that its path answers HTML; until the site exists it says so clearly and
 * the bench is skipped (and the run fails) rather than measuring 404s.
 */
const http = require('http');
const path = require('path');
const { measureSiteWeight, summarize, formatWeight, SiteNotServedError } = require('../site-weight');

const HEADERS = {
  accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
  'accept-encoding': 'gzip, deflate, br',
  'accept-language': 'en-US,en;q=0.9',
};
const FUNDRAISER_SLUG = 'bench-site-fundraiser';

function get(port, pathname, headers = {}) {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path: pathname, headers: { ...HEADERS, ...headers } }, (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode, headers: res.headers }));
      })
      .on('error', reject);
  });
}

/** Undefined when `pathname` answers 200 HTML; otherwise why the bench cannot run. */
async function notHtml(port, pathname) {
  const res = await get(port, pathname);
  const type = String(res.headers['content-type'] || '');
  if (res.status === 200 && /^text\/html\b/i.test(type)) return undefined;
  return new SiteNotServedError(pathname, res.status, type).message;
}

/** The page answers an ETag, and a request with `If-None-Match` of it answers 304. */
async function revalidates(port, pathname) {
  const first = await get(port, pathname);
  const etag = first.headers.etag;
  const again = etag ? await get(port, pathname, { 'if-none-match': etag }) : undefined;
  const ok = first.status === 200 && Boolean(etag) && again?.status === 304;
  return {
    ok,
    text: `GET ${pathname} ${first.status}, ETag ${etag ? 'set' : 'MISSING'}, If-None-Match → ${again ? again.status : 'not sent'}`,
  };
}

/** The demo home page (English and Spanish, published), from the compiled seed `npm run seed` uses. */
async function seedHome(strapi) {
  const { seedDemoPages } = require(path.resolve(__dirname, '../../dist/src/seed/demo-pages'));
  await seedDemoPages(strapi);
  return { path: '/' };
}

/** A registered supporter and their published fundraising page, through the services the API calls. */
async function seedFundraiser(strapi) {
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'authenticated' } });
  const email = 'site-bench-fundraiser@example.org';
  const user = await strapi.plugin('users-permissions').service('user').add({
    username: email,
    email,
    firstName: 'Pat',
    lastName: 'Bench',
    zip: '03301',
    password: 'site-bench-password-2012',
    provider: 'local',
    confirmed: true,
    blocked: false,
    role: role.id,
  });
  const page = await strapi.plugin('mymitt-fundraising').service('pages').create(user.id, {
    title: 'Pat raises for the campaign',
    slug: FUNDRAISER_SLUG,
    story: 'I am raising money for the campaign because **it matters**. Every gift, large or small, helps us reach more voters.',
    goalCents: 250_000,
    state: 'NH',
  });
  if (page.status !== 'published') throw new Error(`the site bench's fundraising page is ${page.status}, not published`);
  return { path: `/fundraise/${page.slug}` };
}

const home = {
  name: 'site-home',
  description: 'GET / as HTML (the Action Center home page, warm cache)',
  seed: seedHome,
  before: (seed, { port }) => notHtml(port, seed.path),
  requests: (seed) => [{ method: 'GET', path: seed.path, headers: HEADERS }],
  /** ETag revalidation answers 304, and the first visit's JS + CSS is under the limit. */
  async check(seed, _result, { port }) {
    const etag = await revalidates(port, seed.path);
    let weight;
    try {
      const measured = await measureSiteWeight(`http://127.0.0.1:${port}`, seed.path);
      console.log(formatWeight(measured).replace(/^/gm, '    '));
      weight = { ok: measured.problems.length === 0, text: summarize(measured) };
    } catch (error) {
      weight = { ok: false, text: error.message };
    }
    return { ok: etag.ok && weight.ok, text: `${etag.text}; ${weight.text}` };
  },
  /** `--check` (CI): the least it may show, as a ratio to the floor of the same run (target 0.8x). */
  floors: { floor: 0.56 },
};

const fundraise = {
  name: 'site-fundraise',
  description: 'GET /fundraise/:slug as HTML (a fundraising page, warm cache)',
  seed: seedFundraiser,
  before: (seed, { port }) => notHtml(port, seed.path),
  requests: (seed) => [{ method: 'GET', path: seed.path, headers: HEADERS }],
  check: (seed, _result, { port }) => revalidates(port, seed.path),
  floors: { floor: 0.56 },
};

module.exports = { home, fundraise };
