import { randomUUID } from 'crypto';
import { useStrapi } from '../../helpers/strapi';
import { bearer, signInAdmin } from '../../helpers/admins';
import { contentManager, heroBlock } from '../../helpers/content-manager';
import { signUpSupporter, type SignedInSupporter } from '../../helpers/supporters';
import { fillPath, parameterNames, registeredRoutes } from '../../helpers/route-table';

const app = useStrapi();
const PAGE = 'api::page.page';

/** Only draft (unpublished) versions carry it: a response containing it has leaked a draft. */
const EMBARGO = `EMBARGO-${randomUUID().slice(0, 8)}`;
const DRAFT_QUERIES = ['status=draft', 'status=draft&locale=es'];

interface Fixtures {
  draftOnlyPage: { documentId: string; slug: string };
  livePage: { documentId: string; slug: string };
  draftPost: { documentId: string; slug: string };
  pendingFundraisingPage: { documentId: string; slug: string };
  authorSlug: string;
}

/** Real ids and slugs of the draft fixtures for each kind of path parameter, so routes look the drafts up. */
function candidatesFor(name: string, f: Fixtures): string[] {
  const documents = [f.draftOnlyPage, f.livePage, f.draftPost, f.pendingFundraisingPage];
  if (name === 'id' || name === 'documentId') return documents.map((d) => d.documentId);
  if (name === 'slug') return documents.map((d) => d.slug);
  if (name === 'profileSlug') return [f.authorSlug];
  return ['1'];
}

/** The paths to ask for one GET route: variant i gives every parameter its i-th candidate. */
function pathsFor(routePath: string, f: Fixtures): string[] {
  const names = parameterNames(routePath);
  const variants = Math.max(1, ...names.map((name) => candidatesFor(name, f).length));
  const paths = Array.from({ length: variants }, (_, i) =>
    fillPath(routePath, (name) => {
      const candidates = candidatesFor(name, f);
      return encodeURIComponent(candidates[i % candidates.length]);
    })
  );
  return [...new Set(paths)];
}

