import { randomUUID } from 'crypto';
import { useStrapi } from '../../helpers/strapi';
import { bearer, signInAdmin } from '../../helpers/admins';
import { callToAction, contentManager, heroBlock } from '../../helpers/content-manager';
import { PREVIEW_LINK_SECONDS, signPreview } from '../../../src/domain/preview-links';

/** The site the links open (SITE_URL); the app itself serves it at `/` when unset. */
process.env.SITE_URL = 'https://act.example.org';

const app = useStrapi();
const PAGE = 'api::page.page';

/** Only draft versions carry it: an answer containing it shows a draft. */
const EMBARGO = `EMBARGO-${randomUUID().slice(0, 8)}`;

const previewUrlOf = (uid: string, query: string) => `/content-manager/preview/url/${uid}?${query}`;

describe('signed draft preview of Action Center pages (Strapi 5 Preview)', () => {
  let adminToken: string;
  let documentId: string;
  let otherDocumentId: string;

  /** What the content manager's Preview panel asks for, as the web team's admin. */
  async function previewLinkFor(id: string, locale: string, status = 'draft') {
    const res = await app
      .http()
      .get(previewUrlOf(PAGE, `documentId=${id}&locale=${locale}&status=${status}`))
      .set(bearer(adminToken));
    expect(res.status).toBe(200);
    return new URL(res.body.data.url);
  }

  /** The pages API asked the way the site's /preview page asks: the link's own query on the document's path. */
  const readPreview = (id: string, query: URLSearchParams | string) => app.http().get(`/api/pages/${id}?${query}`);

  function expectNothingShownNorCached(res: any) {
    expect(res.text).not.toContain(EMBARGO);
    expect(res.body.data ?? null).toBeNull();
    expect(res.headers['cache-control'] ?? '').not.toMatch(/public|s-maxage/);
    expect(res.headers.etag).toBeUndefined();
  }

  beforeAll(async () => {
    const webTeam = await signInAdmin(app, 'Web team');
    adminToken = webTeam.token;
    const cm = contentManager(app, adminToken);

    // Published in English as "Rally"; then both locales hold drafts the public must not see.
    const slug = 'preview-rally';
    const created = await cm.createPage({ slug, title: 'Rally' });
    expect(created.status).toBe(201);
    documentId = created.body.data.documentId;
    expect((await cm.publishPage(documentId)).status).toBe(200);
    const draftBlocks = (lang: string) => [
      { ...heroBlock(`${EMBARGO} hero ${lang}`), subheading: 'Sub', button: { label: 'Give', action: 'donate', emphasis: 'primary' } },
      callToAction(`${EMBARGO} call ${lang}`, 'make-calls'),
      { __component: 'blocks.embed', kind: 'fundraising-campaign', recordId: 'spring-drive', caption: `${EMBARGO} drive ${lang}` },
    ];
    const seo = (lang: string) => ({ metaTitle: `${EMBARGO} seo ${lang}`, metaDescription: 'A rally in Concord' });
    expect((await cm.savePage(documentId, { title: `${EMBARGO} draft en`, blocks: draftBlocks('en'), seo: seo('en') })).status).toBe(200);
    expect(
      (await cm.savePage(documentId, { slug, title: `${EMBARGO} draft es`, blocks: draftBlocks('es'), seo: seo('es') }, 'es')).status
    ).toBe(200);

    const other = await cm.createPage({ slug: 'preview-other', title: `${EMBARGO} other draft` });
    expect(other.status).toBe(201);
    otherDocumentId = other.body.data.documentId;
  });

  it("the content manager's Preview panel gets a signed site link for a page, valid one hour; other types get none", async () => {
    const before = Math.floor(Date.now() / 1000);
    const link = await previewLinkFor(documentId, 'es');
    expect(`${link.origin}${link.pathname}`).toBe('https://act.example.org/preview');
    const query = Object.fromEntries(link.searchParams);
    expect(query).toEqual({
      documentId,
      locale: 'es',
      status: 'draft',
      expires: expect.stringMatching(/^\d+$/),
      signature: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    const expires = Number(query.expires);
    expect(expires).toBeGreaterThanOrEqual(before + PREVIEW_LINK_SECONDS);
    expect(expires).toBeLessThanOrEqual(Math.floor(Date.now() / 1000) + PREVIEW_LINK_SECONDS);

    // A content type the site does not preview: 204, no URL.
    const drive = await app
      .http()
      .get(previewUrlOf('plugin::mymitt-fundraising.fundraising-campaign', 'documentId=abc&status=published'))
      .set(bearer(adminToken));
    expect(drive.status).toBe(204);

    // Only the admin asks for links.
    const anonymous = await app.http().get(previewUrlOf(PAGE, `documentId=${documentId}&locale=en&status=draft`));
    expect(anonymous.status).toBe(401);
    expect(anonymous.text).not.toMatch(/signature=/);
  });

  it.each(['en', 'es'])('serves the %s draft with the signature of its link, its blocks populated as by slug, never cached', async (locale) => {
    const link = await previewLinkFor(documentId, locale);
    const res = await readPreview(documentId, link.searchParams);
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('private, no-store');
    expect(res.headers.etag).toBeUndefined();
    expect(res.body.data).toMatchObject({ documentId, locale, title: `${EMBARGO} draft ${locale}`, publishedAt: null });
    expect(res.body.data.seo).toMatchObject({ metaTitle: `${EMBARGO} seo ${locale}`, shareImage: null });
    const [hero, call, embed] = res.body.data.blocks;
    expect(hero).toMatchObject({ __component: 'blocks.hero', heading: `${EMBARGO} hero ${locale}`, image: null });
    expect(hero.button).toMatchObject({ label: 'Give', action: 'donate' });
    expect(call).toMatchObject({ __component: 'blocks.call-to-action', action: 'make-calls' });
    expect(embed).toMatchObject({ __component: 'blocks.embed', kind: 'fundraising-campaign', recordId: 'spring-drive' });
    expect(res.body.meta).toMatchObject({ locale, status: 'draft', preview: { expires: Number(link.searchParams.get('expires')) } });
    expect(res.body.meta.disclaimer).toEqual(expect.any(String));

    // The same request asked again is computed again: no 304 from a validator a cache could have kept.
    const again = await readPreview(documentId, link.searchParams).set('If-None-Match', '*');
    expect(again.status).toBe(200);
  });

  it('refuses a tampered or expired signature, and a link of another page, locale or status, showing nothing', async () => {
    const link = await previewLinkFor(documentId, 'en');
    const signed = Object.fromEntries(link.searchParams) as Record<string, string>;
    const asked = (changes: Record<string, string>) => new URLSearchParams({ ...signed, ...changes }).toString();
    const flipped = `${signed.signature[0] === 'a' ? 'b' : 'a'}${signed.signature.slice(1)}`;

    const forbidden: Array<[string, string, Record<string, string>]> = [
      ['tampered signature', documentId, { signature: flipped }],
      ['later expiry', documentId, { expires: String(Number(signed.expires) + 600) }],
      ['other locale', documentId, { locale: 'es' }],
      ['published instead of draft', documentId, { status: 'published' }],
      ['another page', otherDocumentId, {}],
      ['another page named in the query', documentId, { documentId: otherDocumentId }],
    ];
    for (const [why, id, changes] of forbidden) {
      const res = await readPreview(id, asked(changes));
      expect({ why, status: res.status, code: res.body.error?.details?.code }).toEqual({ why, status: 403, code: 'invalid_preview_link' });
      expectNothingShownNorCached(res);
    }

    // Signed with the real secret, but over: "expired", with what to do.
    const secret = app.strapi.config.get('preview.secret') as string;
    const expires = Math.floor(Date.now() / 1000) - 1;
    const expired = await readPreview(
      documentId,
      new URLSearchParams({ status: 'draft', locale: 'en', expires: String(expires), signature: signPreview({ documentId, locale: 'en', status: 'draft', expires }, secret) })
    );
    expect(expired.status).toBe(403);
    expect(expired.body.error).toMatchObject({ details: { code: 'preview_link_expired' }, message: expect.stringMatching(/expired/) });
    expectNothingShownNorCached(expired);

    // Half a link, a malformed one, or one with more parameters (populate, fields) is a 400.
    const malformed = [
      asked({ signature: 'not-hex' }),
      new URLSearchParams({ status: 'draft', locale: 'en', signature: signed.signature }).toString(),
      new URLSearchParams({ status: 'draft', locale: 'en', expires: signed.expires }).toString(),
      `${asked({})}&populate=*`,
      asked({ locale: 'fr' }),
    ];
    for (const query of malformed) {
      const res = await readPreview(documentId, query);
      expect({ query, status: res.status }).toEqual({ query, status: 400 });
      expect(res.body.error.details.code).toEqual(expect.any(String));
      expectNothingShownNorCached(res);
    }

    // A preview link opens one page, never a list.
    const list = await app.http().get(`/api/pages?${asked({})}`);
    expect(list.status).toBe(400);
    expect(list.body.error.details).toMatchObject({ code: 'invalid_query', param: 'signature' });
    expectNothingShownNorCached(list);
  });

  it('a signed link to the published version serves it privately; published reads without a link are unchanged and cacheable', async () => {
    const link = await previewLinkFor(documentId, 'en', 'published');
    const signedPublished = await readPreview(documentId, link.searchParams);
    expect(signedPublished.status).toBe(200);
    expect(signedPublished.body.data).toMatchObject({ title: 'Rally' });
    expect(signedPublished.headers['cache-control']).toBe('private, no-store');

    const byId = await app.http().get(`/api/pages/${documentId}`);
    expect(byId.status).toBe(200);
    expect(byId.body.data).toMatchObject({ title: 'Rally', locale: 'en' });
    expect(byId.headers['cache-control']).toContain('s-maxage=');
    expect(byId.headers.etag).toEqual(expect.any(String));
    expect(byId.text).not.toContain(EMBARGO);

    const bySlug = await app.http().get('/api/pages/slug/preview-rally');
    expect(bySlug.body.data.title).toBe('Rally');
    expect((await app.http().get('/api/pages/slug/preview-rally?locale=es')).status).toBe(404);

    // Without a signature, drafts stay refused (issue 11).
    const drafts = await app.http().get(`/api/pages/${documentId}?status=draft&locale=es`);
    expect(drafts.status).toBe(400);
    expectNothingShownNorCached(drafts);
  });
});
