import type request from 'supertest';
import { useStrapi } from '../../helpers/strapi';
import { aSupporter } from '../../helpers/supporters';

process.env.AUTH_RATE_LIMIT = 'true';
process.env.AUTH_RATE_LIMIT_MAX = '5';
process.env.REGISTER_RATE_LIMIT = 'true';
process.env.REGISTER_RATE_LIMIT_MAX = '5';
const app = useStrapi();

afterAll(() => {
  delete process.env.AUTH_RATE_LIMIT;
  delete process.env.AUTH_RATE_LIMIT_MAX;
  delete process.env.REGISTER_RATE_LIMIT;
  delete process.env.REGISTER_RATE_LIMIT_MAX;
});

describe('SEC-04 rate limits on supporter login and registration', () => {
  it('answers 429 to the sixth login attempt within a minute', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) {
      const res = await app.http().post('/api/auth/local').send({ identifier: 'nobody@example.org', password: 'wrong-password-1' });
      statuses.push(res.status);
    }
    expect(statuses.slice(0, 5)).toEqual([400, 400, 400, 400, 400]);
    expect(statuses[5]).toBe(429);
  });

  it('answers 429 to the sixth registration from one address, even with a new email each time', async () => {
    const responses: request.Response[] = [];
    for (let i = 0; i < 6; i += 1) responses.push(await app.http().post('/api/auth/local/register').send(aSupporter()));

    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 429]);
    expect(responses[5].body).toMatchObject({ data: null, error: { status: 429, name: 'RateLimitError' } });
    expect(Number(responses[5].headers['retry-after'])).toBeGreaterThan(0);
    expect(await app.strapi.db.query('plugin::users-permissions.user').count()).toBe(5);
  });
});
