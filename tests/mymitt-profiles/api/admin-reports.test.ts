import { useStrapi } from '../../helpers/strapi';
import { ACTIVITY_KIND_LIST } from '../../../plugins/mymitt-profiles/shared/contracts/reports';
import { bearer, signInAdmin, type SignedInAdmin } from '../../helpers/admins';
import { signUpSupporter, type SignedInSupporter } from '../../helpers/supporters';

const app = useStrapi();
const DAY_MS = 24 * 60 * 60 * 1000;
const KINDS = [...ACTIVITY_KIND_LIST];

const now = new Date();
const daysAgo = (days: number) => new Date(now.getTime() - days * DAY_MS);
/** Monday 00:00 UTC of the week holding `date`, as YYYY-MM-DD (computed independently of the plugin). */
const weekOf = (date: Date) => {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
  return day.toISOString().slice(0, 10);
};

let web: SignedInAdmin;
let finance: SignedInAdmin;
const people: Record<'nhHost' | 'nhCaller' | 'nvHost' | 'nvOld' | 'stateless' | 'formula', SignedInSupporter> = {} as any;
const createdAt: Record<keyof typeof people, Date> = {
  nhHost: daysAgo(0),
  stateless: daysAgo(2),
  nhCaller: daysAgo(8),
  nvHost: daysAgo(15),
  formula: daysAgo(40),
  nvOld: daysAgo(200),
};

const record = (eventName: string, userId: number, sourceId: string, occurredAt?: Date) =>
  app.strapi.plugin('mymitt-profiles').service('activity').record(eventName, { sourceId, userId, occurredAt: occurredAt?.toISOString() });

async function repeat(times: number, eventName: string, who: SignedInSupporter, occurredAt?: Date) {
  for (let i = 0; i < times; i += 1) await record(eventName, who.user.id, `${eventName}-${who.user.id}-${i}`, occurredAt);
}

const get = (path: string, token?: string) => {
  const req = app.http().get(`/mymitt-profiles${path}`);
  return token ? req.set(bearer(token)) : req;
};

beforeAll(async () => {
  web = await signInAdmin(app, 'Web team');
  finance = await signInAdmin(app, 'Finance');
  people.nhHost = await signUpSupporter(app, { firstName: 'Nora', lastName: 'Host', zip: '03301' });
  people.nhCaller = await signUpSupporter(app, { firstName: 'Ned', lastName: 'Caller', zip: '03301' });
  people.nvHost = await signUpSupporter(app, { firstName: 'Val', lastName: 'Host', zip: '89101' });
  people.nvOld = await signUpSupporter(app, { firstName: 'Olga', lastName: 'Old', zip: '89101' });
  people.stateless = await signUpSupporter(app, { firstName: 'Sam', lastName: 'Nowhere', zip: '03301' });
  people.formula = await signUpSupporter(app, { firstName: 'Eve', lastName: 'Formula', zip: '89101' });

  const knex = app.strapi.db.connection;
  for (const [key, supporter] of Object.entries(people) as Array<[keyof typeof people, SignedInSupporter]>)
    await knex('mymitt_profiles').where('user_id', supporter.user.id).update({ created_at: createdAt[key] });
  await knex('mymitt_profiles').where('user_id', people.stateless.user.id).update({ state: null, city: null });
  // Spreadsheet formulas planted in a name and a city must reach the CSV as text.
  await knex('mymitt_profiles').where('user_id', people.formula.user.id).update({ display_name: '=1+2', city: '@risk' });

  await repeat(2, 'mymitt.event.hosted', people.nhHost); // 30 points
  await repeat(5, 'mymitt.call.completed', people.nhCaller); // 5
  await repeat(1, 'mymitt.event.hosted', people.nvHost); // 15 ...
  await repeat(3, 'mymitt.call.completed', people.nvHost); // ... + 3 = 18
  await repeat(5, 'mymitt.event.hosted', people.nvOld, daysAgo(120)); // outside the 90-day window: 0
  await repeat(1, 'mymitt.callday.joined', people.stateless); // 3
  await repeat(1, 'mymitt.post.published', people.formula); // 2
});

