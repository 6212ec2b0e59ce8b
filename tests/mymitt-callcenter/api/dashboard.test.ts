import { useStrapi } from '../../helpers/strapi';
import { bearer, signInAdmin } from '../../helpers/admins';
import { signUpSupporter, type SignedInSupporter } from '../../helpers/supporters';
import { bankUrl, activeBank, createList, csvOf, importCsv, manager, phoneOf, setClock } from './helpers';

process.env.AUTH_RATE_LIMIT = 'false';
process.env.CALL_NEXT_RATE_LIMIT_MAX = '10000';

const app = useStrapi();
const HEADER = 'name,phone,street,city,state,zip,tags,external_id';
const DASHBOARD = '/mymitt-callcenter/dashboard';
/** 14:00 in New York, 13:00 in Dallas, 11:00 in Los Angeles: every contact is inside its window. */
const NOW = new Date('2026-06-15T18:00:00Z');
const at = (hhmm: string) => new Date(`2026-06-15T${hhmm}:00Z`);
const auth = (s: SignedInSupporter) => ({ Authorization: `Bearer ${s.jwt}` });

afterEach(() => setClock(app, null));

/** At `when`, the caller leases the next contact of the bank and, if a disposition is given, records it. */
async function call(caller: SignedInSupporter, bankId: number, when: Date, disposition?: string) {
  setClock(app, when);
  const next = await app
    .http()
    .post(`${bankUrl(bankId)}/next`)
    .set(auth(caller))
    .send({});
  if (!next.body.data) throw new Error(`nothing to call: ${JSON.stringify(next.body)}`);
  if (!disposition) return next.body.data.contact.name as string;
  const result = await app
    .http()
    .post(`${bankUrl(bankId)}/result`)
    .set(auth(caller))
    .send({ data: { leaseToken: next.body.data.leaseToken, disposition } });
  if (result.status !== 201) throw new Error(`result: ${result.status} ${JSON.stringify(result.body)}`);
  return next.body.data.contact.name as string;
}

