import { useStrapi } from '../../helpers/strapi';
import { eventually } from '../../helpers/eventually';
import { bearer, signInAdmin, type SignedInAdmin } from '../../helpers/admins';
import { signUpSupporter, type SignedInSupporter } from '../../helpers/supporters';

const app = useStrapi();
const API = '/api/mymitt-profiles';
const YEAR = new Date().getUTCFullYear() + 1;
const EVENTS = 'plugin::mymitt-profiles.event';

function anEvent(overrides: Record<string, unknown> = {}) {
  return {
    title: 'Canvass kickoff',
    type: 'canvass',
    timeZone: 'America/New_York',
    streetAddress: '10 Main Street',
    zip: '03301',
    shifts: [{ startsAt: `${YEAR}-12-05T10:00`, endsAt: `${YEAR}-12-05T13:00`, capacity: 20 }],
    ...overrides,
  };
}

async function hostEvent(host: SignedInSupporter, overrides: Record<string, unknown> = {}) {
  const res = await app
    .http()
    .post(`${API}/events`)
    .set(bearer(host.jwt))
    .send({ data: anEvent(overrides) });
  expect(res.status).toBe(201);
  return res.body.data;
}

const search = (query: string) => app.http().get(`${API}/events?${query}`);

describe('searching events near a ZIP', () => {
  let host: SignedInSupporter;

  beforeAll(async () => {
    host = await signUpSupporter(app);
    // Hosted in a scrambled order, so distance order cannot come from insertion order.
    await hostEvent(host, { title: 'New York canvass', zip: '10001' });
    await hostEvent(host, { title: 'Boston canvass', zip: '02108' });
    await hostEvent(host, { title: 'Concord canvass', zip: '03301' });
    await hostEvent(host, { title: 'Manchester phone bank', zip: '03101', type: 'phone-bank' });
  });

  it('returns the events within the radius, nearest first, with their distance', async () => {
    const res = await search('zip=03301&radius=70');
    expect(res.status).toBe(200);
    // The same for every viewer: open to all without a permission lookup, and cacheable by a CDN.
    expect(res.headers['cache-control']).toMatch(/public.*s-maxage=30/);
    expect(res.body.data.map((e: any) => e.title)).toEqual(['Concord canvass', 'Manchester phone bank', 'Boston canvass']);
    const [concord, manchester, boston] = res.body.data.map((e: any) => e.distanceMiles);
    expect(concord).toBe(0);
    expect(manchester).toBeCloseTo(15.9, 0);
    expect(boston).toBeGreaterThan(60);
    expect(boston).toBeLessThan(70);
    expect(res.body.meta).toMatchObject({
      pagination: { page: 1, pageSize: 25, total: 3, pageCount: 1 },
      center: { zip: '03301', city: 'Concord', state: 'NH' },
      radiusMiles: 70,
    });
    expect(res.body.data[0]).toMatchObject({
      city: 'Concord',
      state: 'NH',
      zip: '03301',
      approximatePosition: { latitude: 43.22, longitude: -71.53 },
      status: 'published',
      startsAtLocal: `${YEAR}-12-05T10:00:00-05:00`,
      host: { displayName: expect.any(String), slug: expect.any(String) },
    });
    const text = JSON.stringify(res.body);
    expect(text).not.toContain('10 Main Street');
    expect(text).not.toContain('hostUserId');
    expect(text).not.toContain('"latitude":43.2185');
  });

  it('measures the true distance, not the bounding box: Boston (~64 mi) is out of a 60-mile radius', async () => {
    expect((await search('zip=03301&radius=60')).body.data.map((e: any) => e.title)).toEqual(['Concord canvass', 'Manchester phone bank']);
    expect((await search('zip=03301')).body.meta.radiusMiles).toBe(25);
    expect((await search('zip=03301')).body.data.map((e: any) => e.title)).toEqual(['Concord canvass', 'Manchester phone bank']);
    expect((await search('zip=10001&radius=5')).body.data.map((e: any) => e.title)).toEqual(['New York canvass']);
  });

  it('filters by type and pages through the results', async () => {
    expect((await search('zip=03301&radius=70&type=canvass')).body.data.map((e: any) => e.title)).toEqual([
      'Concord canvass',
      'Boston canvass',
    ]);
    const second = await search('zip=03301&radius=70&pageSize=2&page=2');
    expect(second.body.data.map((e: any) => e.title)).toEqual(['Boston canvass']);
    expect(second.body.meta.pagination).toEqual({ page: 2, pageSize: 2, total: 3, pageCount: 2 });
  });

  it('takes Strapi list parameters: radiusMiles, filters, sort, pagination by page or by start/limit', async () => {
    const near = 'zip=03301&radiusMiles=70';
    const res = await search(`${near}&filters[type][$eq]=canvass`);
    expect(res.headers.deprecation).toBeUndefined();
    expect(res.body.data.map((e: any) => e.title)).toEqual(['Concord canvass', 'Boston canvass']);
    expect(res.body.meta).toMatchObject({ pagination: { page: 1, pageSize: 25, pageCount: 1, total: 2 }, radiusMiles: 70 });

    const farthest = await search(`${near}&sort=distanceMiles:desc&pagination[page]=1&pagination[pageSize]=2`);
    expect(farthest.body.data.map((e: any) => e.title)).toEqual(['Boston canvass', 'Manchester phone bank']);
    expect(farthest.body.meta.pagination).toEqual({ page: 1, pageSize: 2, pageCount: 2, total: 3 });

    const byOffset = await search(`${near}&pagination[start]=1&pagination[limit]=1`);
    expect(byOffset.body.data.map((e: any) => e.title)).toEqual(['Manchester phone bank']);
    expect(byOffset.body.meta.pagination).toEqual({ start: 1, limit: 1, total: 3 });

    const inState = await search(`${near}&filters[state][$in][0]=MA&filters[type][$in][0]=canvass&filters[type][$in][1]=phone-bank`);
    expect(inState.body.data.map((e: any) => e.title)).toEqual(['Boston canvass']);

    // The parameters of before the conventions still work, for one release, with a Deprecation header.
    const legacy = await search('zip=03301&radius=70&type=canvass');
    expect(legacy.headers.deprecation).toBe('true');
    expect(legacy.body.data.map((e: any) => e.title)).toEqual(['Concord canvass', 'Boston canvass']);
  });

  it('lists neither cancelled nor finished events', async () => {
    const cancelled = await hostEvent(host, { title: 'Called-off canvass', zip: '03301' });
    const finished = await hostEvent(host, { title: 'Finished canvass', zip: '03301' });
    await app.http().post(`${API}/events/${cancelled.documentId}/cancel`).set(bearer(host.jwt)).send({});
    await app.strapi.db
      .query(EVENTS)
      .update({ where: { documentId: finished.documentId }, data: { endsAt: new Date(Date.now() - 60_000) } });
    const titles = (await search('zip=03301&radius=10')).body.data.map((e: any) => e.title);
    expect(titles).toEqual(['Concord canvass']);
  });

  it('refuses bad queries with 400 (SEC-05)', async () => {
    for (const query of [
      'zip=99999',
      'zip=abc',
      'zip=03301&radius=0',
      'zip=03301&radius=501',
      'radius=10',
      'type=rally',
      'from=12/05/2027',
      'from=2027-12-06&to=2027-12-05',
      'sort=title',
      'pageSize=101',
      'sort=distanceMiles',
      'sort=hostUserId:desc',
      'filters[hostUserId][$eq]=1',
      'filters[type][$contains]=can',
      'filters[type][$eq]=rally',
      'pagination[pageSize]=101',
      'pagination[page]=2&pagination[start]=0',
      'zip=03301&radiusMiles=0',
    ]) {
      const res = await search(query);
      expect({ query, status: res.status }).toEqual({ query, status: 400 });
      expect(res.body).toMatchObject({ data: null, error: { status: 400, name: 'ValidationError' } });
      const code = query === 'zip=99999' ? 'unknown_zip' : 'invalid_query';
      expect({ query, code: res.body.error.details.code }).toEqual({ query, code });
    }
  });
});

