import { useStrapi } from '../../helpers/strapi';
import { signUpSupporter } from '../../helpers/supporters';
import { PHONE_BANKS, activeBank, createList, manager } from './helpers';

/** SEC-04: the next-contact route is rate limited per IP. */
process.env.CALL_NEXT_RATE_LIMIT = 'true';
process.env.CALL_NEXT_RATE_LIMIT_MAX = '3';

const app = useStrapi();

describe('SEC-04 next-contact rate limit', () => {
  it('answers 429 with Retry-After past the limit and leases nothing for refused requests', async () => {
    const admin = await manager(app);
    const bankId = await activeBank(app, admin, await createList(app, admin, 'Empty'));
    const caller = await signUpSupporter(app);
    const statuses: number[] = [];
    for (let i = 0; i < 5; i += 1)
      statuses.push(
        (
          await app
            .http()
            .post(`${PHONE_BANKS}/${bankId}/next`)
            .set({ Authorization: `Bearer ${caller.jwt}` })
            .send({})
        ).status
      );
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    const res = await app
      .http()
      .post(`${PHONE_BANKS}/${bankId}/next`)
      .set({ Authorization: `Bearer ${caller.jwt}` })
      .send({});
    expect(res.body).toMatchObject({ data: null, error: { status: 429, name: 'RateLimitError' } });
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
  });
});
