import { drainOutbox, publishDomainEvent } from '@mymitt/plugin-kit';
import { useStrapi } from '../../helpers/strapi';
import { eventually } from '../../helpers/eventually';
import { bearer } from '../../helpers/admins';
import { signUpSupporter, type SignedInSupporter } from '../../helpers/supporters';

const app = useStrapi();
const DAY_MS = 24 * 60 * 60 * 1000;

/** Publishes a domain event as a plugin does (its durable listeners get it through the outbox) and delivers it. */
const emit = async (event: string, payload: Record<string, unknown>) => {
  await publishDomainEvent(app.strapi, event as any, payload as any);
  await drainOutbox(app.strapi);
};
const activityCount = (where: Record<string, unknown>) => app.strapi.db.query('plugin::mymitt-profiles.activity').count({ where });
const standing = async (s: SignedInSupporter) =>
  (await app.http().get('/api/mymitt-profiles/profiles/me/standing').set(bearer(s.jwt))).body.data;

async function optIn(supporter: SignedInSupporter, body: Record<string, unknown> = {}) {
  const res = await app
    .http()
    .put('/api/mymitt-profiles/profiles/me')
    .set(bearer(supporter.jwt))
    .send({ data: { leaderboardOptIn: true, visibility: 'public', ...body } });
  expect(res.status).toBe(200);
  return res.body.data.slug as string;
}

describe('activity from domain events', () => {
  it('records the same domain event once, however often and however concurrently it arrives', async () => {
    const host = await signUpSupporter(app);
    const payload = { sourceId: 'event-77', userId: host.user.id };

    await emit('mymitt.event.hosted', payload);
    await emit('mymitt.event.hosted', payload);
    await Promise.all(Array.from({ length: 5 }, () => emit('mymitt.event.hosted', payload)));

    expect(await activityCount({ userId: host.user.id, kind: 'event.hosted' })).toBe(1);
  });

  it('ignores events it does not score and payloads without a source', async () => {
    const supporter = await signUpSupporter(app);
    await emit('mymitt.unknown.thing', { sourceId: 'x', userId: supporter.user.id });
    await emit('mymitt.call.completed', { userId: supporter.user.id });
    expect(await activityCount({ userId: supporter.user.id })).toBe(0);
  });

  it('credits the donor for giving and the page owner for raising; a refund reverses both by new rows', async () => {
    const donor = await signUpSupporter(app);
    const fundraiser = await signUpSupporter(app);
    const gift = { sourceId: 'contribution-9', userId: donor.user.id, fundraiserUserId: fundraiser.user.id, amountCents: 25000 };

    await emit('mymitt.donation.succeeded', gift);
    expect((await standing(fundraiser)).badges).toEqual([{ badge: 'fundraiser', tier: 1, value: 25000, nextThreshold: 100000 }]);

    await emit('mymitt.donation.refunded', gift);
    await emit('mymitt.donation.refunded', gift);
    expect(await activityCount({ userId: fundraiser.user.id })).toBe(2);
    const after = await standing(fundraiser);
    expect(after.badges).toEqual([]);
    expect(after.points).toBe(0);
  });
});