describe('searching events by date', () => {
  it('orders by start time and reads `from`/`to` as dates in each event’s own time zone', async () => {
    const host = await signUpSupporter(app);
    // 7 pm in Los Angeles on 10 October is already 11 October in UTC.
    await hostEvent(host, {
      title: 'LA watch party',
      type: 'watch-party',
      zip: '90012',
      timeZone: 'America/Los_Angeles',
      shifts: [{ startsAt: `${YEAR}-10-10T19:00`, endsAt: `${YEAR}-10-10T22:00`, capacity: 30 }],
    });
    await hostEvent(host, {
      title: 'Brooklyn phone bank',
      type: 'phone-bank',
      zip: '11201',
      shifts: [{ startsAt: `${YEAR}-10-11T09:00`, endsAt: `${YEAR}-10-11T12:00`, capacity: 10 }],
    });
    await hostEvent(host, {
      title: 'Brooklyn canvass',
      zip: '11201',
      shifts: [{ startsAt: `${YEAR}-10-12T09:00`, endsAt: `${YEAR}-10-12T12:00`, capacity: 10 }],
    });

    const titles = async (query: string) => (await search(query)).body.data.map((e: any) => e.title);
    expect(await titles(`from=${YEAR}-10-10&to=${YEAR}-10-10`)).toEqual(['LA watch party']);
    expect(await titles(`from=${YEAR}-10-10&to=${YEAR}-10-12`)).toEqual(['LA watch party', 'Brooklyn phone bank', 'Brooklyn canvass']);
    expect(await titles(`from=${YEAR}-10-11&to=${YEAR}-10-12&type=phone-bank`)).toEqual(['Brooklyn phone bank']);
    expect(await titles(`from=${YEAR}-10-11&to=${YEAR}-10-12&zip=11201&radius=5`)).toEqual(['Brooklyn phone bank', 'Brooklyn canvass']);
    const paged = await search(`from=${YEAR}-10-10&to=${YEAR}-10-12&pageSize=1&page=3`);
    expect(paged.body.data.map((e: any) => e.title)).toEqual(['Brooklyn canvass']);
    expect(paged.body.meta.pagination).toEqual({ page: 3, pageSize: 1, total: 3, pageCount: 3 });

    // The same with Strapi's parameters: `startsOn` is the local date an event starts.
    const october = `filters[startsOn][$gte]=${YEAR}-10-10&filters[startsOn][$lte]=${YEAR}-10-12`;
    expect(await titles(`${october}&sort=startsAt:desc`)).toEqual(['Brooklyn canvass', 'Brooklyn phone bank', 'LA watch party']);
    expect(await titles(`filters[startsOn]=${YEAR}-10-10`)).toEqual(['LA watch party']);
    expect(await titles(`${october}&filters[type]=phone-bank`)).toEqual(['Brooklyn phone bank']);
  });
});