describe('supporters report (GET /mymitt-profiles/reports/supporters)', () => {
  it('counts all supporters, the new ones, by state (no state → unknown) and by week', async () => {
    const res = await get('/reports/supporters', web.token);
    expect(res.status).toBe(200);
    const report = res.body.data;
    expect(report).toMatchObject({ total: 6, newLast7Days: 2 });
    expect(report.byState).toEqual([
      { state: 'NV', count: 3 },
      { state: 'NH', count: 2 },
      { state: 'unknown', count: 1 },
    ]);

    expect(report.byWeek).toHaveLength(12);
    expect(report.byWeek[11].weekStart).toBe(weekOf(now));
    const expected = new Map<string, number>();
    for (const date of Object.values(createdAt)) expected.set(weekOf(date), (expected.get(weekOf(date)) ?? 0) + 1);
    for (const { weekStart, count } of report.byWeek) {
      expect(new Date(`${weekStart}T00:00:00Z`).getUTCDay()).toBe(1);
      expect(count).toBe(expected.get(weekStart) ?? 0);
    }
    // The 200-day-old sign-up lies before the 12 weeks shown.
    expect(report.byWeek.reduce((sum: number, w: any) => sum + w.count, 0)).toBe(5);
  });

  it('shows as many weeks as asked, up to 104, and refuses other parameters with 400', async () => {
    const long = await get('/reports/supporters?weeks=104', web.token);
    expect(long.status).toBe(200);
    expect(long.body.data.byWeek).toHaveLength(104);
    expect(long.body.data.byWeek.reduce((sum: number, w: any) => sum + w.count, 0)).toBe(6);

    for (const query of ['weeks=0', 'weeks=105', 'weeks=two', 'state=NH']) {
      const res = await get(`/reports/supporters?${query}`, web.token);
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ data: null, error: { status: 400, name: 'ValidationError' } });
    }
  });
});