describe('levels and badges', () => {
  it('start at level 1 and rise with recent activity, with the breakdown shown to the supporter', async () => {
    const volunteer = await signUpSupporter(app);
    expect(await standing(volunteer)).toMatchObject({
      level: 1,
      points: 0,
      pointsToNextLevel: 10,
      maxLevel: 10,
      breakdown: [],
      badges: [],
    });

    await emit('mymitt.event.hosted', { sourceId: 'party-1', userId: volunteer.user.id });
    for (let i = 0; i < 12; i += 1)
      await emit('mymitt.call.completed', { sourceId: `call-${volunteer.user.id}-${i}`, userId: volunteer.user.id });

    const now = await standing(volunteer);
    expect(now).toMatchObject({ level: 3, points: 27, pointsToNextLevel: 3 });
    expect(now.breakdown).toEqual([
      { kind: 'event.hosted', count: 1, pointsEach: 15, points: 15 },
      { kind: 'call.completed', count: 12, pointsEach: 1, points: 12 },
    ]);
    expect(now.badges).toEqual([
      { badge: 'host', tier: 1, value: 1, nextThreshold: 3 },
      { badge: 'caller', tier: 1, value: 12, nextThreshold: 100 },
    ]);
  });

  it('let activity older than the window age out of the level, while badges stay earned', async () => {
    const veteran = await signUpSupporter(app);
    const longAgo = new Date(Date.now() - 120 * DAY_MS).toISOString();
    for (let i = 0; i < 3; i += 1)
      await emit('mymitt.event.hosted', { sourceId: `old-${veteran.user.id}-${i}`, userId: veteran.user.id, occurredAt: longAgo });

    const old = await standing(veteran);
    expect(old).toMatchObject({ level: 1, points: 0, breakdown: [] });
    expect(old.badges).toEqual([{ badge: 'host', tier: 2, value: 3, nextThreshold: 10 }]);

    await emit('mymitt.event.hosted', { sourceId: `new-${veteran.user.id}`, userId: veteran.user.id });
    expect(await standing(veteran)).toMatchObject({ level: 2, points: 15 });
  });

  it('are part of a visible profile, so others can see where a level comes from', async () => {
    const host = await signUpSupporter(app);
    const slug = await optIn(host);
    await emit('mymitt.event.hosted', { sourceId: `visible-${host.user.id}`, userId: host.user.id });

    const res = await app.http().get(`/api/mymitt-profiles/profiles/${slug}`);
    expect(res.body.data).toMatchObject({
      level: 2,
      breakdown: [{ kind: 'event.hosted', count: 1 }],
      badges: [{ badge: 'host', tier: 1 }],
    });
  });
});

describe('recruiter links', () => {
  it('credit the recruiter named by ?ref=<slug> at registration, once', async () => {
    const recruiter = await signUpSupporter(app, { firstName: 'Rita', lastName: 'Recruiter' });
    const slug = (await app.http().get('/api/mymitt-profiles/profiles/me').set(bearer(recruiter.jwt))).body.data.slug;

    const recruit = await app
      .http()
      .post(`/api/auth/local/register?ref=${slug}`)
      .send({ email: `recruit-${slug}@example.org`, password: 'long-enough-pw', firstName: 'Rex', lastName: 'New', zip: '03301' });
    expect(recruit.status).toBe(200);

    // The credit is a domain event, recorded just after the registration commits.
    expect(await eventually(() => activityCount({ userId: recruiter.user.id, kind: 'supporter.recruited' }), 1)).toBe(1);
    expect((await standing(recruiter)).badges).toEqual([{ badge: 'recruiter', tier: 1, value: 1, nextThreshold: 5 }]);
    const recruitProfile = await app.strapi.db
      .query('plugin::mymitt-profiles.profile')
      .findOne({ where: { userId: recruit.body.user.id } });
    expect(recruitProfile.recruiterUserId).toBe(recruiter.user.id);
  });

  it('ignore an unknown or malformed ref and still register the supporter', async () => {
    for (const ref of ['nobody-at-all', 'DROP%20TABLE']) {
      const res = await app
        .http()
        .post(`/api/auth/local/register?ref=${ref}`)
        .send({
          email: `ref-${Math.random().toString(36).slice(2)}@example.org`,
          password: 'long-enough-pw',
          firstName: 'Ua',
          lastName: 'B',
          zip: '03301',
        });
      expect(res.status).toBe(200);
      const profile = await app.strapi.db.query('plugin::mymitt-profiles.profile').findOne({ where: { userId: res.body.user.id } });
      expect(profile.recruiterUserId).toBeNull();
    }
  });
});

