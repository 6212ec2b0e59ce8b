import { useStrapi } from '../../helpers/strapi';
import { ORDER, STORE } from './helpers';

/** SEC-04: POST /checkout is rate limited per IP, like the donate route (card testing runs through any payment form). */
process.env.STRIPE_SECRET_KEY = '';
process.env.STRIPE_WEBHOOK_SECRET = '';
process.env.STORE_CHECKOUT_RATE_LIMIT = 'true';
process.env.STORE_CHECKOUT_RATE_LIMIT_MAX = '3';

const app = useStrapi();

describe('SEC-04 checkout rate limit', () => {
  it('answers 429 with Retry-After past the limit and writes nothing for refused requests', async () => {
    // Bodies that fail validation still count: a card tester's probes are refused either way.
    const statuses: number[] = [];
    for (let i = 0; i < 5; i += 1) statuses.push((await app.http().post(`${STORE}/checkout`).send({ data: { lines: [] } })).status);
    expect(statuses).toEqual([400, 400, 400, 429, 429]);

    const res = await app.http().post(`${STORE}/checkout`).send({});
    expect(res.status).toBe(429);
    expect(res.body).toMatchObject({ data: null, error: { status: 429, name: 'RateLimitError' } });
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    expect(await app.strapi.db.query(ORDER).count()).toBe(0);
  });

  it('the donate route keeps its own counter', async () => {
    const res = await app.http().post('/api/mymitt-fundraising/donations').send({});
    expect(res.status).toBe(400);
  });
});
