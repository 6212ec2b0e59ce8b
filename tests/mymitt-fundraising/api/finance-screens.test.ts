/**
 * The admin routes behind the finance screens (issue 15 item 7): limits and goals edited in cents,
 * records named by their titles (dashboard, donation search), and reconcile over HTTP.
 */
import { useStrapi } from '../../helpers/strapi';
import { bearer, signInAdmin, type SignedInAdmin } from '../../helpers/admins';
import { A_DONOR } from './helpers';

const app = useStrapi();
const LIMITS = 'plugin::mymitt-fundraising.contribution-limit';
const DRIVES = 'plugin::mymitt-fundraising.fundraising-campaign';
const PAGES = 'plugin::mymitt-fundraising.fundraising-page';
const ROUTE = '/mymitt-fundraising/compliance/limits-and-goals';

let finance: SignedInAdmin;
let webTeam: SignedInAdmin;
beforeAll(async () => {
  finance = await signInAdmin(app, 'Finance');
  webTeam = await signInAdmin(app, 'Web team');
});

const get = (path: string, admin: SignedInAdmin) => app.http().get(`/mymitt-fundraising${path}`).set(bearer(admin.token));
const put = (body: unknown, admin: SignedInAdmin = finance) =>
  app
    .http()
    .put(ROUTE)
    .set(bearer(admin.token))
    .send(body as object);
const post = (path: string, body: unknown, admin: SignedInAdmin = finance) =>
  app
    .http()
    .post(`/mymitt-fundraising${path}`)
    .set(bearer(admin.token))
    .send(body as object);

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York' }).format(new Date());
const MONEY = ['perElectionCents', 'itemizationThresholdCents', 'cashMaxCents', 'anonymousCashMaxCents'] as const;
const limitRows = async () =>
  (await app.strapi.db.query(LIMITS).findMany({ orderBy: { id: 'asc' } })).map((row: any) => ({
    id: row.id as number,
    ...(Object.fromEntries(MONEY.map((field) => [field, Number(row[field])])) as Record<(typeof MONEY)[number], number>),
  }));
const seededLimit = async () => (await limitRows())[0];

const aCheck = (overrides: Record<string, unknown> = {}) => ({
  ...A_DONOR,
  affirmationsVersion: '2025-11',
  affirmations: { citizenOrGreenCard: true, ownFunds: true, atLeast18: true, notFederalContractor: true },
  method: 'check',
  checkNumber: '2001',
  amountCents: 25000,
  ...overrides,
});

