import { useStrapi } from '../../helpers/strapi';
import { signInAdmin } from '../../helpers/admins';
import { callToAction, contentManager, heroBlock, richText } from '../../helpers/content-manager';

const app = useStrapi();

describe('Action Center pages', () => {
  let cm: ReturnType<typeof contentManager>;
  let disclaimer: string;

  beforeAll(async () => {
    const webTeam = await signInAdmin(app, 'Web team');
    cm = contentManager(app, webTeam.token);
    disclaimer = (await app.strapi.service('api::committee-setting.committee-setting').current()).disclaimer;
  });


  it('serves a page published in English and Spanish in each locale by slug, with the disclaimer', async () => {
    await cm.publishedPage(
      'home',
      { title: 'Join the team', blocks: [heroBlock('Believe in America'), callToAction('Chip in $5', 'donate'), richText('Hello')] },
      { title: 'Únete al equipo', blocks: [heroBlock('Cree en América'), callToAction('Dona $5', 'donate')] }
    );

    const en = await app.http().get('/api/pages/slug/home');
    expect(en.status).toBe(200);
    expect(en.body.data).toMatchObject({ title: 'Join the team', slug: 'home', locale: 'en' });
    expect(en.body.data.blocks.map((b: any) => b.__component)).toEqual(['blocks.hero', 'blocks.call-to-action', 'blocks.rich-text']);
    expect(en.body.data.blocks[1]).toMatchObject({ label: 'Chip in $5', action: 'donate' });
    expect(en.body.meta).toMatchObject({ locale: 'en', disclaimer });

    const es = await app.http().get('/api/pages/slug/home?locale=es');
    expect(es.status).toBe(200);
    expect(es.body.data).toMatchObject({ title: 'Únete al equipo', slug: 'home', locale: 'es' });
    expect(es.body.data.blocks[0]).toMatchObject({ heading: 'Cree en América' });
    expect(es.body.meta.disclaimer).toBe(disclaimer);
  });

  it('answers 404 for a draft that was never published', async () => {
    const created = await cm.createPage({ slug: 'secret-plan', title: 'Not ready' });
    expect(created.status).toBe(201);

    const res = await app.http().get('/api/pages/slug/secret-plan');
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ data: null, error: { status: 404, name: 'NotFoundError' } });
    expect(JSON.stringify(res.body)).not.toContain('Not ready');
  });

  it('answers 404 once a page is unpublished, and 404 in a locale that was never published', async () => {
    const documentId = await cm.publishedPage('rally', { title: 'Rally in Concord' });
    expect((await app.http().get('/api/pages/slug/rally')).status).toBe(200);
    expect((await app.http().get('/api/pages/slug/rally?locale=es')).status).toBe(404);

    expect((await cm.unpublishPage(documentId)).status).toBe(200);
    expect((await app.http().get('/api/pages/slug/rally')).status).toBe(404);
  });

  it('serves unpublished edits only after they are published again', async () => {
    const documentId = await cm.publishedPage('volunteer', { title: 'Volunteer' });
    expect((await cm.savePage(documentId, { title: 'Volunteer — draft edit' })).status).toBe(200);

    const live = await app.http().get('/api/pages/slug/volunteer');
    expect(live.body.data.title).toBe('Volunteer');
  });

  it('lists only published pages, with the disclaimer', async () => {
    const res = await app.http().get('/api/pages?locale=en');
    expect(res.status).toBe(200);
    const slugs = res.body.data.map((p: any) => p.slug);
    expect(slugs).toEqual(expect.arrayContaining(['home', 'volunteer']));
    expect(slugs).not.toContain('secret-plan');
    expect(slugs).not.toContain('rally');
    expect(res.body.meta.disclaimer).toBe(disclaimer);
  });

  it('refuses an unsupported locale and unknown query parameters with 400 (SEC-05)', async () => {
    const badLocale = await app.http().get('/api/pages/slug/home?locale=fr');
    expect(badLocale.status).toBe(400);
    expect(badLocale.body.error).toMatchObject({ status: 400, name: 'ValidationError' });

    const unknownParam = await app.http().get('/api/pages/slug/home?debug=1');
    expect(unknownParam.status).toBe(400);

    const unknownOnList = await app.http().get('/api/pages?debug=1');
    expect(unknownOnList.status).toBe(400);
  });

  it('sends an ETag and Cache-Control to anonymous readers, and 304 on revalidation', async () => {
    const first = await app.http().get('/api/pages/slug/home');
    expect(first.headers.etag).toMatch(/^W\/".+"$/);
    expect(first.headers['cache-control']).toContain('s-maxage=');

    const again = await app.http().get('/api/pages/slug/home').set('If-None-Match', first.headers.etag);
    expect(again.status).toBe(304);
    expect(again.text).toBe('');
  });

  it('does not let the public write pages', async () => {
    const res = await app
      .http()
      .post('/api/pages')
      .send({ data: { title: 'Hacked', slug: 'hacked' } });
    expect([403, 404, 405]).toContain(res.status);
    expect(await app.strapi.db.query('api::page.page').count({ where: { slug: 'hacked' } })).toBe(0);
  });
});
