import { nextFederalElections } from '../../../plugins/mymitt-fundraising/server/src/domain/federal-election-dates';
import { useStrapi } from '../../helpers/strapi';
import { bearer, signInAdmin, type SignedInAdmin } from '../../helpers/admins';
import { signUpSupporter } from '../../helpers/supporters';

const app = useStrapi();
const API = '/api/mymitt-fundraising';
const ELECTIONS = 'plugin::mymitt-fundraising.election';
const LIMITS = 'plugin::mymitt-fundraising.contribution-limit';
const CAMPAIGNS = 'plugin::mymitt-fundraising.fundraising-campaign';
const NEXT_YEAR = new Date().getUTCFullYear() + 1;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The content manager's collection-type API, as finance staff use it in the admin. */
const contentManager = (uid: string, admin: SignedInAdmin | { token: string }) => ({
  create: (data: Record<string, unknown>) =>
    app.http().post(`/content-manager/collection-types/${uid}`).set(bearer(admin.token)).send(data),
  update: (documentId: string, data: Record<string, unknown>) =>
    app.http().put(`/content-manager/collection-types/${uid}/${documentId}`).set(bearer(admin.token)).send(data),
});

const rows = (uid: string) => app.strapi.db.query(uid).findMany({ orderBy: { id: 'asc' } });
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York' }).format(new Date());

describe('compliance defaults', () => {
  it("FEC-02 seeds the 2025–26 limit ($3,500 per election) and the next federal cycle's primary and general", async () => {
    const [limit, ...moreLimits] = await rows(LIMITS);
    expect(moreLimits).toEqual([]);
    expect(limit).toMatchObject({ effectiveFrom: '2024-11-06', effectiveTo: '2026-11-03' });
    expect([limit.perElectionCents, limit.itemizationThresholdCents, limit.cashMaxCents, limit.anonymousCashMaxCents].map(Number)).toEqual([
      350000, 20000, 10000, 5000,
    ]);

    const elections = await rows(ELECTIONS);
    expect(elections.map(({ name, kind, electionDate, cycle }: any) => ({ name, kind, electionDate, cycle }))).toEqual(
      nextFederalElections(today()).map(({ name, kind, electionDate, cycle }) => ({ name, kind, electionDate, cycle }))
    );
    expect(elections[1].electionDate >= today()).toBe(true);
    expect(elections.map((e: any) => Number(e.netDebtsOutstandingCents))).toEqual([0, 0]);
  });

  it('FEC-07/08 GET /compliance/form gives anyone the limit, affirmations, best-efforts sentence and presets, CDN-cacheable', async () => {
    const res = await app.http().get(`${API}/compliance/form`);
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toMatch(/public, .*s-maxage=60/);
    expect(res.body.data).toMatchObject({
      currency: 'usd',
      // Applies from 2024-11-06; past 2026-11-03 it stands in until a 2027–28 row exists (FEC-02).
      limit: { perElectionCents: 350000, itemizationThresholdCents: 20000, effectiveFrom: '2024-11-06', effectiveTo: '2026-11-03' },
      affirmations: { version: '2025-11' },
      bestEffortsStatement: expect.stringMatching(/^Federal law requires us to use our best efforts/),
      notTaxDeductibleStatement: expect.any(String),
      recurringDefault: false,
      presetAmountsCents: [1000, 2500, 5000, 10000, 25000],
      campaign: null,
    });
    expect(res.body.data.affirmations.items.map((a: any) => a.key)).toEqual([
      'citizenOrGreenCard',
      'ownFunds',
      'ownPersonalCard',
      'atLeast18',
      'notFederalContractor',
    ]);
    expect(res.body.data.affirmations.items[0].text).toMatch(/U\.S\. citizen or lawfully admitted permanent resident/);
  });
});