describe('limits and goals (GET/PUT /compliance/limits-and-goals)', () => {
  it('gives Finance every limit row and drive in cents, with the rule in force marked', async () => {
    const drive = await app.strapi.db.query(DRIVES).create({
      data: {
        name: 'Spring drive',
        slug: 'spring-drive',
        goalCents: 5000000,
        defaultPageGoalCents: 50000,
        startsAt: new Date(Date.now() - 2 * 24 * 60 * 60 * 1000),
      },
    });
    const res = await get('/compliance/limits-and-goals', finance);
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const limit = await seededLimit();
    expect(res.body.data.limits).toEqual([
      expect.objectContaining({
        ...limit,
        label: '2025–2026 cycle',
        effectiveFrom: '2024-11-06',
        effectiveTo: '2026-11-03',
        inForce: true,
        // Past its effectiveTo, the seeded row stands in until this cycle's limits are added (FEC-02).
        standingIn: today() > '2026-11-03',
      }),
    ]);
    expect(res.body.data.drives).toEqual([
      { id: drive.id, name: 'Spring drive', active: true, goalCents: 5000000, defaultPageGoalCents: 50000 },
    ]);
  });

  it('saves the money fields of a limit and a drive, says what changed and records who changed it', async () => {
    const limit = await seededLimit();
    const drive = await app.strapi.db.query(DRIVES).findOne({ where: { slug: 'spring-drive' } });
    const res = await put({
      limits: [{ ...limit, perElectionCents: 330000 }],
      drives: [{ id: drive.id, goalCents: 7500050, defaultPageGoalCents: 50000 }],
    });
    expect(res.status).toBe(200);
    expect(res.body.meta.changes).toEqual([
      { type: 'contribution-limit', id: limit.id, field: 'perElectionCents', fromCents: 350000, toCents: 330000 },
      { type: 'fundraising-campaign', id: drive.id, field: 'goalCents', fromCents: 5000000, toCents: 7500050 },
    ]);
    expect(res.body.data.limits[0]).toMatchObject({ perElectionCents: 330000, itemizationThresholdCents: 20000 });
    expect(res.body.data.drives[0]).toMatchObject({ goalCents: 7500050 });

    expect(await seededLimit()).toEqual({ ...limit, perElectionCents: 330000 });
    const stored = await app.strapi.db.query(LIMITS).findOne({ where: { id: limit.id }, populate: ['updatedBy'] });
    expect(stored.updatedBy?.id).toBe(finance.id);
    expect(Number((await app.strapi.db.query(DRIVES).findOne({ where: { id: drive.id } })).goalCents)).toBe(7500050);
    // The donation form checks gifts against the new limit at once.
    expect((await app.http().get('/api/mymitt-fundraising/compliance/form')).body.data.limit.perElectionCents).toBe(330000);

    const again = await put({ limits: [{ ...limit, perElectionCents: 330000 }] });
    expect(again.status).toBe(200);
    expect(again.body.meta.changes).toEqual([]);
  });

  it.each([
    [
      'a fraction of a cent',
      { perElectionCents: 350000.5 },
      'The per-election limit must be a whole number of cents (no fraction of a cent).',
    ],
    ['a negative amount', { cashMaxCents: -100 }, 'The cash maximum must be $0 or more.'],
    ['a zero limit', { perElectionCents: 0 }, 'The per-election limit must be more than $0.'],
    ['dollars as text', { perElectionCents: '3500' }, 'The per-election limit must be an amount in cents.'],
    ['anonymous cash above cash', { anonymousCashMaxCents: 20000 }, 'The anonymous cash maximum cannot be above the cash maximum.'],
  ])('refuses %s with 400 and changes nothing', async (_, change, message) => {
    const before = await limitRows();
    const res = await put({ limits: [{ ...before[0], ...change }] });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ data: null, error: { status: 400, name: 'ValidationError' } });
    expect(res.body.error.details.errors.map((e: any) => e.message)).toContain(message);
    expect(await limitRows()).toEqual(before);
  });

  it('refuses fields it does not allow (dates, labels, unknown keys) and incomplete rows with 400', async () => {
    const before = await limitRows();
    for (const body of [
      { limits: [{ ...before[0], effectiveFrom: '2020-01-01' }] },
      { limits: [{ ...before[0], label: 'renamed' }] },
      { limits: [{ id: before[0].id, perElectionCents: 100 }] },
      { limits: [before[0], before[0]] },
      { elections: [] },
    ]) {
      const res = await put(body);
      expect(res.status).toBe(400);
      expect(res.body.error.name).toBe('ValidationError');
    }
    expect(await limitRows()).toEqual(before);
  });

  it('an unknown row is a 404 and the rows before it in the same save are not written', async () => {
    const before = await limitRows();
    const res = await put({
      limits: [
        { ...before[0], perElectionCents: 111100 },
        { ...before[0], id: 999999 },
      ],
    });
    expect(res.status).toBe(404);
    expect(res.body.error).toMatchObject({ status: 404, name: 'NotFoundError', message: 'No contribution limit has id 999999.' });
    expect(await limitRows()).toEqual(before);
  });

  it('a role without the settings action is refused (403) and nothing changes', async () => {
    const before = await limitRows();
    expect((await get('/compliance/limits-and-goals', webTeam)).status).toBe(403);
    const res = await put({ limits: [{ ...before[0], perElectionCents: 100 }] }, webTeam);
    expect(res.status).toBe(403);
    expect(await limitRows()).toEqual(before);
  });
});

