import { randomUUID } from 'crypto';
import { useStrapi } from '../helpers/strapi';
import { bearer, signInAdmin } from '../helpers/admins';
import { contentManager, heroBlock } from '../helpers/content-manager';

const app = useStrapi();
const DRAFT = `DRAFT-${randomUUID().slice(0, 8)}`;

describe('the web team previews a draft on the site before publishing', () => {
  let adminToken: string;
  let documentId: string;

  /** The link the content manager's Preview panel opens, as a site path (origin aside). */
  async function previewPath(locale: string) {
    const res = await app
      .http()
      .get(`/content-manager/preview/url/api::page.page?documentId=${documentId}&locale=${locale}&status=draft`)
      .set(bearer(adminToken));
    expect(res.status).toBe(200);
    const url = new URL(res.body.data.url);
    return `${url.pathname}${url.search}`;
  }

  beforeAll(async () => {
    adminToken = (await signInAdmin(app, 'Web team')).token;
    const cm = contentManager(app, adminToken);
    const created = await cm.createPage({ slug: 'town-hall', title: 'Town hall', blocks: [heroBlock('Published hero')] });
    documentId = created.body.data.documentId;
    expect((await cm.publishPage(documentId)).status).toBe(200);
    expect((await cm.savePage(documentId, { title: 'Town hall', blocks: [heroBlock(`${DRAFT} en`)] })).status).toBe(200);
    expect((await cm.savePage(documentId, { slug: 'town-hall', title: 'Foro', blocks: [heroBlock(`${DRAFT} es`)] }, 'es')).status).toBe(200);
  });

  it('shows the draft with a banner, never cached nor indexed, while visitors still see the published page', async () => {
    const res = await app.http().get(await previewPath('en')).set('Accept', 'text/html');
    expect(res.status).toBe(200);
    expect(res.text).toContain(`<h1>${DRAFT} en</h1>`);
    expect(res.text).toContain('Draft preview');
    expect(res.text).toContain('<meta name="robots" content="noindex">');
    expect(res.headers['cache-control']).toBe('private, no-store');
    expect(res.headers.etag).toBeUndefined();

    const visitor = await app.http().get('/pages/town-hall').set('Accept', 'text/html');
    expect(visitor.text).toContain('Published hero');
    expect(visitor.text).not.toContain(DRAFT);
  });

  it('opens the Spanish draft under /es/ with the Spanish interface', async () => {
    const link = await previewPath('es');
    const redirect = await app.http().get(link).set('Accept', 'text/html');
    expect(redirect.status).toBe(302);
    expect(redirect.headers.location).toMatch(/^\/es\/preview\?/);

    const res = await app.http().get(redirect.headers.location).set('Accept', 'text/html');
    expect(res.status).toBe(200);
    expect(res.text).toMatch(/<html lang="es">/);
    expect(res.text).toContain(`<h1>${DRAFT} es</h1>`);
    expect(res.text).toContain('Vista previa del borrador');
  });

  it('shows nothing of the draft for a tampered link', async () => {
    const link = (await previewPath('en')).replace(/signature=([0-9a-f])/, (whole, first) => `signature=${first === '0' ? '1' : '0'}`);
    const res = await app.http().get(link).set('Accept', 'text/html');
    expect(res.status).toBe(403);
    expect(res.text).not.toContain(DRAFT);
    expect(res.text).toContain('This preview link cannot be opened');
    expect(res.headers['cache-control']).toBe('private, no-store');
  });
});