describe('call center dashboard (admin)', () => {
  it('counts active callers, calls per hour, dispositions, contacts remaining, states and goals after a scripted session', async () => {
    const admin = await manager(app);
    const doorList = await createList(app, admin, 'New Hampshire and California');
    await importCsv(
      app,
      admin,
      doorList,
      csvOf(HEADER, [
        `C1,${phoneOf(101)},,Concord,NH,03301,,`,
        `C2,${phoneOf(102)},,Concord,NH,03301,,`,
        `C3,${phoneOf(103)},,Concord,NH,03301,,`,
        `C4,${phoneOf(104)},,Concord,NH,03301,,`,
        `C5,${phoneOf(105, '213')},,Beverly Hills,CA,90210,,`,
      ])
    );
    const texasList = await createList(app, admin, 'Texas');
    await importCsv(
      app,
      admin,
      texasList,
      csvOf(HEADER, [`D1,${phoneOf(201, '214')},,Dallas,TX,75201,,`, `D2,${phoneOf(202, '214')},,Dallas,TX,75201,,`])
    );
    const bankOne = await activeBank(app, admin, doorList, { name: 'NH push', goalCompleted: 10 });
    const bankTwo = await activeBank(app, admin, texasList, { name: 'Texas', questions: [] });
    const [a, b, c, d, f] = await Promise.all(Array.from({ length: 5 }, () => signUpSupporter(app)));

    expect(await call(a, bankOne, at('15:00'), 'talked')).toBe('C1'); // done
    expect(await call(b, bankOne, at('17:30'), 'no_answer')).toBe('C2'); // active, cooling down 4 h
    expect(await call(a, bankOne, at('17:55'), 'do_not_call')).toBe('C3'); // dnc
    expect(await call(d, bankTwo, at('17:50'), 'busy')).toBe('D1'); // active, cooling down 1 h
    expect(await call(f, bankTwo, at('17:42'))).toBe('D2'); // a lease that expires at 17:52
    expect(await call(c, bankOne, NOW)).toBe('C4'); // a live lease

    setClock(app, NOW);
    const all = await app.http().get(DASHBOARD).set(bearer(admin.token));
    expect(all.status).toBe(200);
    const data = all.body.data;
    expect(data.at).toBe(NOW.toISOString());
    expect(data.phoneBankId).toBeNull();
    // C holds a lease; A (17:55) and D (17:50) called in the last 15 minutes; B (17:30) and F (expired lease) did not.
    expect(data.activeCallers).toEqual({ total: 3, holdingLease: 1, calledLast15Minutes: 2 });

    expect(data.callsPerHour).toHaveLength(24);
    expect(data.callsPerHour[0]).toEqual({ hourStart: '2026-06-14T19:00:00.000Z', calls: 0 });
    expect(data.callsPerHour[23]).toEqual({ hourStart: '2026-06-15T18:00:00.000Z', calls: 0 });
    const busyHours = data.callsPerHour.filter((h: any) => h.calls > 0);
    expect(busyHours).toEqual([
      { hourStart: '2026-06-15T15:00:00.000Z', calls: 1 },
      { hourStart: '2026-06-15T17:00:00.000Z', calls: 3 },
    ]);

    expect(data.dispositions).toEqual({
      no_answer: 1,
      busy: 1,
      machine: 0,
      wrong_number: 0,
      disconnected: 0,
      talked: 1,
      refused: 0,
      call_back: 0,
      moved: 0,
      deceased: 0,
      do_not_call: 1,
    });
    // Eligible now: C5 in bank one (C2 cools down, C4 is leased); D2 in bank two (its lease expired; D1 cools down).
    expect(data.contacts).toEqual({ total: 7, active: 5, done: 1, dnc: 1, leased: 1, eligibleNow: 2 });
    expect(data.byState).toEqual([
      { state: 'CA', remaining: 1, done: 0, dnc: 0, calls: 0 },
      { state: 'NH', remaining: 2, done: 1, dnc: 1, calls: 3 },
      { state: 'TX', remaining: 2, done: 0, dnc: 0, calls: 1 },
    ]);
    expect(data.phoneBanks).toEqual([
      {
        id: bankTwo,
        name: 'Texas',
        status: 'active',
        listId: texasList,
        calls: 1,
        conversations: 0,
        goalCompleted: null,
        goalPercent: null,
        remaining: 2,
        eligibleNow: 1,
      },
      {
        id: bankOne,
        name: 'NH push',
        status: 'active',
        listId: doorList,
        calls: 3,
        conversations: 2,
        goalCompleted: 10,
        goalPercent: 20,
        remaining: 3,
        eligibleNow: 1,
      },
    ]);
    // Aggregates only: no names or phones anywhere in the answer.
    expect(JSON.stringify(all.body)).not.toMatch(/\+1\d{10}|C1|D2/);

    // One bank: its results and its list's contacts only.
    const one = await app.http().get(`${DASHBOARD}?phoneBankId=${bankOne}`).set(bearer(admin.token));
    expect(one.status).toBe(200);
    expect(one.body.data.phoneBankId).toBe(bankOne);
    expect(one.body.data.activeCallers).toEqual({ total: 2, holdingLease: 1, calledLast15Minutes: 1 });
    expect(one.body.data.callsPerHour.reduce((sum: number, h: any) => sum + h.calls, 0)).toBe(3);
    expect(one.body.data.dispositions).toMatchObject({ talked: 1, no_answer: 1, do_not_call: 1, busy: 0 });
    expect(one.body.data.contacts).toEqual({ total: 5, active: 3, done: 1, dnc: 1, leased: 1, eligibleNow: 1 });
    expect(one.body.data.byState.map((s: any) => s.state)).toEqual(['CA', 'NH']);
    expect(one.body.data.phoneBanks.map((bank: any) => bank.id)).toEqual([bankOne]);

    // An hour later C's lease has expired and nobody called: no active callers; the 15:00 call is still in the window.
    setClock(app, at('19:10'));
    const later = (await app.http().get(DASHBOARD).set(bearer(admin.token))).body.data;
    expect(later.activeCallers).toEqual({ total: 0, holdingLease: 0, calledLast15Minutes: 0 });
    expect(later.contacts.leased).toBe(0);
    expect(later.callsPerHour[0].hourStart).toBe('2026-06-14T20:00:00.000Z');
    expect(later.callsPerHour.reduce((sum: number, h: any) => sum + h.calls, 0)).toBe(4);
    // The next day at 16:00 the 15:00 call of the day before has left the 24-hour window.
    setClock(app, new Date('2026-06-16T16:00:00Z'));
    const nextDay = (await app.http().get(DASHBOARD).set(bearer(admin.token))).body.data;
    expect(nextDay.callsPerHour.reduce((sum: number, h: any) => sum + h.calls, 0)).toBe(3);
  });

  it('answers the Call center manager; another admin role is 403, no admin token 401', async () => {
    const admin = await manager(app);
    expect((await app.http().get(DASHBOARD).set(bearer(admin.token))).status).toBe(200);
    for (const role of ['Finance', 'Web team']) {
      const other = await signInAdmin(app, role);
      const res = await app.http().get(DASHBOARD).set(bearer(other.token));
      expect(res.status).toBe(403);
      expect(res.body).toMatchObject({ data: null, error: { status: 403, name: 'PolicyError' } });
    }
    expect((await app.http().get(DASHBOARD)).status).toBe(401);
    const supporter = await signUpSupporter(app);
    expect((await app.http().get(DASHBOARD).set(auth(supporter))).status).toBe(401);
  });

  it('SEC-05 an unknown or malformed query parameter is a 400; an unknown phone bank 404', async () => {
    const admin = await manager(app);
    const unknown = await app.http().get(`${DASHBOARD}?since=yesterday`).set(bearer(admin.token));
    expect(unknown.status).toBe(400);
    expect(unknown.body).toMatchObject({ data: null, error: { status: 400, name: 'ValidationError' } });
    for (const bad of ['abc', '0', '-3', '1.5', '']) {
      expect((await app.http().get(`${DASHBOARD}?phoneBankId=${bad}`).set(bearer(admin.token))).status).toBe(400);
    }
    const missing = await app.http().get(`${DASHBOARD}?phoneBankId=999999`).set(bearer(admin.token));
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ data: null, error: { status: 404, name: 'NotFoundError' } });
  });
});