describe('staff approval of events', () => {
  let webTeam: SignedInAdmin;
  const setApproval = async (requireEventApproval: boolean) => {
    const current = await app.http().get('/mymitt-profiles/settings').set(bearer(webTeam.token));
    expect(current.status).toBe(200);
    const res = await app
      .http()
      .put('/mymitt-profiles/settings')
      .set(bearer(webTeam.token))
      .send({ ...current.body.data, requireEventApproval });
    expect(res.status).toBe(200);
  };

  beforeAll(async () => {
    webTeam = await signInAdmin(app, 'Web team');
    await setApproval(true);
  });
  afterAll(() => setApproval(false));

  it('keeps a new event pending and unlisted until a web-team admin approves it', async () => {
    const host = await signUpSupporter(app, { firstName: 'Pending', lastName: 'Host' });
    const other = await signUpSupporter(app);
    const event = await hostEvent(host, { title: 'Denver house party', type: 'house-party', zip: '80202', timeZone: 'America/Denver' });
    expect(event.status).toBe('pending');

    expect((await search('zip=80202&radius=10')).body.data).toEqual([]);
    expect((await app.http().get(`${API}/events/${event.documentId}`)).status).toBe(404);
    expect((await app.http().get(`${API}/events/${event.documentId}`).set(bearer(other.jwt))).status).toBe(404);
    expect((await app.http().get(`${API}/events/${event.documentId}`).set(bearer(host.jwt))).body.data.status).toBe('pending');
    expect(
      (await app.http().post(`${API}/events/${event.documentId}/shifts/${event.shifts[0].documentId}/rsvp`).set(bearer(other.jwt)).send({}))
        .status
    ).toBe(404);

    const queue = await app.http().get('/mymitt-profiles/moderation/events').set(bearer(webTeam.token));
    expect(queue.status).toBe(200);
    const item = queue.body.data.find((e: any) => e.documentId === event.documentId);
    expect(item).toEqual({
      documentId: event.documentId,
      title: 'Denver house party',
      type: 'house-party',
      hostDisplayName: 'Pending H.',
      hostSlug: 'pending-h',
      city: 'Denver',
      state: 'CO',
      zip: '80202',
      timeZone: 'America/Denver',
      firstShiftStartsAt: `${YEAR}-12-05T17:00:00.000Z`,
      status: 'pending',
      createdAt: expect.any(String),
    });
    expect(queue.body.meta.pagination).toMatchObject({ page: 1, pageSize: 25 });
    expect(JSON.stringify(queue.body)).not.toContain('10 Main Street');

    const approved = await app
      .http()
      .post(`/mymitt-profiles/moderation/events/${event.documentId}/approve`)
      .set(bearer(webTeam.token))
      .send({});
    expect(approved.status).toBe(200);
    expect(approved.body.data).toMatchObject({ documentId: event.documentId, status: 'published' });
    expect((await search('zip=80202&radius=10')).body.data.map((e: any) => e.title)).toEqual(['Denver house party']);
    const hosted = () =>
      app.strapi.db.query('plugin::mymitt-profiles.activity').count({ where: { userId: host.user.id, kind: 'event.hosted' } });
    expect(await eventually(hosted, 1)).toBe(1);

    const pendingOnly = await app.http().get('/mymitt-profiles/moderation/events?status=pending').set(bearer(webTeam.token));
    expect(pendingOnly.body.data.map((e: any) => e.documentId)).not.toContain(event.documentId);
    const all = await app.http().get('/mymitt-profiles/moderation/events?status=all').set(bearer(webTeam.token));
    expect(all.body.data.map((e: any) => e.documentId)).toContain(event.documentId);
  });

  it('rejects with a reason only the organisers see; supporters and other staff cannot decide', async () => {
    const host = await signUpSupporter(app);
    const event = await hostEvent(host, { title: 'Spammy party', zip: '80202', timeZone: 'America/Denver' });
    const base = `/mymitt-profiles/moderation/events/${event.documentId}`;

    expect((await app.http().post(`${base}/approve`).set(bearer(host.jwt)).send({})).status).toBe(401);
    const finance = await signInAdmin(app, 'Finance');
    expect((await app.http().post(`${base}/approve`).set(bearer(finance.token)).send({})).status).toBe(403);
    expect((await app.http().get('/mymitt-profiles/moderation/events').set(bearer(finance.token))).status).toBe(403);
    expect((await app.http().post(`${base}/reject`).set(bearer(webTeam.token)).send({ reason: 'x', extra: 1 })).status).toBe(400);
    expect((await app.http().get('/mymitt-profiles/moderation/events?status=open').set(bearer(webTeam.token))).status).toBe(400);

    const rejected = await app.http().post(`${base}/reject`).set(bearer(webTeam.token)).send({ reason: 'Not a campaign event.' });
    expect(rejected.status).toBe(200);
    expect(rejected.body.data.status).toBe('rejected');
    expect((await app.http().get(`${API}/events/${event.documentId}`).set(bearer(host.jwt))).body.data).toMatchObject({
      status: 'rejected',
      rejectionReason: 'Not a campaign event.',
    });
    expect((await app.http().get(`${API}/events/${event.documentId}`)).status).toBe(404);
    expect((await search('zip=80202&radius=10')).body.data.map((e: any) => e.title)).not.toContain('Spammy party');
    // The host's own edits cannot publish it (SEC-02).
    expect(
      (
        await app
          .http()
          .put(`${API}/events/${event.documentId}`)
          .set(bearer(host.jwt))
          .send({ data: { status: 'published' } })
      ).status
    ).toBe(400);

    await app.http().post(`${API}/events/${event.documentId}/cancel`).set(bearer(host.jwt)).send({});
    const late = await app.http().post(`${base}/approve`).set(bearer(webTeam.token)).send({});
    expect(late.status).toBe(400);
    expect(late.body.error.name).toBe('ApplicationError');
    expect((await app.http().post('/mymitt-profiles/moderation/events/nope/approve').set(bearer(webTeam.token)).send({})).status).toBe(404);
  });
});