describe('super-volunteer report (GET /mymitt-profiles/reports/super-volunteers)', () => {
  it('ranks every supporter by points in the window, with email, level and breakdown', async () => {
    const res = await get('/reports/super-volunteers', web.token);
    expect(res.status).toBe(200);
    expect(res.body.meta).toEqual({ state: null, kind: null, limit: 100, windowDays: 90 });
    expect(res.body.data.map((r: any) => [r.rank, r.email, r.points, r.level])).toEqual([
      [1, people.nhHost.user.email, 30, 4],
      [2, people.nvHost.user.email, 18, 2],
      [3, people.nhCaller.user.email, 5, 1],
      [4, people.stateless.user.email, 3, 1],
      [5, people.formula.user.email, 2, 1],
    ]);
    const [, nvHost] = res.body.data;
    expect(nvHost).toEqual({
      rank: 2,
      displayName: 'Val H.',
      slug: 'val-h',
      state: 'NV',
      city: 'Las Vegas',
      email: people.nvHost.user.email,
      level: 2,
      points: 18,
      breakdown: { 'event.hosted': 1, 'call.completed': 3 },
      lastActiveAt: expect.any(String),
    });
    expect(Math.abs(Date.parse(nvHost.lastActiveAt) - Date.now())).toBeLessThan(5 * 60 * 1000);
    // Opted in or not, private or not: the staff report lists them all.
    const optedIn = await app.strapi.db.query('plugin::mymitt-profiles.profile').count({ where: { leaderboardOptIn: true } });
    expect(optedIn).toBe(0);
  });

  it('filters by state and by activity kind (only that kind counts), and limits the rows', async () => {
    const nh = await get('/reports/super-volunteers?state=NH', web.token);
    expect(nh.status).toBe(200);
    expect(nh.body.data.map((r: any) => [r.email, r.state])).toEqual([
      [people.nhHost.user.email, 'NH'],
      [people.nhCaller.user.email, 'NH'],
    ]);

    const calls = await get('/reports/super-volunteers?kind=call.completed', web.token);
    expect(calls.body.data.map((r: any) => [r.email, r.points, r.breakdown])).toEqual([
      [people.nhCaller.user.email, 5, { 'call.completed': 5 }],
      [people.nvHost.user.email, 3, { 'call.completed': 3 }],
    ]);
    expect(calls.body.meta).toMatchObject({ kind: 'call.completed' });

    const both = await get('/reports/super-volunteers?state=NV&kind=event.hosted&limit=1', web.token);
    expect(both.body.data.map((r: any) => [r.rank, r.email, r.points])).toEqual([[1, people.nvHost.user.email, 15]]);
  });

  it('refuses unknown or malformed parameters with 400', async () => {
    for (const query of ['sort=points', 'state=ZZ', 'state=nh', 'kind=bogus', 'limit=0', 'limit=1001', 'limit=ten']) {
      const res = await get(`/reports/super-volunteers?${query}`, web.token);
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ data: null, error: { status: 400, name: 'ValidationError' } });
      expect((await get(`/reports/super-volunteers.csv?${query}`, web.token)).status).toBe(400);
    }
  });

  it('exports the same rows as a formula-safe CSV attachment', async () => {
    const res = await get('/reports/super-volunteers.csv', web.token);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="super-volunteers-\d{4}-\d{2}-\d{2}\.csv"$/);

    const lines = res.text.trim().split(/\r\n/);
    expect(lines[0]).toBe(['rank', 'displayName', 'slug', 'state', 'city', 'email', 'level', 'points', 'lastActiveAt', ...KINDS].join(','));
    expect(lines).toHaveLength(6);
    const cells = lines.slice(1).map((line) => line.split(','));
    expect(cells.map((c) => [c[0], c[5], c[7]])).toEqual([
      ['1', people.nhHost.user.email, '30'],
      ['2', people.nvHost.user.email, '18'],
      ['3', people.nhCaller.user.email, '5'],
      ['4', people.stateless.user.email, '3'],
      ['5', people.formula.user.email, '2'],
    ]);
    expect(cells[1].slice(9)).toEqual(KINDS.map((k) => ({ 'event.hosted': '1', 'call.completed': '3' })[k] ?? '0'));
    expect(cells[4][1]).toBe("'=1+2");
    expect(cells[4][4]).toBe("'@risk");
    expect(cells.flat().some((cell) => /^[=+\-@]/.test(cell))).toBe(false);

    const filtered = await get('/reports/super-volunteers.csv?state=NH&kind=call.completed', web.token);
    expect(filtered.headers['content-disposition']).toMatch(/filename="super-volunteers-NH-call\.completed-/);
    expect(filtered.text.trim().split(/\r\n/)).toHaveLength(2);
  });
});

describe('admin RBAC on the reports', () => {
  const paths = ['/reports/supporters', '/reports/super-volunteers', '/reports/super-volunteers.csv'];

  it('refuse requests without an admin token, and a supporter JWT', async () => {
    for (const path of paths) {
      expect([401, 403]).toContain((await get(path)).status);
      expect([401, 403]).toContain((await get(path, people.nhHost.jwt)).status);
    }
  });

  it('refuse an admin whose role lacks the plugin actions (Finance) with 403', async () => {
    for (const path of paths) {
      const res = await get(path, finance.token);
      expect(res.status).toBe(403);
      expect(res.text).not.toContain(people.nhHost.user.email);
    }
  });

  it('hold for every admin route of the plugin: an admin JWT and one of its RBAC actions', () => {
    const routes: any[] = (app.strapi.plugin('mymitt-profiles').routes as any).admin.routes;
    expect(routes.map((r) => `${r.method} ${r.path}`)).toEqual(
      expect.arrayContaining([
        'GET /reports/supporters',
        'GET /reports/super-volunteers',
        'GET /reports/super-volunteers.csv',
        'GET /settings',
        'PUT /settings',
      ])
    );
    for (const route of routes)
      expect(route.config.policies).toEqual([
        'admin::isAuthenticatedAdmin',
        { name: 'admin::hasPermissions', config: { actions: [expect.stringMatching(/^plugin::mymitt-profiles\./)] } },
      ]);
  });

  it('are not served under the content API', async () => {
    const res = await app.http().get('/api/mymitt-profiles/reports/super-volunteers').set(bearer(people.nhHost.jwt));
    expect(res.status).toBe(404);
  });
});
