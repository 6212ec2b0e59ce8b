import { useStrapi } from '../../helpers/strapi';
import { signUpSupporter, type SignedInSupporter } from '../../helpers/supporters';
import { eventually } from '../../helpers/eventually';
import { bankUrl, activeBank, createList, csvOf, importCsv, manager, phoneOf, setClock } from './helpers';

process.env.AUTH_RATE_LIMIT = 'false';
process.env.CALL_NEXT_RATE_LIMIT = 'false';

const app = useStrapi();
const HEADER = 'name,phone,street,city,state,zip,tags,external_id';
const MIDDAY = new Date('2026-06-15T18:00:00Z');
const auth = (s: SignedInSupporter) => ({ Authorization: `Bearer ${s.jwt}` });
const CONTACTS = 'mymitt_call_contacts';

afterEach(() => setClock(app, null));

async function bankWith(count: number, name: string, offset: number) {
  const admin = await manager(app);
  const listId = await createList(app, admin, name);
  const rows = Array.from({ length: count }, (_, i) => `Voter ${i},${phoneOf(offset + i)},,Concord,NH,03301,,`);
  expect((await importCsv(app, admin, listId, csvOf(HEADER, rows))).body.data.inserted).toBe(count);
  return { listId, bankId: await activeBank(app, admin, listId) };
}

describe('save and next', () => {
  it('records the call and leases the following contact in one request; the list worked through → next null with the reason', async () => {
    setClock(app, MIDDAY);
    const { listId, bankId } = await bankWith(2, 'Save and next', 5100);
    const caller = await signUpSupporter(app);
    const first = await app
      .http()
      .post(`${bankUrl(bankId)}/next`)
      .set(auth(caller))
      .send({});
    expect(first.status).toBe(200);

    const saved = await app
      .http()
      .post(`${bankUrl(bankId)}/result`)
      .set(auth(caller))
      .send({ data: { leaseToken: first.body.data.leaseToken, disposition: 'talked', answers: { q1: 'yes' }, next: true } });
    expect(saved.status).toBe(201);
    expect(saved.body.data).toMatchObject({
      disposition: 'talked',
      contactStatus: 'done',
      next: { contact: { name: expect.any(String) } },
    });
    expect(saved.body.data.next.contact.phone).not.toBe(first.body.data.contact.phone);
    const held = await app.strapi.db.connection(CONTACTS).where({ list_id: listId, phone: saved.body.data.next.contact.phone }).first();
    expect(held).toMatchObject({ leased_by: caller.user.id, lease_token: saved.body.data.next.leaseToken });

    const last = await app
      .http()
      .post(`${bankUrl(bankId)}/result`)
      .set(auth(caller))
      .send({ data: { leaseToken: saved.body.data.next.leaseToken, disposition: 'no_answer', next: true } });
    expect(last.status).toBe(201);
    expect(last.body).toMatchObject({
      data: { disposition: 'no_answer', contactStatus: 'active', next: null },
      meta: { reason: 'list_exhausted' },
    });
    const results = await app.strapi.db.connection('mymitt_call_results').where({ phone_bank_id: bankId }).count({ n: '*' });
    expect(Number(results[0].n)).toBe(2);
  });

  it('the caller loop reuses a token check for a few seconds: a blocked supporter is refused within that time', async () => {
    setClock(app, MIDDAY);
    const { bankId } = await bankWith(1, 'Blocked', 5300);
    const caller = await signUpSupporter(app);
    const next = () =>
      app
        .http()
        .post(`${bankUrl(bankId)}/next`)
        .set(auth(caller))
        .send({});
    expect((await next()).status).toBe(200);
    expect(
      (
        await app
          .http()
          .post(`${bankUrl(bankId)}/next`)
          .set({ Authorization: 'Bearer not-a-token' })
          .send({})
      ).status
    ).toBe(401);

    await app.strapi.db.connection('up_users').where({ id: caller.user.id }).update({ blocked: true });
    expect(await eventually(async () => (await next()).status, 401, 8_000)).toBe(401);
  });

  it('TEL-06 recontact rules: a no-answer cools down and comes back, the third is final; a call-back returns at its time', async () => {
    const t0 = new Date('2026-06-15T13:00:00Z'); // 09:00 in New Hampshire
    const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
    setClock(app, t0);
    const { listId, bankId } = await bankWith(2, 'Recontact', 5400);
    const caller = await signUpSupporter(app);
    const post = (path: string, body: object) =>
      app
        .http()
        .post(`${bankUrl(bankId)}/${path}`)
        .set(auth(caller))
        .send({ data: body });
    const contactRow = (phone: string) => app.strapi.db.connection(CONTACTS).where({ list_id: listId, phone }).first();
    const ms = (value: unknown) =>
      value === null ? null : new Date(typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : (value as any)).getTime();

    const first = (await post('next', {})).body.data;
    const callBack = await post('result', {
      leaseToken: first.leaseToken,
      disposition: 'call_back',
      callBackAt: at(30).toISOString(),
      next: true,
    });
    expect(callBack.body.data).toMatchObject({ contactStatus: 'active' });
    const second = callBack.body.data.next;
    const called = await contactRow(first.contact.phone);
    expect({ attempts: called.attempts, cooldown: ms(called.cooldown_until), callBack: ms(called.call_back_at) }).toEqual({
      attempts: 1,
      cooldown: at(30).getTime(),
      callBack: at(30).getTime(),
    });

    for (const [minute, status] of [
      [0, 'active'],
      [241, 'active'],
      [482, 'done'],
    ] as const) {
      setClock(app, at(minute));
      const lease = minute === 0 ? second : (await post('next', {})).body.data;
      expect(lease?.contact.phone).toBe(second.contact.phone);
      expect((await post('result', { leaseToken: lease.leaseToken, disposition: 'no_answer' })).body.data.contactStatus).toBe(status);
      const row = await contactRow(second.contact.phone);
      expect({ attempts: row.attempts, cooldown: ms(row.cooldown_until) }).toEqual({
        attempts: minute === 0 ? 1 : minute === 241 ? 2 : 3,
        cooldown: status === 'done' ? null : at(minute + 240).getTime(),
      });
      if (minute === 0) {
        // Cooling down: neither contact is callable before its time.
        setClock(app, at(29));
        expect((await post('next', {})).body).toMatchObject({ data: null, meta: { reason: 'list_exhausted' } });
        setClock(app, at(31));
        const back = (await post('next', {})).body.data;
        expect(back.contact.phone).toBe(first.contact.phone);
        await post('result', { leaseToken: back.leaseToken, disposition: 'talked', answers: { q1: 'no' } });
      }
    }
    setClock(app, at(600));
    expect((await post('next', {})).body).toMatchObject({ data: null, meta: { reason: 'list_exhausted' } });
  });
});
