import { useStrapi } from '../../helpers/strapi';
import { signUpSupporter, type SignedInSupporter } from '../../helpers/supporters';
import { bearer, signInAdmin } from '../../helpers/admins';
import { eventually } from '../../helpers/eventually';
import { CALL_DAYS, CALL_DAY_UID, bankWithContacts, callOnce, createCallDay, manager, setClock } from './helpers';

process.env.AUTH_RATE_LIMIT = 'false';
process.env.CALL_NEXT_RATE_LIMIT_MAX = '10000';

const app = useStrapi();
const PARTICIPANTS = 'mymitt_call_day_participants';
const at = (iso: string) => new Date(iso);
/** A day from 17:00 to 21:00 UTC (13:00–17:00 in New Hampshire): every contact is callable. */
const WINDOW = { startsAt: '2026-06-15T17:00:00.000Z', endsAt: '2026-06-15T21:00:00.000Z' };

const participants = (userId: number) => app.strapi.db.connection(PARTICIPANTS).where({ user_id: userId });
const joinedActivities = (userId: number) =>
  app.strapi.db.query('plugin::mymitt-profiles.activity').findMany({ where: { userId, kind: 'callday.joined' } });
const join = (who: SignedInSupporter, slug: string, body: Record<string, unknown> = {}) =>
  app.http().post(`${CALL_DAYS}/${slug}/join`).set(bearer(who.jwt)).send({ data: body });
const forgetCaches = () => app.strapi.plugin('mymitt-callcenter').service('call-days').forgetCaches();

async function publishedDay(slug: string, extra: Record<string, unknown> = {}) {
  const admin = await manager(app);
  const res = await createCallDay(app, admin, { name: `Day ${slug}`, slug, ...WINDOW, status: 'published', ...extra });
  expect(res.status).toBe(201);
  return res.body.data;
}

afterEach(() => setClock(app, null));

