import { useStrapi } from '../../helpers/strapi';
import { aDonationBody } from '../../helpers/donation-bodies';
import { signUpSupporter } from '../../helpers/supporters';
import { bearer } from '../../helpers/admins';
import { useSandboxGateway } from './helpers';

/**
 * GET /donations/:documentId/status: the thanks page (`<site>/donate/thanks?contribution=<documentId>`)
 * polls it for a guest's gift until the payment webhook lands. Gifts go through the sandbox checkout.
 */
useSandboxGateway();
// A low donate limit: polling the status must not use it up.
process.env.DONATE_RATE_LIMIT = 'true';
process.env.DONATE_RATE_LIMIT_MAX = '4';

const app = useStrapi();
const API = '/api/mymitt-fundraising';
const status = (documentId: string) => app.http().get(`${API}/donations/${documentId}/status`);
const checkoutPath = (url: string) => new URL(url).pathname;
const KEYS = ['amountCents', 'createdAt', 'documentId', 'page', 'recurring', 'status'];

/** Every identifying field of the donor as sent: none may appear in a status answer. */
const identityOf = (body: Record<string, unknown>) =>
  ['firstName', 'lastName', 'email', 'street', 'city', 'zip', 'occupation', 'employer'].map((field) => String(body[field]));

describe('a gift’s status for the thanks page', () => {
  let page: { slug: string; title: string };

  beforeAll(async () => {
    const owner = await signUpSupporter(app);
    const created = await app.http().post(`${API}/pages`).set(bearer(owner.jwt)).send({ data: { title: 'Olivia runs for Mitt' } });
    expect(created.status).toBe(201);
    page = { slug: created.body.data.slug, title: 'Olivia runs for Mitt' };
  });

  it('is pending right after the donation, succeeded once the sandbox checkout is paid; no donor identity, never cached', async () => {
    const donor = aDonationBody({ amountCents: 2700, firstName: 'Tagg', pageSlug: page.slug, occupation: 'Surveyor', employer: 'Acme Dunes' });
    const started = await app.http().post(`${API}/donations`).send({ data: donor });
    expect(started.status).toBe(201);
    const { documentId } = started.body.data;

    const pending = await status(documentId);
    expect(pending.status).toBe(200);
    expect(pending.body).toEqual({
      data: { documentId, status: 'pending', amountCents: 2700, recurring: false, page, createdAt: expect.any(String) },
      meta: {},
    });
    expect(new Date(pending.body.data.createdAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(pending.headers['cache-control']).toBe('no-store');
    expect(pending.headers.etag).toBeUndefined();

    const paid = await app.http().post(`${checkoutPath(started.body.data.checkoutUrl)}/complete`).set('Accept', 'application/json');
    expect(paid.body.data).toMatchObject({ status: 'succeeded' });

    const confirmed = await status(documentId);
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.data).toEqual({ ...pending.body.data, status: 'succeeded' });
    expect(confirmed.headers['cache-control']).toBe('no-store');

    for (const answer of [pending, confirmed]) {
      expect(Object.keys(answer.body.data).sort()).toEqual(KEYS);
      for (const value of identityOf(donor)) expect(answer.text).not.toContain(value);
    }
  });

  it('a monthly gift without a page says so; a declined checkout turns failed', async () => {
    const monthly = await app.http().post(`${API}/donations`).send({ data: aDonationBody({ amountCents: 1500, recurring: true }) });
    expect(monthly.status).toBe(201);
    await app.http().post(`${checkoutPath(monthly.body.data.checkoutUrl)}/complete`).set('Accept', 'application/json').expect(200);
    expect((await status(monthly.body.data.documentId)).body.data).toMatchObject({
      status: 'succeeded',
      amountCents: 1500,
      recurring: true,
      page: null,
    });

    const declined = await app.http().post(`${API}/donations`).send({ data: aDonationBody({ amountCents: 1000 }) });
    expect(declined.status).toBe(201);
    await app.http().post(`${checkoutPath(declined.body.data.checkoutUrl)}/decline`).set('Accept', 'application/json').expect(200);
    expect((await status(declined.body.data.documentId)).body.data.status).toBe('failed');
  });

  it('polling a minute at once a second stays under its own per-IP limit and leaves the donate limit alone', async () => {
    const started = await app.http().post(`${API}/donations`).send({ data: aDonationBody({ amountCents: 1200 }) });
    expect(started.status).toBe(201);
    const statuses = new Set<number>();
    for (let i = 0; i < 60; i += 1) statuses.add((await status(started.body.data.documentId)).status);
    expect([...statuses]).toEqual([200]);

    // Four donations so far in this file: the donate limit (4) is reached by donating, not by polling.
    const fifth = await app.http().post(`${API}/donations`).send({ data: aDonationBody({ amountCents: 1200 }) });
    expect(fifth.status).toBe(429);

    // The status limit is real, in its own bucket: lowered below what this address has asked, it refuses.
    const config = app.strapi.config.get('plugin::mymitt-fundraising') as { statusRateLimit: { max: number } };
    const generous = config.statusRateLimit.max;
    expect(generous).toBeGreaterThanOrEqual(300);
    config.statusRateLimit.max = 10;
    try {
      const limited = await status(started.body.data.documentId);
      expect(limited.status).toBe(429);
      expect(limited.body.error.details.code).toBe('rate_limited');
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    } finally {
      config.statusRateLimit.max = generous;
    }
  });

  it('an unknown documentId is a 404 contribution_not_found; a query parameter is a 400', async () => {
    const missing = await status('nosuchcontribution000000');
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({
      data: null,
      error: { status: 404, name: 'NotFoundError', message: 'No such contribution.', details: { code: 'contribution_not_found' } },
    });
    const started = await app.http().get(`${API}/donations/nosuchcontribution000000/status?include=email`);
    expect(started.status).toBe(400);
    expect(started.body.error.details.code).toBe('invalid_query');
  });
});