describe('finance staff configure elections, limits and drives', () => {
  let finance: SignedInAdmin;
  beforeAll(async () => {
    finance = await signInAdmin(app, 'Finance');
  });

  it('FEC-04 an election Finance adds is offered on the form; past ones are not', async () => {
    const primary = await contentManager(ELECTIONS, finance).create({
      name: `${NEXT_YEAR} primary`,
      kind: 'primary',
      electionDate: `${NEXT_YEAR}-06-02`,
      cycle: String(NEXT_YEAR),
    });
    expect(primary.status).toBe(201);
    const general = await contentManager(ELECTIONS, finance).create({
      name: `${NEXT_YEAR} general`,
      kind: 'general',
      electionDate: `${NEXT_YEAR}-11-03`,
      cycle: String(NEXT_YEAR),
    });
    expect(general.status).toBe(201);

    const res = await app.http().get(`${API}/elections`);
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toMatch(/s-maxage=60/);
    const listed = res.body.data;
    expect(listed.filter((e: any) => e.date.startsWith(String(NEXT_YEAR)))).toEqual([
      {
        documentId: primary.body.data.documentId,
        name: `${NEXT_YEAR} primary`,
        nameLocaleFallback: false,
        kind: 'primary',
        date: `${NEXT_YEAR}-06-02`,
      },
      {
        documentId: general.body.data.documentId,
        name: `${NEXT_YEAR} general`,
        nameLocaleFallback: false,
        kind: 'general',
        date: `${NEXT_YEAR}-11-03`,
      },
    ]);
    expect(listed.every((e: any) => e.date >= today())).toBe(true);
    expect(res.body.meta).toEqual({
      pagination: { page: 1, pageSize: 25, pageCount: 1, total: listed.length },
      defaultElectionDocumentId: listed[0].documentId,
      locale: 'en',
      localeFallback: false,
    });
    expect(Object.keys(listed[0]).sort()).toEqual(['date', 'documentId', 'kind', 'name', 'nameLocaleFallback']);

    // Finance gave no Spanish names: asked in Spanish, the English ones are answered and flagged.
    const spanish = await app.http().get(`${API}/elections?locale=es`);
    const added = spanish.body.data.filter((e: any) => e.date.startsWith(String(NEXT_YEAR)));
    expect(added.map((e: any) => [e.name, e.nameLocaleFallback])).toEqual([
      [`${NEXT_YEAR} primary`, true],
      [`${NEXT_YEAR} general`, true],
    ]);
    expect(spanish.body.meta).toMatchObject({ locale: 'es', localeFallback: true });

    const form = await app.http().get(`${API}/compliance/form`);
    expect(form.body.data.redesignationConsent).toMatchObject({
      fromElectionDocumentId: listed[0].documentId,
      toElectionDocumentId: listed[1].documentId,
    });
  });

  it('GET /elections is a Strapi list: pagination (page or start/limit), sort and filters on kind and date', async () => {
    const all = (await app.http().get(`${API}/elections`)).body.data as any[];
    expect(all.length).toBeGreaterThanOrEqual(4);
    const get = (query: string) => app.http().get(`${API}/elections${query}`);

    const firstTwo = await get('?pagination[pageSize]=2');
    expect(firstTwo.body.data).toEqual(all.slice(0, 2));
    expect(firstTwo.body.meta.pagination).toEqual({ page: 1, pageSize: 2, pageCount: Math.ceil(all.length / 2), total: all.length });
    // The default election stays the soonest, whatever page is asked.
    const secondPage = await get('?pagination[page]=2&pagination[pageSize]=2');
    expect(secondPage.body.data).toEqual(all.slice(2, 4));
    expect(secondPage.body.meta.defaultElectionDocumentId).toBe(all[0].documentId);

    const offset = await get('?pagination[start]=1&pagination[limit]=2');
    expect(offset.body.data).toEqual(all.slice(1, 3));
    expect(offset.body.meta.pagination).toEqual({ start: 1, limit: 2, total: all.length });

    const latestFirst = await get('?sort=date:desc');
    expect(latestFirst.body.data.map((e: any) => e.date)).toEqual(all.map((e) => e.date).reverse());

    const generals = await get('?filters[kind][$eq]=general');
    expect(generals.body.data).toEqual(all.filter((e) => e.kind === 'general'));
    expect(generals.body.meta.pagination.total).toBe(all.filter((e) => e.kind === 'general').length);
    const nextYear = await get(
      `?filters[date][$gte]=${NEXT_YEAR}-01-01&filters[date][$lte]=${NEXT_YEAR}-12-31&filters[kind][$in][0]=primary`
    );
    const primariesNextYear = all.filter((e) => e.kind === 'primary' && e.date.startsWith(String(NEXT_YEAR)));
    expect(nextYear.body.data).toEqual(primariesNextYear);
    expect(primariesNextYear.map((e) => e.name)).toContain(`${NEXT_YEAR} primary`);

    for (const query of ['?filters[cycle][$eq]=2026', '?sort=id', '?filters[kind][$eq]=mayoral', '?filters[date][$gte]=soon', '?debug=1']) {
      const res = await get(query);
      expect(res.status).toBe(400);
      expect(res.body.error.details.code).toBe('invalid_query');
    }
  });

  it('FEC-05 Finance records net debts on an election; FEC-02 and adds the next cycle’s limit, which then applies', async () => {
    const [primary2026] = await rows(ELECTIONS);
    const debts = await contentManager(ELECTIONS, finance).update(primary2026.documentId, { netDebtsOutstandingCents: '125000' });
    expect(debts.status).toBe(200);
    expect(Number((await app.strapi.db.query(ELECTIONS).findOne({ where: { id: primary2026.id } })).netDebtsOutstandingCents)).toBe(125000);

    const next = await contentManager(LIMITS, finance).create({
      label: 'Test cycle',
      perElectionCents: '370000',
      itemizationThresholdCents: '20000',
      cashMaxCents: '10000',
      anonymousCashMaxCents: '5000',
      effectiveFrom: today(),
      effectiveTo: `${NEXT_YEAR + 1}-12-31`,
    });
    expect(next.status).toBe(201);
    const form = await app.http().get(`${API}/compliance/form`);
    expect(form.body.data.limit).toEqual({
      perElectionCents: 370000,
      itemizationThresholdCents: 20000,
      effectiveFrom: today(),
      effectiveTo: `${NEXT_YEAR + 1}-12-31`,
    });

    const raise = await contentManager(LIMITS, finance).update(next.body.data.documentId, { perElectionCents: '380000' });
    expect(raise.status).toBe(200);
    expect((await app.http().get(`${API}/compliance/form`)).body.data.limit.perElectionCents).toBe(380000);
  });

  it('refuses a reversed date range or a zero limit with 400 and writes nothing', async () => {
    const before = await rows(LIMITS);
    const reversed = await contentManager(LIMITS, finance).create({
      perElectionCents: '350000',
      itemizationThresholdCents: '20000',
      cashMaxCents: '10000',
      anonymousCashMaxCents: '5000',
      effectiveFrom: '2028-11-08',
      effectiveTo: '2026-11-04',
    });
    expect(reversed.status).toBe(400);
    expect(reversed.body.error).toMatchObject({
      status: 400,
      name: 'ValidationError',
      message: 'effectiveTo must not be before effectiveFrom.',
    });

    const zero = await contentManager(LIMITS, finance).update(before[0].documentId, { perElectionCents: '0' });
    expect(zero.status).toBe(400);
    expect(await rows(LIMITS)).toEqual(before);
  });

  it('a running drive’s preset amounts replace the defaults on the form', async () => {
    const drive = await contentManager(CAMPAIGNS, finance).create({
      name: 'Year-end drive',
      slug: 'year-end-drive',
      goalCents: '5000000',
      startsAt: new Date(Date.now() - DAY_MS).toISOString(),
      endsAt: new Date(Date.now() + 30 * DAY_MS).toISOString(),
      presetAmountsCents: [2700, 5000, 10000],
      defaultPageGoalCents: '100000',
    });
    expect(drive.status).toBe(201);

    const form = await app.http().get(`${API}/compliance/form`);
    expect(form.body.data).toMatchObject({
      presetAmountsCents: [2700, 5000, 10000],
      campaign: { name: 'Year-end drive', slug: 'year-end-drive', goalCents: 5000000 },
    });
    // Its Spanish name (nameEs) is answered to a Spanish form; without one, the English name, flagged.
    const spanishForm = await app.http().get(`${API}/compliance/form?locale=es`);
    expect(spanishForm.body.data.campaign.name).toBe('Year-end drive');
    expect(spanishForm.body.meta.localeFallbackTexts).toContain('campaign.name');
    expect((await contentManager(CAMPAIGNS, finance).update(drive.body.data.documentId, { nameEs: 'Campaña de fin de año' })).status).toBe(
      200
    );
    const named = await app.http().get(`${API}/compliance/form?locale=es`);
    expect(named.body.data.campaign.name).toBe('Campaña de fin de año');
    expect(named.body.meta.localeFallbackTexts).not.toContain('campaign.name');

    const badPresets = await contentManager(CAMPAIGNS, finance).update(drive.body.data.documentId, { presetAmountsCents: ['lots'] });
    expect(badPresets.status).toBe(400);
  });
});