describe('drafts never reach the public or supporters, and are never cached (issue 11)', () => {
  let cm: ReturnType<typeof contentManager>;
  let webTeamToken: string;
  let viewer: SignedInSupporter;
  let fixtures: Fixtures;

  beforeAll(async () => {
    const webTeam = await signInAdmin(app, 'Web team');
    webTeamToken = webTeam.token;
    cm = contentManager(app, webTeam.token);

    // A page saved but never published, in English and Spanish.
    const draftSlug = `draft-only-${EMBARGO.toLowerCase()}`.slice(0, 60);
    const draftOnly = await cm.createPage({ slug: draftSlug, title: `${EMBARGO} plan`, blocks: [heroBlock(`${EMBARGO} hero`)] });
    expect(draftOnly.status).toBe(201);
    const draftOnlyId = draftOnly.body.data.documentId;
    expect((await cm.savePage(draftOnlyId, { slug: draftSlug, title: `${EMBARGO} plan es` }, 'es')).status).toBe(200);

    // A page published in both locales, then edited again in both without publishing.
    const liveSlug = 'live-with-newer-draft';
    const live = await cm.createPage({ slug: liveSlug, title: 'Live page' });
    const liveId = live.body.data.documentId;
    expect((await cm.publishPage(liveId)).status).toBe(200);
    expect((await cm.savePage(liveId, { slug: liveSlug, title: 'Página publicada' }, 'es')).status).toBe(200);
    expect((await cm.publishPage(liveId, 'es')).status).toBe(200);
    expect((await cm.savePage(liveId, { title: `${EMBARGO} newer en` })).status).toBe(200);
    expect((await cm.savePage(liveId, { title: `${EMBARGO} newer es` }, 'es')).status).toBe(200);

    // A supporter's unpublished blog post and a fundraising page waiting for approval.
    const author = await signUpSupporter(app);
    const profile = await app
      .http()
      .put('/api/mymitt-profiles/profiles/me')
      .set(bearer(author.jwt))
      .send({ displayName: 'Draft Author', visibility: 'public' });
    expect(profile.status).toBe(200);
    const post = await app
      .http()
      .post('/api/mymitt-profiles/posts')
      .set(bearer(author.jwt))
      .send({ title: `${EMBARGO} post`, bodyMarkdown: `${EMBARGO} text` });
    expect(post.status).toBe(201);
    await app.strapi.plugin('mymitt-fundraising').service('page-settings').update({ pagesNeedApproval: true });
    const pending = await app
      .http()
      .post('/api/mymitt-fundraising/pages')
      .set(bearer(author.jwt))
      .send({ title: `${EMBARGO} page`, story: EMBARGO });
    expect(pending.status).toBe(201);
    expect(pending.body.data.status).toBe('pending');

    fixtures = {
      draftOnlyPage: { documentId: draftOnlyId, slug: draftSlug },
      livePage: { documentId: liveId, slug: liveSlug },
      draftPost: { documentId: post.body.data.documentId, slug: post.body.data.slug },
      pendingFundraisingPage: { documentId: pending.body.data.documentId, slug: pending.body.data.slug },
      authorSlug: profile.body.data.slug,
    };
    viewer = await signUpSupporter(app);
  });

  it('every content-API GET route, asked for drafts (status=draft, in English and Spanish) by the public or a supporter, answers no draft and nothing publicly cacheable', async () => {
    const routes = registeredRoutes(app.strapi, 'content-api').filter((route) => route.method === 'GET');
    expect(routes.map((r) => r.path)).toEqual(expect.arrayContaining(['/api/pages', '/api/pages/:id', '/api/mymitt-profiles/posts/:slug']));

    const viewers: Record<string, Record<string, string>> = { anonymous: {}, supporter: bearer(viewer.jwt) };
    const failures: string[] = [];
    let sent = 0;
    for (const route of routes) {
      for (const path of pathsFor(route.path, fixtures)) {
        for (const query of DRAFT_QUERIES) {
          for (const [who, headers] of Object.entries(viewers)) {
            const res = await app.http().get(`${path}?${query}`).set(headers);
            sent += 1;
            const cacheControl = String(res.headers['cache-control'] ?? '');
            const where = `${who} GET ${path}?${query}`;
            if (res.status >= 500) failures.push(`${where}: answered ${res.status}`);
            if (res.text.includes(EMBARGO)) failures.push(`${where}: answered ${res.status} with draft content`);
            if (/public|s-maxage/.test(cacheControl)) failures.push(`${where}: Cache-Control "${cacheControl}"`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
    expect(sent).toBeGreaterThan(200);
  });

  it('the page API refuses any status but "published", and the draft cohorts, with a 400 in every locale, for the public and supporters', async () => {
    const { draftOnlyPage, livePage } = fixtures;
    const message = 'Only published pages are public: leave out "status" or set it to "published".';
    const asked = [
      `/api/pages?status=draft`,
      `/api/pages?status=draft&locale=es`,
      `/api/pages?status=modified`,
      `/api/pages?status[0]=draft`,
      `/api/pages?publicationFilter=never-published`,
      `/api/pages?status=published&hasPublishedVersion=false`,
      `/api/pages/${draftOnlyPage.documentId}?status=draft`,
      `/api/pages/${livePage.documentId}?status=draft&locale=es`,
    ];
    for (const headers of [{}, bearer(viewer.jwt)]) {
      for (const url of asked) {
        const res = await app.http().get(url).set(headers);
        expect({ url, status: res.status }).toEqual({ url, status: 400 });
        expect(res.body).toMatchObject({ data: null, error: { status: 400, name: 'ValidationError', message } });
        expect(res.headers['cache-control'] ?? '').not.toMatch(/public|s-maxage/);
      }
    }
  });

  it('serves the published version of a page with a newer draft, in each locale, cacheable', async () => {
    const { livePage, draftOnlyPage } = fixtures;
    const en = await app.http().get(`/api/pages/${livePage.documentId}?status=published`);
    expect(en.status).toBe(200);
    expect(en.body.data).toMatchObject({ title: 'Live page', locale: 'en' });
    expect(en.headers['cache-control']).toContain('s-maxage=');

    const es = await app.http().get(`/api/pages/${livePage.documentId}?locale=es&populate=localizations`);
    expect(es.status).toBe(200);
    expect(es.body.data).toMatchObject({ title: 'Página publicada', locale: 'es' });
    expect(es.text).not.toContain(EMBARGO);

    const list = await app.http().get('/api/pages?locale=es');
    expect(list.body.data.map((p: any) => p.title)).toContain('Página publicada');
    expect(list.text).not.toContain(EMBARGO);

    const neverPublished = await app.http().get(`/api/pages/${draftOnlyPage.documentId}?locale=es`);
    expect(neverPublished.status).toBe(404);
    expect(neverPublished.body).toMatchObject({ data: null, error: { status: 404, name: 'NotFoundError' } });
    expect(neverPublished.headers['cache-control'] ?? '').not.toMatch(/public|s-maxage/);
  });

  it('the web team still previews drafts in the content manager, and a staff-issued API token may read them, never cached', async () => {
    const preview = await app
      .http()
      .get(`/content-manager/collection-types/${PAGE}/${fixtures.livePage.documentId}?locale=es`)
      .set(bearer(webTeamToken));
    expect(preview.status).toBe(200);
    expect(preview.body.data.title).toBe(`${EMBARGO} newer es`);

    const token = await app.strapi
      .service('admin::api-token')
      .create({ name: `preview-${EMBARGO}`, description: '', type: 'read-only', kind: 'content-api', lifespan: null });
    const drafts = await app.http().get('/api/pages?status=draft&locale=en').set(bearer(token.accessKey));
    expect(drafts.status).toBe(200);
    expect(drafts.body.data.map((p: any) => p.title)).toEqual(expect.arrayContaining([`${EMBARGO} plan`, `${EMBARGO} newer en`]));
    expect(drafts.headers['cache-control']).toBe('private, no-store');
  });
});