describe('leaderboards', () => {
  it('rank opted-in supporters by recent points, nationally and per state, leaving out the rest', async () => {
    const nh = await signUpSupporter(app, { firstName: 'Nh', zip: '03301' });
    const nv = await signUpSupporter(app, { firstName: 'Nv', zip: '89101' });
    const shy = await signUpSupporter(app, { firstName: 'Shy', zip: '03301' });
    const hidden = await signUpSupporter(app, { firstName: 'Hidden', zip: '03301' });
    const nhSlug = await optIn(nh);
    const nvSlug = await optIn(nv);
    await optIn(hidden, { visibility: 'private' });

    const host = (s: SignedInSupporter, n: number, occurredAt?: string) =>
      Promise.all(
        Array.from({ length: n }, (_, i) =>
          emit('mymitt.event.hosted', { sourceId: `lb-${s.user.id}-${i}-${occurredAt ?? 'now'}`, userId: s.user.id, occurredAt })
        )
      );
    await host(nh, 1);
    await host(nv, 2);
    await host(shy, 5);
    await host(hidden, 5);
    await host(nh, 10, new Date(Date.now() - 200 * DAY_MS).toISOString());

    const national = await app.http().get('/api/mymitt-profiles/leaderboard?limit=100');
    expect(national.status).toBe(200);
    expect(national.headers.deprecation).toBe('true');
    expect(national.headers['cache-control']).toMatch(/public.*s-maxage=30/);
    const ranked = national.body.data.filter(
      (e: any) => [nhSlug, nvSlug].includes(e.slug) || ['Shy', 'Hidden'].some((n) => e.displayName.startsWith(n))
    );
    expect(ranked.map((e: any) => [e.slug, e.points])).toEqual([
      [nvSlug, 30],
      [nhSlug, 15],
    ]);
    expect(JSON.stringify(national.body)).not.toMatch(/userId|email|zip/);

    const nhOnly = await app.http().get('/api/mymitt-profiles/leaderboard?state=NH');
    expect(nhOnly.body.data.map((e: any) => e.slug)).toContain(nhSlug);
    expect(nhOnly.body.data.map((e: any) => e.slug)).not.toContain(nvSlug);
    expect(nhOnly.body.data.every((e: any) => e.state === 'NH')).toBe(true);

    // Strapi's list parameters: a state filter, pages of the board, ranks that carry on across pages.
    const board = (query: string) => app.http().get(`/api/mymitt-profiles/leaderboard?${query}`);
    const whole = (await board('filters[state][$eq]=NV&pagination[pageSize]=100')).body;
    expect(whole.data.map((e: any) => e.rank)).toEqual(whole.data.map((_: any, i: number) => i + 1));
    expect(whole.meta).toMatchObject({ state: 'NV', pagination: { page: 1, pageSize: 100, total: whole.data.length } });
    expect(whole.data.map((e: any) => e.slug)).toContain(nvSlug);
    const second = await board('pagination[start]=1&pagination[limit]=1');
    expect(second.headers.deprecation).toBeUndefined();
    expect(second.body.data).toHaveLength(1);
    expect(second.body.data[0].rank).toBe(2);
    expect(second.body.meta.pagination).toEqual({ start: 1, limit: 1, total: expect.any(Number) });
    expect(second.body.meta.pagination.total).toBeGreaterThanOrEqual(2);
    const paged = await board('pagination[page]=2&pagination[pageSize]=1');
    expect(paged.body.data[0]).toEqual(second.body.data[0]);
    expect(paged.body.meta.pagination).toMatchObject({ page: 2, pageSize: 1, pageCount: second.body.meta.pagination.total });
  });

  it('refuse an unknown state or query parameter with 400', async () => {
    expect((await app.http().get('/api/mymitt-profiles/leaderboard?state=ZZ')).status).toBe(400);
    expect((await app.http().get('/api/mymitt-profiles/leaderboard?state=nh')).status).toBe(400);
    expect((await app.http().get('/api/mymitt-profiles/leaderboard?sort=points')).status).toBe(400);
    expect((await app.http().get('/api/mymitt-profiles/leaderboard?limit=5000')).status).toBe(400);
    for (const query of ['filters[state]=ZZ', 'filters[points][$gt]=1', 'sort=points:desc', 'pagination[pageSize]=101', 'offset=5']) {
      const res = await app.http().get(`/api/mymitt-profiles/leaderboard?${query}`);
      expect({ query, status: res.status, code: res.body.error.details.code }).toEqual({ query, status: 400, code: 'invalid_query' });
    }
  });
});