describe('who may write the configuration', () => {
  it('the public, supporters and the web team cannot create or change elections or limits', async () => {
    const before = { elections: await rows(ELECTIONS), limits: await rows(LIMITS) };
    const supporter = await signUpSupporter(app);
    const webTeam = await signInAdmin(app, 'Web team');
    const election = { name: 'Fake', kind: 'special', electionDate: `${NEXT_YEAR}-01-01`, cycle: String(NEXT_YEAR) };

    for (const path of [`${API}/elections`, `${API}/compliance/form`]) {
      expect((await app.http().post(path).send(election)).status).toBe(405);
      expect((await app.http().post(path).set(bearer(supporter.jwt)).send(election)).status).toBe(405);
    }
    expect((await app.http().post(`/content-manager/collection-types/${ELECTIONS}`).send(election)).status).toBe(401);
    expect((await contentManager(ELECTIONS, { token: supporter.jwt }).create(election)).status).toBe(401);
    expect((await contentManager(ELECTIONS, webTeam).create(election)).status).toBe(403);
    expect((await contentManager(LIMITS, webTeam).update(before.limits[0].documentId, { perElectionCents: '1' })).status).toBe(403);

    expect({ elections: await rows(ELECTIONS), limits: await rows(LIMITS) }).toEqual(before);
  });
});

