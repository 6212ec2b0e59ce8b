import { useStrapi } from '../../helpers/strapi';
import { signUpSupporter, type SignedInSupporter } from '../../helpers/supporters';
import { bearer } from '../../helpers/admins';
import {
  CALL_DAYS,
  PHONE_BANKS,
  activeBank,
  bankUrl,
  bankWithContacts,
  callOnce,
  createCallDay,
  createList,
  documentIdOf,
  manager,
  setClock,
} from './helpers';

process.env.AUTH_RATE_LIMIT = 'false';
process.env.CALL_NEXT_RATE_LIMIT_MAX = '10000';

/** Strapi's list conventions on the plugin's lists: pagination, sort and filters in the database, meta.pagination. */
const app = useStrapi();
const NOW = new Date('2026-06-15T18:00:00Z');
const as = (who: SignedInSupporter) => bearer(who.jwt);

beforeEach(() => setClock(app, NOW));
afterEach(() => setClock(app, null));

async function expectInvalidQuery(path: string, headers: Record<string, string> = {}) {
  const res = await app.http().get(path).set(headers);
  expect({ path, status: res.status, code: res.body.error?.details?.code }).toEqual({ path, status: 400, code: 'invalid_query' });
}

describe('GET /phone-banks', () => {
  it('a page of the active banks by documentId, newest first; sorted by name, filtered by whoMayCall; start/limit; bad params 400', async () => {
    const admin = await manager(app);
    const charlie = await activeBank(app, admin, await createList(app, admin, 'Charlie list'), { name: 'Charlie' });
    const alpha = await activeBank(app, admin, await createList(app, admin, 'Alpha list'), { name: 'Alpha', whoMayCall: 'approved' });
    const bravo = await activeBank(app, admin, await createList(app, admin, 'Bravo list'), { name: 'Bravo' });
    await activeBank(app, admin, await createList(app, admin, 'Delta list'), { name: 'Delta', status: 'paused' });
    const caller = await signUpSupporter(app);
    const list = async (query = '') => {
      const res = await app.http().get(`${PHONE_BANKS}${query}`).set(as(caller));
      expect(res.status).toBe(200);
      return { names: res.body.data.map((bank: any) => bank.name), data: res.body.data, meta: res.body.meta };
    };

    const all = await list();
    expect(all.names).toEqual(['Bravo', 'Alpha', 'Charlie']);
    expect(all.meta).toEqual({ pagination: { page: 1, pageSize: 25, pageCount: 1, total: 3 } });
    expect(all.data.map((bank: any) => bank.documentId)).toEqual([bravo, alpha, charlie].map(documentIdOf));
    expect(all.data[1]).toEqual({
      documentId: documentIdOf(alpha),
      name: 'Alpha',
      instructions: null,
      whoMayCall: 'approved',
      groupSlug: null,
      mayCall: false,
      application: null,
    });

    expect(await list('?pagination[page]=2&pagination[pageSize]=2')).toMatchObject({
      names: ['Charlie'],
      meta: { pagination: { page: 2, pageSize: 2, pageCount: 2, total: 3 } },
    });
    expect(await list('?pagination[start]=1&pagination[limit]=1')).toMatchObject({
      names: ['Alpha'],
      meta: { pagination: { start: 1, limit: 1, total: 3 } },
    });
    expect((await list('?pagination[withCount]=false')).meta).toEqual({ pagination: { page: 1, pageSize: 25 } });
    expect((await list('?sort=name')).names).toEqual(['Alpha', 'Bravo', 'Charlie']);
    expect((await list('?sort=name:desc')).names).toEqual(['Charlie', 'Bravo', 'Alpha']);
    expect(await list('?filters[whoMayCall][$eq]=approved')).toMatchObject({
      names: ['Alpha'],
      meta: { pagination: { total: 1 } },
    });
    expect((await list('?filters[whoMayCall][$in][0]=any&sort=name')).names).toEqual(['Bravo', 'Charlie']);

    for (const query of [
      '?filters[listId][$eq]=1',
      '?filters[whoMayCall][$eq]=nobody',
      '?sort=id:desc',
      '?page=2',
      '?pagination[pageSize]=1000',
    ]) {
      await expectInvalidQuery(`${PHONE_BANKS}${query}`, as(caller));
    }
  });

  it('a bank is named by its documentId only: the numeric id or an unknown documentId is 404 phone_bank_not_found', async () => {
    const admin = await manager(app);
    const bankId = await bankWithContacts(app, admin, 'Addressed by documentId', 7000, 2);
    const caller = await signUpSupporter(app);

    const offered = await app
      .http()
      .post(`${bankUrl(bankId)}/next`)
      .set(as(caller))
      .send({});
    expect(offered.status).toBe(200);
    expect(offered.body.data.phoneBank).toMatchObject({ documentId: documentIdOf(bankId), name: 'Addressed by documentId' });
    expect(offered.body.data.phoneBank).not.toHaveProperty('id');
    const recorded = await app
      .http()
      .post(`${bankUrl(bankId)}/result`)
      .set(as(caller))
      .send({ data: { leaseToken: offered.body.data.leaseToken, disposition: 'talked' } });
    expect(recorded.status).toBe(201);
    expect(recorded.body.data).toEqual({
      documentId: expect.stringMatching(/^[a-z0-9]{24}$/),
      disposition: 'talked',
      contactStatus: 'done',
    });

    await expectInvalidQuery(`${bankUrl(bankId)}/current?userId=1`, as(caller));
    for (const wrong of [String(bankId), 'nosuchbank0000000000000000']) {
      const res = await app.http().post(`${PHONE_BANKS}/${wrong}/next`).set(as(caller)).send({});
      expect(res.status).toBe(404);
      expect(res.body.error.details).toEqual({ code: 'phone_bank_not_found' });
    }
  });
});

