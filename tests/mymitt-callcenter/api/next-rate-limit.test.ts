import { useStrapi } from '../../helpers/strapi';
import { signUpSupporter } from '../../helpers/supporters';
import { bankUrl, activeBank, createList, csvOf, importCsv, manager, phoneOf, setClock } from './helpers';

/** SEC-04: leasing a contact (`next`, or a result with `next: true`) is rate limited per IP. */
process.env.CALL_NEXT_RATE_LIMIT = 'true';
process.env.CALL_NEXT_RATE_LIMIT_MAX = '3';

const app = useStrapi();

describe('SEC-04 next-contact rate limit', () => {
  it('counts next and save-and-next in one budget, not plain results; past it 429 with Retry-After, and the refused request changes nothing', async () => {
    setClock(app, new Date('2026-06-15T18:00:00Z'));
    const admin = await manager(app);
    const listId = await createList(app, admin, 'Budget');
    const rows = [0, 1, 2, 3].map((i) => `Voter ${i},${phoneOf(6100 + i)},,Concord,NH,03301,,`);
    await importCsv(app, admin, listId, csvOf('name,phone,street,city,state,zip,tags,external_id', rows));
    const bankId = await activeBank(app, admin, listId);
    const caller = await signUpSupporter(app);
    const post = (path: string, body: object) =>
      app
        .http()
        .post(`${bankUrl(bankId)}/${path}`)
        .set({ Authorization: `Bearer ${caller.jwt}` })
        .send({ data: body });

    const a = await post('next', {}); // 1 of 3
    const b = await post('result', { leaseToken: a.body.data.leaseToken, disposition: 'refused', next: true }); // 2 of 3
    const plain = await post('result', { leaseToken: b.body.data.next.leaseToken, disposition: 'refused' }); // not counted
    const c = await post('next', {}); // 3 of 3
    const refusedResult = await post('result', { leaseToken: c.body.data.leaseToken, disposition: 'talked', next: true });
    const refusedNext = await post('next', {});
    expect([a.status, b.status, plain.status, c.status, refusedResult.status, refusedNext.status]).toEqual([200, 201, 201, 200, 429, 429]);
    expect(refusedNext.body).toMatchObject({
      data: null,
      error: { status: 429, name: 'RateLimitError', details: { code: 'next_rate_limited' } },
    });
    expect(refusedResult.body.error.details.code).toBe('next_rate_limited');
    expect(Number(refusedNext.headers['retry-after'])).toBeGreaterThan(0);

    const knex = app.strapi.db.connection;
    const results = await knex('mymitt_call_results').where({ phone_bank_id: bankId }).count({ n: '*' });
    expect(Number(results[0].n)).toBe(2);
    const held = await knex('mymitt_call_contacts').where({ list_id: listId, leased_by: caller.user.id });
    expect(held.map((row: any) => row.phone)).toEqual([c.body.data.contact.phone]);
  });
});