describe('GET /mymitt-fundraising/compliance/overview (admin settings page)', () => {
  it('shows Finance every configured row, the limit standing in and what to fix; the web team and supporters get 403/401', async () => {
    const finance = await signInAdmin(app, 'Finance');
    const res = await app.http().get('/mymitt-fundraising/compliance/overview').set(bearer(finance.token));
    expect(res.status).toBe(200);
    const overview = res.body.data;
    expect(overview.today).toBe(today());
    expect(overview.limits.length).toBeGreaterThan(0);
    expect(overview.elections.some((e: any) => e.upcoming)).toBe(true);
    expect(overview.limits.map((l: any) => l.id)).toContain(overview.limitInForce.id);

    // Far ahead, nothing covers the date: the latest row stands in (FEC-02) and no election is upcoming.
    const later = await app.strapi.plugin('mymitt-fundraising').service('compliance-config').overview(new Date('2099-06-01T12:00:00Z'));
    expect(later.limitInForce.notConfigured).toBe(true);
    expect(later.warnings.join(' ')).toMatch(/Add this cycle's FEC limits/);
    expect(later.warnings.join(' ')).toMatch(/No upcoming election is configured/);

    const webTeam = await signInAdmin(app, 'Web team');
    expect((await app.http().get('/mymitt-fundraising/compliance/overview').set(bearer(webTeam.token))).status).toBe(403);
    const supporter = await signUpSupporter(app);
    expect((await app.http().get('/mymitt-fundraising/compliance/overview').set(bearer(supporter.jwt))).status).toBe(401);
  });
});
