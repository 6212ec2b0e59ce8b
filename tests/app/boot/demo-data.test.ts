import { useStrapi } from '../../helpers/strapi';
import { seedDemoData } from '../../../src/seed';
import { DEMO_SUPPORTER_PASSWORD } from '../../../src/seed/demo-supporters';

const app = useStrapi();

describe('npm run seed (demo data)', () => {
  const env = { ...process.env };
  beforeAll(() => {
    process.env.ADMIN_EMAIL = 'Organizer@Campaign.test';
    process.env.ADMIN_PASSWORD = 'Organizer-password-1';
  });
  afterAll(() => {
    process.env = env;
  });

  it('fills an empty database with a bilingual home page, supporters and an admin', async () => {
    const report = await seedDemoData(app.strapi);
    expect(report).toMatchObject({ pages: 1, supporters: 4 });

    const en = await app.http().get('/api/pages/slug/home');
    expect(en.status).toBe(200);
    expect(en.body.data.title).toBe('Action Center');
    expect(en.body.data.blocks[0].button).toMatchObject({ action: 'donate' });
    const es = await app.http().get('/api/pages/slug/home?locale=es');
    expect(es.body.data.title).toBe('Centro de Acción');

    const login = await app
      .http()
      .post('/api/auth/local')
      .send({ identifier: 'maria.lopez@demo.mymitt.org', password: DEMO_SUPPORTER_PASSWORD });
    expect(login.status).toBe(200);

    const admin = await app.http().post('/admin/login').send({ email: 'organizer@campaign.test', password: 'Organizer-password-1' });
    expect(admin.status).toBe(200);

    // The community half: public profiles, a group, a house party and a blog post.
    expect(report['mymitt-profiles']).toEqual({ profiles: 4, groups: 1, events: 1, posts: 1 });
    expect((await app.http().get('/api/mymitt-profiles/groups?state=NH')).body.data.map((g: any) => g.name)).toEqual([
      'Granite State for Mitt',
    ]);
    const near = await app.http().get('/api/mymitt-profiles/events?zip=89101&radius=10');
    expect(near.body.data.map((e: any) => e.title)).toEqual(['House party and phone bank in Las Vegas']);
    expect(JSON.stringify(near.body)).not.toContain('1200 Fremont Street');
    expect((await app.http().get('/api/mymitt-profiles/posts')).body.data.map((p: any) => p.author.displayName)).toEqual(['Aisha K.']);
  });

  it('adds nothing when run again', async () => {
    const users = await app.strapi.db.query('plugin::users-permissions.user').count();
    const pages = await app.strapi.db.query('api::page.page').count();

    const report = await seedDemoData(app.strapi);

    expect(report).toMatchObject({ pages: 0, supporters: 0, 'mymitt-profiles': { profiles: 0, groups: 0, events: 0, posts: 0 } });
    expect(await app.strapi.db.query('plugin::users-permissions.user').count()).toBe(users);
    expect(await app.strapi.db.query('api::page.page').count()).toBe(pages);
  });
});
