import { useStrapi } from '../../helpers/strapi';
import { seedDemoData } from '../../../src/seed';
import { DEMO_SUPPORTER_PASSWORD } from '../../../src/seed/demo-supporters';
import { bearer, signInAdmin } from '../../helpers/admins';

/** Every collection an admin page or the content manager lists, and so must not be empty after the seed. */
const ADMIN_COLLECTIONS = [
  'api::page.page',
  'plugin::mymitt-profiles.profile',
  'plugin::mymitt-profiles.group',
  'plugin::mymitt-profiles.event',
  'plugin::mymitt-profiles.post',
  'plugin::mymitt-callcenter.call-list',
  'plugin::mymitt-callcenter.contact',
  'plugin::mymitt-callcenter.phone-bank',
  'plugin::mymitt-callcenter.call-day',
  'plugin::mymitt-callcenter.dnc-entry',
  'plugin::mymitt-fundraising.fundraising-campaign',
  'plugin::mymitt-fundraising.fundraising-page',
  'plugin::mymitt-fundraising.fundraising-page-update',
  'plugin::mymitt-fundraising.fundraising-team',
  'plugin::mymitt-fundraising.contribution',
  'plugin::mymitt-fundraising.ledger-entry',
  'plugin::mymitt-fundraising.election',
  'plugin::mymitt-fundraising.contribution-limit',
] as const;

async function collectionCounts(app: ReturnType<typeof useStrapi>) {
  const counts: Record<string, number> = {};
  for (const uid of ADMIN_COLLECTIONS) counts[uid] = await app.strapi.db.query(uid).count();
  return counts;
}

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
    expect(report).toMatchObject({
      pages: 1,
      supporters: 4,
      events: 3,
      calls: { lists: 2, contacts: 48, phoneBanks: 2, callDays: 1, doNotCall: 1 },
      fundraising: { drives: 1, pages: 3, teams: 1, gifts: 7, giftCents: 60_000 },
    });

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

  it('fills every admin page: calls, fundraising with real gifts, events near each demo supporter', async () => {
    const report = await seedDemoData(app.strapi);
    // Run once already by the test above: this call adds nothing, so the figures are the first run's.
    expect(report).toMatchObject({ events: 0, calls: { lists: 0, phoneBanks: 0, callDays: 0 }, fundraising: { pages: 0, gifts: 0 } });

    const counts = await collectionCounts(app);
    for (const [uid, count] of Object.entries(counts)) expect({ uid, empty: count === 0 }).toEqual({ uid, empty: false });
    expect(counts['plugin::mymitt-callcenter.call-list']).toBe(2);
    expect(counts['plugin::mymitt-callcenter.contact']).toBe(48);
    expect(counts['plugin::mymitt-fundraising.fundraising-page']).toBe(3);
    expect(counts['plugin::mymitt-fundraising.contribution']).toBe(7);

    // An event near each demo supporter's ZIP.
    for (const [zip, title] of [
      ['89101', 'House party and phone bank in Las Vegas'],
      ['03301', 'Phone bank at the Concord office'],
      ['48201', 'Jobs and the auto industry: meet and greet in Detroit'],
      ['33101', 'Saturday canvass in Miami'],
    ]) {
      const near = await app.http().get(`/api/mymitt-profiles/events?zip=${zip}&radius=25`);
      expect(near.body.data.map((e: any) => e.title)).toContain(title);
    }

    // Phone banks with English and Spanish scripts and Spanish survey labels; a published call day.
    const manager = await signInAdmin(app, 'Call center manager');
    const banks = await app.http().get('/mymitt-callcenter/phone-banks').set(bearer(manager.token));
    expect(banks.status).toBe(200);
    expect(banks.body.data).toHaveLength(2);
    for (const bank of banks.body.data) {
      expect(bank).toMatchObject({
        status: 'active',
        scriptEn: expect.stringContaining('volunteer'),
        scriptEs: expect.stringContaining('voluntario'),
      });
      expect(bank.questions[0]).toMatchObject({ labelEs: expect.any(String) });
    }
    const lists = await app.http().get('/mymitt-callcenter/lists').set(bearer(manager.token));
    expect(lists.body.data.map((l: any) => l.contacts.active + l.contacts.dnc).sort()).toEqual([24, 24]);
    const day = await app.http().get('/api/mymitt-callcenter/call-days/super-saturday/progress');
    expect(day.status).toBe(200);
    expect(day.body.data.goalCalls).toBe(500);

    // Pages whose thermometers are the ledger's: Concord got $25 + $50 + $50.
    const concord = await app.http().get('/api/mymitt-fundraising/pages/concord-for-mitt');
    expect(concord.status).toBe(200);
    expect(concord.body.data.thermometer).toMatchObject({ raisedCents: 12_500, donorCount: 3 });
    const maria = await app.http().get('/api/mymitt-fundraising/pages/maria-for-mitt');
    expect(maria.body.data.thermometer).toMatchObject({ raisedCents: 35_000, donorCount: 2 });
    const team = await app.http().get('/api/mymitt-fundraising/teams/granite-state-team');
    expect(team.status).toBe(200);
    const drive = await app.http().get('/api/mymitt-fundraising/campaigns/road-to-tampa');
    expect(drive.status).toBe(200);

    const finance = await signInAdmin(app, 'Finance');
    const donations = await app.http().get('/mymitt-fundraising/finance/donations').set(bearer(finance.token));
    expect(donations.status).toBe(200);
    expect(JSON.stringify(donations.body)).toContain('Baxter');
    const reconcile = await app.http().get('/mymitt-fundraising/ledger/reconcile').set(bearer(finance.token));
    expect(reconcile.status).toBe(200);
    expect(reconcile.body.data).toMatchObject({ drift: [], parkedEvents: 0 });
  });

  it('adds nothing when run again', async () => {
    const users = await app.strapi.db.query('plugin::users-permissions.user').count();
    const pages = await app.strapi.db.query('api::page.page').count();

    const collections = await collectionCounts(app);

    const report = await seedDemoData(app.strapi);

    expect(report).toMatchObject({
      pages: 0,
      supporters: 0,
      'mymitt-profiles': { profiles: 0, groups: 0, events: 0, posts: 0 },
      events: 0,
      calls: { lists: 0, contacts: 0, phoneBanks: 0, callDays: 0, doNotCall: 0 },
      fundraising: { drives: 0, pages: 0, teams: 0, gifts: 0, giftCents: 0 },
    });
    expect(await collectionCounts(app)).toEqual(collections);
    expect(await app.strapi.db.query('plugin::users-permissions.user').count()).toBe(users);
    expect(await app.strapi.db.query('api::page.page').count()).toBe(pages);
  });
});