describe('call days', () => {
  it('progress counts calls, conversations, volunteers and states inside the window and the banks only; cached, no PII', async () => {
    setClock(app, at('2026-06-15T16:30:00Z'));
    const admin = await manager(app);
    const covered = await bankWithContacts(app, admin, 'Covered bank', 3000, 12);
    const other = await bankWithContacts(app, admin, 'Other bank', 3100, 4);
    await publishedDay('super-saturday', { goalCalls: 10, phoneBankIds: [covered] });

    const nh = await signUpSupporter(app, { firstName: 'Nina', lastName: 'Hampshire', zip: '03301' });
    const ca = await signUpSupporter(app, { firstName: 'Carl', lastName: 'Pacific', zip: '90210' });
    const tx = await signUpSupporter(app, { firstName: 'Tess', lastName: 'Lonestar', zip: '03301' });

    await callOnce(app, nh.jwt, covered, 'talked'); // before the window: not counted
    setClock(app, at('2026-06-15T18:00:00Z'));
    await callOnce(app, nh.jwt, covered, 'talked');
    await callOnce(app, nh.jwt, covered, 'no_answer');
    await callOnce(app, ca.jwt, covered, 'refused');
    expect((await join(tx, 'super-saturday', { state: 'TX' })).status).toBe(201);
    await callOnce(app, tx.jwt, covered, 'machine');
    await callOnce(app, nh.jwt, other, 'talked'); // another bank: not counted
    setClock(app, at('2026-06-15T21:00:00Z'));
    await callOnce(app, ca.jwt, covered, 'talked'); // at the end (exclusive): not counted

    setClock(app, at('2026-06-15T20:30:00Z'));
    const res = await app.http().get(`${CALL_DAYS}/super-saturday/progress`);
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toMatch(/^public, .*s-maxage=5\b/);
    expect(res.body.data).toEqual({
      name: 'Day super-saturday',
      slug: 'super-saturday',
      description: null,
      startsAt: WINDOW.startsAt,
      endsAt: WINDOW.endsAt,
      goalCalls: 10,
      isLive: true,
      localeFallback: false,
      calls: 4,
      conversations: 2,
      volunteers: 3,
      percentOfGoal: 40,
      statesCount: 3,
      states: ['CA', 'NH', 'TX'],
      byState: [
        { state: 'CA', calls: 1, conversations: 1, volunteers: 1 },
        { state: 'NH', calls: 2, conversations: 1, volunteers: 1 },
        { state: 'TX', calls: 1, conversations: 0, volunteers: 1 },
      ],
    });
    // SEC-03: no names, emails, usernames or phones of callers or contacts.
    const text = JSON.stringify(res.body);
    for (const secret of [nh, ca, tx]
      .flatMap((s) => [s.registration.email, s.registration.lastName, s.user.username])
      .concat(['Voter', '555', '+1603'])) {
      expect(text).not.toContain(secret);
    }

    // A burst reuses one aggregate for a few seconds: a new call shows once the cache is dropped.
    setClock(app, at('2026-06-15T20:35:00Z'));
    await callOnce(app, tx.jwt, covered, 'talked');
    const burst = await Promise.all(Array.from({ length: 10 }, () => app.http().get(`${CALL_DAYS}/super-saturday/progress`)));
    expect(burst.map((r) => r.body.data.calls)).toEqual(Array(10).fill(4));
    forgetCaches();
    const fresh = await app.http().get(`${CALL_DAYS}/super-saturday/progress`);
    expect(fresh.body.data).toMatchObject({ calls: 5, conversations: 3, percentOfGoal: 50 });
  });

  it('a first result inside a live day joins the caller (state from their profile) and records one activity; joining later returns that row', async () => {
    setClock(app, at('2026-06-15T18:00:00Z'));
    const admin = await manager(app);
    const bank = await bankWithContacts(app, admin, 'Auto join bank', 3200, 6);
    await publishedDay('auto-join-day'); // every bank
    const caller = await signUpSupporter(app, { zip: '03301' });

    expect(await participants(caller.user.id)).toHaveLength(0);
    await callOnce(app, caller.jwt, bank, 'talked');
    await callOnce(app, caller.jwt, bank, 'no_answer');
    const rows = await participants(caller.user.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ state: 'NH' });
    expect(Boolean(rows[0].show_on_leaderboard)).toBe(false);
    expect(await eventually(() => joinedActivities(caller.user.id).then((a) => a.length), 1)).toBe(1);

    const again = await join(caller, 'auto-join-day');
    expect(again.status).toBe(200);
    expect(again.body.data).toMatchObject({ callDay: 'auto-join-day', state: 'NH', showOnLeaderboard: false });
    expect(await participants(caller.user.id)).toHaveLength(1);
    const activities = await joinedActivities(caller.user.id);
    expect(activities).toHaveLength(1);
    expect(activities[0].sourceKey).toBe(`callday.joined:${rows[0].id}`);
  });

  it('joining is idempotent: one row, 201 then 200, exactly one callday.joined activity', async () => {
    setClock(app, at('2026-06-15T12:00:00Z')); // before the day starts: joining ahead is allowed
    await publishedDay('join-twice');
    const supporter = await signUpSupporter(app, { zip: '03301' });

    const first = await join(supporter, 'join-twice');
    expect(first.status).toBe(201);
    expect(first.body).toEqual({
      data: { callDay: 'join-twice', state: 'NH', showOnLeaderboard: false, joinedAt: '2026-06-15T12:00:00.000Z' },
      meta: {},
    });
    const concurrent = await Promise.all([join(supporter, 'join-twice'), join(supporter, 'join-twice', { showOnLeaderboard: true })]);
    expect(concurrent.map((r) => r.status)).toEqual([200, 200]);
    const rows = await participants(supporter.user.id);
    expect(rows).toHaveLength(1);
    expect(Boolean(rows[0].show_on_leaderboard)).toBe(true);

    expect(await eventually(() => joinedActivities(supporter.user.id).then((a) => a.length), 1)).toBe(1);
    // Give a stray second event time to land, then check again.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await joinedActivities(supporter.user.id)).toHaveLength(1);
  });

  it('SEC-02/05 join takes only state and showOnLeaderboard: unknown fields and bad states are 400 and nothing is written', async () => {
    setClock(app, at('2026-06-15T18:00:00Z'));
    await publishedDay('strict-join');
    const supporter = await signUpSupporter(app);

    const extra = await join(supporter, 'strict-join', { state: 'NH', userId: 1 });
    expect(extra.status).toBe(400);
    expect(extra.body).toMatchObject({ data: null, error: { status: 400, name: 'ValidationError' } });
    expect((await join(supporter, 'strict-join', { state: 'ZZ' })).status).toBe(400);
    expect((await join(supporter, 'strict-join', { showOnLeaderboard: 'yes' })).status).toBe(400);
    expect(await participants(supporter.user.id)).toHaveLength(0);
    // Not signed in: refused; unknown query parameters on the public routes: 400.
    expect((await app.http().post(`${CALL_DAYS}/strict-join/join`).send({})).status).toBe(403);
    expect((await app.http().get(`${CALL_DAYS}/strict-join/progress?userId=1`)).status).toBe(400);
    expect((await app.http().get(`${CALL_DAYS}/strict-join/leaderboard?limit=100`)).status).toBe(400);
  });

  it('leaderboard: only callers who chose to be shown, by calls then conversations, by public name only', async () => {
    setClock(app, at('2026-06-15T18:00:00Z'));
    const admin = await manager(app);
    const bank = await bankWithContacts(app, admin, 'Leaderboard bank', 3300, 20);
    await publishedDay('leaderboard-day');
    const alice = await signUpSupporter(app, { firstName: 'Alice', lastName: 'Walker' });
    const bob = await signUpSupporter(app, { firstName: 'Bob', lastName: 'Hidden' });
    const carol = await signUpSupporter(app, { firstName: 'Carol', lastName: 'Stone' });
    const dan = await signUpSupporter(app, { firstName: 'Dan', lastName: 'Auto' });

    expect((await join(alice, 'leaderboard-day', { showOnLeaderboard: true })).status).toBe(201);
    expect((await join(bob, 'leaderboard-day', { showOnLeaderboard: false })).status).toBe(201);
    expect((await join(carol, 'leaderboard-day', { showOnLeaderboard: true, state: 'VT' })).status).toBe(201);
    for (const d of ['talked', 'no_answer', 'busy']) await callOnce(app, alice.jwt, bank, d);
    for (const d of ['talked', 'refused', 'busy']) await callOnce(app, carol.jwt, bank, d);
    for (let i = 0; i < 5; i += 1) await callOnce(app, bob.jwt, bank, 'talked');
    await callOnce(app, dan.jwt, bank, 'talked'); // auto-joined, not opted in

    // A public profile name is used as the supporter set it.
    const renamed = await app
      .http()
      .put('/api/mymitt-profiles/profiles/me')
      .set(bearer(alice.jwt))
      .send({ displayName: 'Ally from Concord' });
    expect(renamed.status).toBe(200);

    const res = await app.http().get(`${CALL_DAYS}/leaderboard-day/leaderboard`);
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toMatch(/^public, .*s-maxage=5\b/);
    expect(res.body).toEqual({
      data: [
        { rank: 1, name: 'Carol S.', state: 'VT', calls: 3, conversations: 2 },
        { rank: 2, name: 'Ally from Concord', state: 'NH', calls: 3, conversations: 1 },
      ],
      meta: {
        callDay: { slug: 'leaderboard-day', name: 'Day leaderboard-day' },
        locale: 'en',
        localeFallback: false,
        pagination: { page: 1, pageSize: 20, pageCount: 1, total: 2 },
      },
    });
    const text = JSON.stringify(res.body);
    for (const s of [alice, bob, carol, dan]) {
      for (const secret of [s.registration.email, s.registration.lastName, s.user.username]) expect(text).not.toContain(secret);
    }
    expect(text).not.toContain('Bob');
  });

  it('lists published days that are live or to come; drafts and ended days are not found', async () => {
    setClock(app, at('2026-06-15T18:00:00Z'));
    await publishedDay('list-live');
    await publishedDay('list-later', { startsAt: '2026-06-20T17:00:00.000Z', endsAt: '2026-06-20T21:00:00.000Z' });
    await publishedDay('list-over', { startsAt: '2026-06-01T17:00:00.000Z', endsAt: '2026-06-01T21:00:00.000Z' });
    const admin = await manager(app);
    expect((await createCallDay(app, admin, { name: 'Draft', slug: 'list-draft', ...WINDOW })).status).toBe(201);

    const res = await app.http().get(CALL_DAYS);
    expect(res.status).toBe(200);
    const slugs = res.body.data.map((d: any) => d.slug);
    expect(slugs).toEqual(expect.arrayContaining(['list-live', 'list-later']));
    expect(slugs).not.toContain('list-over');
    expect(slugs).not.toContain('list-draft');
    expect(res.body.data.find((d: any) => d.slug === 'list-live').isLive).toBe(true);
    expect(res.body.data.find((d: any) => d.slug === 'list-later').isLive).toBe(false);

    const draft = await app.http().get(`${CALL_DAYS}/list-draft/progress`);
    expect(draft.status).toBe(404);
    expect(draft.body.error.details.code).toBe('call_day_not_found');
    const supporter = await signUpSupporter(app);
    expect((await join(supporter, 'list-draft')).status).toBe(404);
    const over = await join(supporter, 'list-over');
    expect(over.status).toBe(409);
    expect(over.body.error.details).toEqual({ code: 'call_day_over', endsAt: '2026-06-01T21:00:00.000Z' });
    expect(await participants(supporter.user.id)).toHaveLength(0);
  });

  it('call center managers edit call days in the content manager; a bad window is 400; Finance may not', async () => {
    const admin = await manager(app);
    const backwards = await createCallDay(app, admin, {
      name: 'Backwards',
      slug: 'backwards',
      startsAt: WINDOW.endsAt,
      endsAt: WINDOW.startsAt,
    });
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.message).toMatch(/end after it starts/);
    expect((await createCallDay(app, admin, { name: 'Bad banks', slug: 'bad-banks', ...WINDOW, phoneBankIds: ['x'] })).status).toBe(400);
    expect((await createCallDay(app, admin, { name: 'Bad slug', slug: 'Bad Slug', ...WINDOW })).status).toBe(400);
    expect(await app.strapi.db.query(CALL_DAY_UID).count({ where: { slug: { $in: ['backwards', 'bad-banks'] } } })).toBe(0);

    const created = await createCallDay(app, admin, { name: 'Editable', slug: 'editable', ...WINDOW, goalCalls: 100 });
    expect(created.status).toBe(201);
    const edited = await app
      .http()
      .put(`/content-manager/collection-types/${CALL_DAY_UID}/${created.body.data.documentId}`)
      .set(bearer(admin.token))
      .send({ goalCalls: 200, status: 'published' });
    expect(edited.status).toBe(200);
    expect((await app.http().get(`${CALL_DAYS}/editable/progress`)).body.data.goalCalls).toBe(200);

    const finance = await signInAdmin(app, 'Finance');
    expect((await createCallDay(app, finance, { name: 'Nope', slug: 'finance-day', ...WINDOW })).status).toBe(403);
  });
});
