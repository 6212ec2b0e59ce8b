import { useStrapi } from '../../helpers/strapi';
import { signUpSupporter, type SignedInSupporter } from '../../helpers/supporters';
import { eventually } from '../../helpers/eventually';
import { bankUrl, activeBank, createList, csvOf, e164Of, importCsv, manager, phoneOf, setClock } from './helpers';

process.env.AUTH_RATE_LIMIT = 'false';
process.env.CALL_NEXT_RATE_LIMIT_MAX = '10000';

const app = useStrapi();
const HEADER = 'name,phone,street,city,state,zip,tags,external_id';
/** 14:00 in New York, 11:00 in Los Angeles: every US zone is inside its window. */
const MIDDAY = new Date('2026-06-15T18:00:00Z');
const auth = (s: SignedInSupporter) => ({ Authorization: `Bearer ${s.jwt}` });
const CONTACTS = 'mymitt_call_contacts';

async function supporters(count: number) {
  const all: SignedInSupporter[] = [];
  for (let i = 0; i < count; i += 1) all.push(await signUpSupporter(app));
  return all;
}

afterEach(() => setClock(app, null));

describe('caller loop', () => {
  it('TEL-04 50 concurrent next calls on 30 callable contacts lease 30 distinct contacts; 20 get nothing to call', async () => {
    setClock(app, MIDDAY);
    const admin = await manager(app);
    const listId = await createList(app, admin, 'Concurrency');
    const rows = Array.from({ length: 30 }, (_, i) => `Voter ${i},${phoneOf(1000 + i)},1 Main St,Concord,NH,03301,,ext-${i}`);
    expect((await importCsv(app, admin, listId, csvOf(HEADER, rows))).body.data).toMatchObject({ inserted: 30, merged: 0, rejected: [] });
    const bankId = await activeBank(app, admin, listId);
    const callers = await supporters(50);

    const answers = await Promise.all(
      callers.map((c) =>
        app
          .http()
          .post(`${bankUrl(bankId)}/next`)
          .set(auth(c))
          .send({})
      )
    );
    expect(answers.map((r) => r.status)).toEqual(Array(50).fill(200));
    const offered = answers.filter((r) => r.body.data !== null);
    const nothing = answers.filter((r) => r.body.data === null);
    expect(offered).toHaveLength(30);
    expect(new Set(offered.map((r) => r.body.data.contact.phone)).size).toBe(30);
    expect(nothing).toHaveLength(20);
    for (const r of nothing) expect(r.body.meta).toEqual({ reason: 'list_exhausted' });

    const leased = await app.strapi.db.connection(CONTACTS).where({ list_id: listId }).whereNotNull('leased_by').count({ n: '*' });
    expect(Number(leased[0].n)).toBe(30);
    // TEL-05: only the leased contact's name, phone and language, the script and questions; no address.
    expect(Object.keys(offered[0].body.data.contact).sort()).toEqual(['language', 'name', 'phone']);
    expect(offered[0].body.data.phoneBank).toMatchObject({
      scriptEn: 'Hi, this is a volunteer…',
      questions: [expect.objectContaining({ id: 'q1' })],
    });
  });

  it('TEL-04 one caller sending 25 concurrent next calls holds one live lease, and every answer names that contact', async () => {
    setClock(app, MIDDAY);
    const admin = await manager(app);
    const listId = await createList(app, admin, 'One caller, many tabs');
    const rows = Array.from({ length: 30 }, (_, i) => `Voter ${i},${phoneOf(1100 + i)},1 Main St,Concord,NH,03301,,`);
    expect((await importCsv(app, admin, listId, csvOf(HEADER, rows))).body.data).toMatchObject({ inserted: 30 });
    const bankId = await activeBank(app, admin, listId);
    const [caller, other] = await supporters(2);

    const answers = await Promise.all(
      Array.from({ length: 25 }, () =>
        app
          .http()
          .post(`${bankUrl(bankId)}/next`)
          .set(auth(caller))
          .send({})
      )
    );
    expect(answers.map((r) => r.status)).toEqual(Array(25).fill(200));
    const offers = answers.map((r) => r.body.data);
    expect(offers.every((offer) => offer !== null)).toBe(true);
    expect(new Set(offers.map((offer) => offer.contact.phone)).size).toBe(1);
    expect(new Set(offers.map((offer) => offer.leaseToken)).size).toBe(1);
    const held = await app.strapi.db
      .connection(CONTACTS)
      .where({ list_id: listId, leased_by: caller.user.id })
      .select('phone', 'lease_token');
    expect(held).toEqual([{ phone: offers[0].contact.phone, lease_token: offers[0].leaseToken }]);

    // Another caller is not held back by it: they get another contact.
    const theirs = await app
      .http()
      .post(`${bankUrl(bankId)}/next`)
      .set(auth(other))
      .send({});
    expect(theirs.body.data.contact.phone).not.toBe(offers[0].contact.phone);
  });

  it('TEL-04 a caller whose lease expired gets a new one: the expired row is handed back, so they still hold one', async () => {
    setClock(app, MIDDAY);
    const admin = await manager(app);
    const listId = await createList(app, admin, 'Expired leases');
    const rows = Array.from({ length: 5 }, (_, i) => `Voter ${i},${phoneOf(1200 + i)},1 Main St,Concord,NH,03301,,`);
    await importCsv(app, admin, listId, csvOf(HEADER, rows));
    const bankId = await activeBank(app, admin, listId);
    const [first, second] = await supporters(2);
    const next = (s: SignedInSupporter) =>
      app
        .http()
        .post(`${bankUrl(bankId)}/next`)
        .set(auth(s))
        .send({});
    expect((await next(first)).body.data.contact.phone).toBe(e164Of(1200));
    expect((await next(second)).body.data.contact.phone).toBe(e164Of(1201));

    // Both leases expire; the second caller asks again and is offered the first free row, 1200.
    setClock(app, new Date(MIDDAY.getTime() + 11 * 60 * 1000));
    const again = await next(second);
    expect(again.status).toBe(200);
    expect(again.body.data.contact.phone).toBe(e164Of(1200));
    const leased = await app.strapi.db
      .connection(CONTACTS)
      .where({ list_id: listId })
      .whereNotNull('leased_by')
      .orderBy('phone')
      .select('phone', 'leased_by');
    expect(leased).toEqual([{ phone: e164Of(1200), leased_by: second.user.id }]);
  });

  it('TEL-02 a contact whose zone is at 10pm is not offered; one at 7pm is', async () => {
    // 02:00Z: 22:00 in New York, 19:00 in Los Angeles.
    setClock(app, new Date('2026-06-15T02:00:00Z'));
    const admin = await manager(app);
    const listId = await createList(app, admin, 'Windows');
    const csv = csvOf(HEADER, [`East,${phoneOf(2001)},,Concord,NH,03301,,`, `West,${phoneOf(2002, '213')},,Beverly Hills,CA,90210,,`]);
    expect((await importCsv(app, admin, listId, csv)).body.data.inserted).toBe(2);
    const bankId = await activeBank(app, admin, listId);
    const [a, b] = await supporters(2);

    const first = await app
      .http()
      .post(`${bankUrl(bankId)}/next`)
      .set(auth(a))
      .send({});
    expect(first.body.data.contact).toEqual({ name: 'West', phone: e164Of(2002, '213'), language: null });
    const second = await app
      .http()
      .post(`${bankUrl(bankId)}/next`)
      .set(auth(b))
      .send({});
    expect(second.body).toEqual({ data: null, meta: { reason: 'list_exhausted' } });

    // Next morning at 08:00 in New York the eastern contact is offered.
    setClock(app, new Date('2026-06-15T12:00:00Z'));
    const morning = await app
      .http()
      .post(`${bankUrl(bankId)}/next`)
      .set(auth(b))
      .send({});
    expect(morning.body.data.contact.name).toBe('East');

    // 03:00 in Los Angeles and 06:00 in New York: nobody is inside a window.
    setClock(app, new Date('2026-06-15T10:00:00Z'));
    const night = await app
      .http()
      .post(`${bankUrl(bankId)}/next`)
      .set(auth((await supporters(1))[0]))
      .send({});
    expect(night.body).toEqual({ data: null, meta: { reason: 'outside_calling_hours' } });
  });

  it('zones about to close are called first: the East at 4 pm before the West at 1 pm, whatever the import order', async () => {
    // 20:00Z: 16:00 in New York (5 hours left), 13:00 in Los Angeles (8 hours left).
    setClock(app, new Date('2026-06-15T20:00:00Z'));
    const admin = await manager(app);
    const listId = await createList(app, admin, 'Closing order');
    const csv = csvOf(HEADER, [`West,${phoneOf(2101, '213')},,Beverly Hills,CA,90210,,`, `East,${phoneOf(2102)},,Concord,NH,03301,,`]);
    expect((await importCsv(app, admin, listId, csv)).body.data.inserted).toBe(2);
    const bankId = await activeBank(app, admin, listId);
    const [a, b, c] = await supporters(3);

    const first = await app
      .http()
      .post(`${bankUrl(bankId)}/next`)
      .set(auth(a))
      .send({});
    expect(first.body.data.contact.name).toBe('East');
    const second = await app
      .http()
      .post(`${bankUrl(bankId)}/next`)
      .set(auth(b))
      .send({});
    expect(second.body.data.contact.name).toBe('West');
    // Both zones are now empty; a skip hands the East contact back, and it is offered at once.
    expect(
      (
        await app
          .http()
          .post(`${bankUrl(bankId)}/next`)
          .set(auth(c))
          .send({})
      ).body.meta.reason
    ).toBe('list_exhausted');
    const skipped = await app
      .http()
      .post(`${bankUrl(bankId)}/skip`)
      .set(auth(a))
      .send({ data: { leaseToken: first.body.data.leaseToken } });
    expect(skipped.status).toBe(200);
    const again = await app
      .http()
      .post(`${bankUrl(bankId)}/next`)
      .set(auth(c))
      .send({});
    expect(again.body.data.contact.name).toBe('East');
  });

  it('TEL-04 a result on an expired or foreign lease is 409; TEL-05 a caller cannot read a contact they do not hold', async () => {
    setClock(app, MIDDAY);
    const admin = await manager(app);
    const listId = await createList(app, admin, 'Leases');
    await importCsv(
      app,
      admin,
      listId,
      csvOf(HEADER, [`One,${phoneOf(3001)},9 Elm St,Concord,NH,03301,,`, `Two,${phoneOf(3002)},,Concord,NH,03301,,`])
    );
    const bankId = await activeBank(app, admin, listId);
    const [a, b] = await supporters(2);

    const held = await app
      .http()
      .post(`${bankUrl(bankId)}/next`)
      .set(auth(a))
      .send({});
    const token = held.body.data.leaseToken;
    // Asking again returns the same lease rather than a second contact.
    expect(
      (
        await app
          .http()
          .post(`${bankUrl(bankId)}/next`)
          .set(auth(a))
          .send({})
      ).body.data.leaseToken
    ).toBe(token);

    // B cannot use A's lease, cannot see A's contact, and there is no supporter route listing contacts.
    const foreign = await app
      .http()
      .post(`${bankUrl(bankId)}/result`)
      .set(auth(b))
      .send({ data: { leaseToken: token, disposition: 'talked' } });
    expect(foreign.status).toBe(409);
    expect(foreign.body.error.details).toMatchObject({ code: 'lease_lost', reason: 'lease_lost' });
    expect(
      (
        await app
          .http()
          .get(`${bankUrl(bankId)}/current`)
          .set(auth(b))
      ).body
    ).toEqual({ data: null, meta: {} });
    expect(
      (
        await app
          .http()
          .get(`${bankUrl(bankId)}/current`)
          .set(auth(a))
      ).body.data.leaseToken
    ).toBe(token);
    for (const path of ['/api/mymitt-callcenter/contacts', '/api/mymitt-callcenter/lists', `${bankUrl(bankId)}/results.csv`]) {
      expect([403, 404, 405]).toContain((await app.http().get(path).set(auth(b))).status);
    }
    expect((await app.http().get(`${bankUrl(bankId)}/current`)).status).toBe(403);
    // SEC-02: a caller cannot set the contact's status or attempts.
    expect(
      (
        await app
          .http()
          .post(`${bankUrl(bankId)}/result`)
          .set(auth(a))
          .send({ data: { leaseToken: token, disposition: 'talked', status: 'done' } })
      ).status
    ).toBe(400);

    // Answers must match the bank's questions (400, nothing recorded, the lease stays).
    const wrong = await app
      .http()
      .post(`${bankUrl(bankId)}/result`)
      .set(auth(a))
      .send({ data: { leaseToken: token, disposition: 'talked', answers: { q1: 'maybe' } } });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.details).toMatchObject({ code: 'answers_mismatch', errors: [expect.anything()] });

    // Eleven minutes later the lease has expired: 409, nothing recorded.
    setClock(app, new Date(MIDDAY.getTime() + 11 * 60_000));
    const late = await app
      .http()
      .post(`${bankUrl(bankId)}/result`)
      .set(auth(a))
      .send({ data: { leaseToken: token, disposition: 'talked' } });
    expect(late.status).toBe(409);
    expect(late.body.error).toMatchObject({ status: 409 });
    expect(Number((await app.strapi.db.connection('mymitt_call_results').count({ n: '*' }))[0].n)).toBe(0);

    // The expired contact goes back to the pool: B leases it and records a live result.
    const again = await app
      .http()
      .post(`${bankUrl(bankId)}/next`)
      .set(auth(b))
      .send({});
    expect(again.body.data).not.toBeNull();
    const ok = await app
      .http()
      .post(`${bankUrl(bankId)}/result`)
      .set(auth(b))
      .send({ data: { leaseToken: again.body.data.leaseToken, disposition: 'no_answer', answers: { q1: 'yes' }, notes: 'rang out' } });
    expect(ok.status).toBe(201);
    expect(ok.body.data).toMatchObject({ disposition: 'no_answer', contactStatus: 'active' });
    // Posting the same result twice: the lease has ended, 409.
    expect(
      (
        await app
          .http()
          .post(`${bankUrl(bankId)}/result`)
          .set(auth(b))
          .send({ data: { leaseToken: again.body.data.leaseToken, disposition: 'talked' } })
      ).status
    ).toBe(409);
    const contact = await app.strapi.db.connection(CONTACTS).where({ phone: again.body.data.contact.phone, list_id: listId }).first();
    expect(contact).toMatchObject({ attempts: 1, last_disposition: 'no_answer', leased_by: null, lease_token: null });

    // Skip hands a contact back without a result.
    const c = (await supporters(1))[0];
    const offered = await app
      .http()
      .post(`${bankUrl(bankId)}/next`)
      .set(auth(c))
      .send({});
    expect(
      (
        await app
          .http()
          .post(`${bankUrl(bankId)}/skip`)
          .set(auth(c))
          .send({ data: { leaseToken: offered.body.data.leaseToken } })
      ).status
    ).toBe(200);
    expect(
      (
        await app
          .http()
          .get(`${bankUrl(bankId)}/current`)
          .set(auth(c))
      ).body
    ).toEqual({ data: null, meta: {} });

    // A manager pauses the bank mid-call: no new leases (404), but the call under way is still recorded.
    const during = await app
      .http()
      .post(`${bankUrl(bankId)}/next`)
      .set(auth(c))
      .send({});
    const paused = await app
      .http()
      .put(`/mymitt-callcenter/phone-banks/${bankId}`)
      .set({ Authorization: `Bearer ${admin.token}` })
      .send({ status: 'paused' });
    expect(paused.body.data.status).toBe('paused');
    const refused = await app
      .http()
      .post(`${bankUrl(bankId)}/next`)
      .set(auth(a))
      .send({});
    expect(refused.status).toBe(404);
    expect(refused.body.error.details).toEqual({ code: 'phone_bank_inactive', status: 'paused' });
    const finished = await app
      .http()
      .post(`${bankUrl(bankId)}/result`)
      .set(auth(c))
      .send({ data: { leaseToken: during.body.data.leaseToken, disposition: 'talked' } });
    expect(finished.status).toBe(201);
  });

  it('TEL-03 a do-not-call result removes the number from another list at once and after a re-import', async () => {
    setClock(app, MIDDAY);
    const admin = await manager(app);
    const shared = phoneOf(4001);
    const listA = await createList(app, admin, 'A');
    const listB = await createList(app, admin, 'B');
    await importCsv(app, admin, listA, csvOf(HEADER, [`Pat,${shared},,Concord,NH,03301,,`]));
    await importCsv(
      app,
      admin,
      listB,
      csvOf(HEADER, [`Pat Again,(603) 555-4001,,Concord,NH,03301,,`, `Other,${phoneOf(4002)},,Concord,NH,03301,,`])
    );
    const bankA = await activeBank(app, admin, listA);
    const bankB = await activeBank(app, admin, listB);
    const [a, b, c] = await supporters(3);

    const completed: any[] = [];
    const listener = async (payload: any) => {
      completed.push(payload);
    };
    app.strapi.eventHub.on('mymitt.call.completed', listener);

    const held = await app
      .http()
      .post(`${bankUrl(bankA)}/next`)
      .set(auth(a))
      .send({});
    const res = await app
      .http()
      .post(`${bankUrl(bankA)}/result`)
      .set(auth(a))
      .send({ data: { leaseToken: held.body.data.leaseToken, disposition: 'do_not_call' } });
    expect(res.status).toBe(201);
    const e164 = e164Of(4001);
    expect(await app.strapi.db.connection(CONTACTS).where({ list_id: listB, phone: e164 }).first('status')).toEqual({ status: 'dnc' });

    // Bank B offers only the other number, then nothing.
    expect(
      (
        await app
          .http()
          .post(`${bankUrl(bankB)}/next`)
          .set(auth(b))
          .send({})
      ).body.data.contact.phone
    ).toBe(e164Of(4002));
    expect(
      (
        await app
          .http()
          .post(`${bankUrl(bankB)}/next`)
          .set(auth(c))
          .send({})
      ).body.data
    ).toBeNull();

    // A re-import (same list and a new one) keeps the number out.
    const again = await importCsv(app, admin, listB, csvOf(HEADER, [`Pat,${shared},,Concord,NH,03301,,`]));
    expect(again.body.data).toMatchObject({ inserted: 0, merged: 1 });
    const listC = await createList(app, admin, 'C');
    expect((await importCsv(app, admin, listC, csvOf(HEADER, [`Pat,${shared},,Concord,NH,03301,,`]))).body.data.inserted).toBe(1);
    expect(await app.strapi.db.connection(CONTACTS).where({ list_id: listC }).first('status')).toEqual({ status: 'dnc' });
    const bankC = await activeBank(app, admin, listC);
    expect(
      (
        await app
          .http()
          .post(`${bankUrl(bankC)}/next`)
          .set(auth(c))
          .send({})
      ).body.data
    ).toBeNull();

    // The registry and its audit know who added it; the event carries ids only.
    const entry = await app.strapi.db.connection('mymitt_dnc_entries').where({ phone: e164 }).first('source', 'active');
    expect({ source: entry.source, active: Boolean(entry.active) }).toEqual({ source: 'result', active: true });
    expect(await eventually(async () => completed.length, 1)).toBe(1);
    const stored = await app.strapi.db.connection('mymitt_call_results').where({ document_id: res.body.data.documentId }).first('id');
    expect(completed[0]).toEqual({ sourceId: stored.id, userId: a.user.id, occurredAt: MIDDAY.toISOString() });
    app.strapi.eventHub.removeListener('mymitt.call.completed', listener);
  });
});