describe('GET /call-days', () => {
  it('a page of the days not over yet, soonest first; sorted by startsAt, filtered by isLive and startsAt; bad params 400', async () => {
    const admin = await manager(app);
    const day = async (slug: string, startsAt: string, endsAt: string) => {
      const res = await createCallDay(app, admin, { name: `Day ${slug}`, slug, startsAt, endsAt, status: 'published' });
      expect(res.status).toBe(201);
    };
    await day('conv-later', '2026-06-20T17:00:00.000Z', '2026-06-20T21:00:00.000Z');
    await day('conv-live', '2026-06-15T17:00:00.000Z', '2026-06-15T21:00:00.000Z');
    await day('conv-soon', '2026-06-18T17:00:00.000Z', '2026-06-18T21:00:00.000Z');
    await day('conv-over', '2026-06-01T17:00:00.000Z', '2026-06-01T21:00:00.000Z');
    const list = async (query = '') => {
      const res = await app.http().get(`${CALL_DAYS}${query}`);
      expect(res.status).toBe(200);
      expect(res.headers['cache-control']).toMatch(/^public, .*s-maxage=5\b/);
      return { slugs: res.body.data.map((d: any) => d.slug), meta: res.body.meta };
    };

    expect(await list()).toEqual({
      slugs: ['conv-live', 'conv-soon', 'conv-later'],
      meta: { locale: 'en', localeFallback: false, pagination: { page: 1, pageSize: 50, pageCount: 1, total: 3 } },
    });
    expect((await list('?sort=startsAt:desc')).slugs).toEqual(['conv-later', 'conv-soon', 'conv-live']);
    expect((await list('?filters[isLive]=true')).slugs).toEqual(['conv-live']);
    expect(await list('?filters[isLive][$eq]=false')).toEqual({
      slugs: ['conv-soon', 'conv-later'],
      meta: { locale: 'en', localeFallback: false, pagination: { page: 1, pageSize: 50, pageCount: 1, total: 2 } },
    });
    expect((await list('?filters[startsAt][$gte]=2026-06-19T00:00:00Z')).slugs).toEqual(['conv-later']);
    expect(await list('?pagination[start]=1&pagination[limit]=1')).toEqual({
      slugs: ['conv-soon'],
      meta: { locale: 'en', localeFallback: false, pagination: { start: 1, limit: 1, total: 3 } },
    });

    for (const query of ['?filters[slug][$eq]=conv-live', '?filters[startsAt][$gte]=soon', '?sort=goalCalls', '?limit=10']) {
      await expectInvalidQuery(`${CALL_DAYS}${query}`);
    }
  });
});

describe('GET /call-days/:slug/leaderboard', () => {
  it('pages keep their rank; filters[state] ranks within a state; sort by calls; the day in meta.callDay', async () => {
    const admin = await manager(app);
    const bank = await bankWithContacts(app, admin, 'Leaderboard pages', 7100, 12);
    const created = await createCallDay(app, admin, {
      name: 'Ranked day',
      slug: 'ranked-day',
      startsAt: '2026-06-15T17:00:00.000Z',
      endsAt: '2026-06-15T21:00:00.000Z',
      status: 'published',
    });
    expect(created.status).toBe(201);
    const callers: Array<[string, string, number]> = [
      ['Ann', 'NH', 3],
      ['Ben', 'VT', 2],
      ['Cy', 'NH', 1],
    ];
    for (const [firstName, state, calls] of callers) {
      const who = await signUpSupporter(app, { firstName, lastName: 'Caller' });
      const join = await app
        .http()
        .post(`${CALL_DAYS}/ranked-day/join`)
        .set(as(who))
        .send({ data: { state, showOnLeaderboard: true } });
      expect(join.status).toBe(201);
      for (let i = 0; i < calls; i += 1) await callOnce(app, who.jwt, bank, 'no_answer');
    }
    const board = async (query = '') => {
      const res = await app.http().get(`${CALL_DAYS}/ranked-day/leaderboard${query}`);
      expect(res.status).toBe(200);
      return res.body;
    };

    expect(await board('?pagination[page]=2&pagination[pageSize]=2')).toEqual({
      data: [{ rank: 3, name: 'Cy C.', state: 'NH', calls: 1, conversations: 0 }],
      meta: {
        callDay: { slug: 'ranked-day', name: 'Ranked day' },
        locale: 'en',
        localeFallback: false,
        pagination: { page: 2, pageSize: 2, pageCount: 2, total: 3 },
      },
    });
    const nh = await board('?filters[state][$eq]=NH');
    expect(nh.data.map((row: any) => [row.rank, row.name])).toEqual([
      [1, 'Ann C.'],
      [2, 'Cy C.'],
    ]);
    expect(nh.meta.pagination).toEqual({ page: 1, pageSize: 20, pageCount: 1, total: 2 });
    expect((await board('?sort=calls:asc')).data.map((row: any) => [row.rank, row.name])).toEqual([
      [1, 'Cy C.'],
      [2, 'Ben C.'],
      [3, 'Ann C.'],
    ]);
    expect((await board('?pagination[start]=1&pagination[limit]=1')).meta.pagination).toEqual({ start: 1, limit: 1, total: 3 });

    for (const query of ['?filters[userId][$eq]=1', '?filters[state][$eq]=ZZ', '?sort=name', '?pagination[pageSize]=101']) {
      await expectInvalidQuery(`${CALL_DAYS}/ranked-day/leaderboard${query}`);
    }
    const unknown = await app.http().get(`${CALL_DAYS}/no-such-day/leaderboard`);
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.details.code).toBe('call_day_not_found');
  });
});