describe('records named by their titles', () => {
  it('the dashboard and the donation search name the fundraising page and the drive of a gift', async () => {
    const page = await app.strapi.db.query(PAGES).create({
      data: { ownerUserId: 1, slug: 'ann-runs-for-it', title: 'Ann runs for the campaign', goalCents: 100000, status: 'published' },
    });
    const gift = await post('/finance/offline-gifts', aCheck({ pageId: page.id, lastName: 'Titled' }));
    expect(gift.status).toBe(201);

    const dashboard = await get('/finance/dashboard', finance);
    expect(dashboard.status).toBe(200);
    expect(dashboard.body.data.byPage).toContainEqual({
      pageId: page.id,
      page: { documentId: page.documentId, title: 'Ann runs for the campaign', slug: 'ann-runs-for-it', status: 'published' },
      raisedCents: 25000,
      refundedCents: 0,
      netCents: 25000,
      giftCount: 1,
    });

    const found = await get('/finance/donations?q=Titled', finance);
    expect(found.status).toBe(200);
    const drive = await app.strapi.db.query(DRIVES).findOne({ where: { slug: 'spring-drive' } });
    expect(found.body.data).toEqual([
      expect.objectContaining({
        id: gift.body.data.contributionId,
        pageId: page.id,
        page: expect.objectContaining({ title: 'Ann runs for the campaign' }),
        campaignId: drive.id,
        campaignName: 'Spring drive',
      }),
    ]);
  });
});

describe('reconcile (GET/POST /ledger/reconcile)', () => {
  const totals = () => app.strapi.db.connection('mymitt_money_totals');

  it('reports a drifted total, and a money manager rewrites it from the ledger', async () => {
    const clean = await get('/ledger/reconcile', finance);
    expect(clean.status).toBe(200);
    expect(clean.body.data).toMatchObject({ drift: [], fixed: false });

    const before = await totals().where({ scope: 'all' }).first();
    await totals()
      .where({ scope: 'all' })
      .update({ net_cents: Number(before.net_cents) + 999 });

    const report = await get('/ledger/reconcile', finance);
    expect(report.body.data.drift).toEqual([
      expect.objectContaining({ scope: 'all', expected: expect.objectContaining({ netCents: Number(before.net_cents) }) }),
    ]);
    expect(Number((await totals().where({ scope: 'all' }).first()).net_cents)).toBe(Number(before.net_cents) + 999);

    expect((await post('/ledger/reconcile', { fix: 'yes' })).status).toBe(400);
    expect((await post('/ledger/reconcile', { fix: true }, webTeam)).status).toBe(403);
    expect(Number((await totals().where({ scope: 'all' }).first()).net_cents)).toBe(Number(before.net_cents) + 999);

    const fixed = await post('/ledger/reconcile', { fix: true });
    expect(fixed.status).toBe(200);
    expect(fixed.body.data).toMatchObject({ fixed: true, drift: [expect.objectContaining({ scope: 'all' })] });
    expect(Number((await totals().where({ scope: 'all' }).first()).net_cents)).toBe(Number(before.net_cents));
    expect((await get('/ledger/reconcile', finance)).body.data.drift).toEqual([]);
  });
});

describe('offline gifts over the limit', () => {
  it('a check over what the donor may still give is a 422 naming the remaining capacity, and nothing is recorded', async () => {
    const limit = await seededLimit();
    const donor = { firstName: 'Max', lastName: 'Capacity', email: 'max@example.org', street: '9 Limit Ave' };
    expect((await post('/finance/offline-gifts', aCheck({ ...donor, amountCents: limit.perElectionCents - 10000 }))).status).toBe(201);
    const contributions = await app.strapi.db.query('plugin::mymitt-fundraising.contribution').count({ where: { lastName: 'Capacity' } });

    const res = await post('/finance/offline-gifts', aCheck({ ...donor, checkNumber: '2002', amountCents: 20000 }));
    expect(res.status).toBe(422);
    expect(res.body.error.details).toMatchObject({
      code: 'contribution_limit_reached',
      limitCents: limit.perElectionCents,
      remainingCents: 10000,
    });
    expect(await app.strapi.db.query('plugin::mymitt-fundraising.contribution').count({ where: { lastName: 'Capacity' } })).toBe(
      contributions
    );
  });
});
