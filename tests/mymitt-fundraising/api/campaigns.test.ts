import { useStrapi } from '../../helpers/strapi';
import { aDonationBody } from '../../helpers/donation-bodies';
import { useSandboxGateway } from './helpers';

/**
 * GET /campaigns/:slug: a fundraising drive's thermometer for the Action Center's embed block
 * (kind fundraising-campaign, recordId = the drive's slug). Gifts go through the sandbox checkout.
 */
useSandboxGateway();
process.env.DONATE_RATE_LIMIT = 'false';

const app = useStrapi();
const API = '/api/mymitt-fundraising';
const CAMPAIGNS = 'plugin::mymitt-fundraising.fundraising-campaign';
const DAY_MS = 24 * 3600 * 1000;

const totals = (scope: string) => app.strapi.plugin('mymitt-fundraising').service('ledger').totals(scope);

/** A gift paid through the sandbox: POST /donations, then Pay on its checkout page. */
async function paidGift(amountCents: number) {
  const res = await app.http().post(`${API}/donations`).send({ data: aDonationBody({ amountCents }) });
  expect(res.status).toBe(201);
  const paid = await app.http().post(`${new URL(res.body.data.checkoutUrl).pathname}/complete`).set('Accept', 'application/json');
  expect(paid.body.data).toMatchObject({ status: 'succeeded' });
}

describe('a fundraising drive’s public thermometer', () => {
  const startsAt = new Date(Date.now() - DAY_MS);
  const endsAt = new Date(Date.now() + 30 * DAY_MS);
  let spring: { id: number; documentId: string };

  beforeAll(async () => {
    spring = await app.strapi.db.query(CAMPAIGNS).create({
      data: {
        name: 'Spring drive',
        nameEs: 'Campaña de primavera',
        slug: 'spring-drive',
        goalCents: 1_000_000,
        startsAt,
        endsAt,
        presetAmountsCents: [1500, 3000, 6000],
        defaultPageGoalCents: 50_000,
      },
    });
    await app.strapi.db.query(CAMPAIGNS).create({
      data: {
        name: 'Winter drive',
        slug: 'winter-drive',
        goalCents: 0,
        startsAt: new Date(Date.now() - 90 * DAY_MS),
        endsAt: new Date(Date.now() - 60 * DAY_MS),
        defaultPageGoalCents: 50_000,
      },
    });
  });

  it('answers the drive with its goal, dates and presets, nothing raised yet; CDN-cacheable with an ETag and 304', async () => {
    const res = await app.http().get(`${API}/campaigns/spring-drive`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      data: {
        documentId: spring.documentId,
        slug: 'spring-drive',
        name: 'Spring drive',
        nameLocaleFallback: false,
        goalCents: 1_000_000,
        raisedCents: 0,
        percent: 0,
        giftCount: 0,
        startsAt: startsAt.toISOString(),
        endsAt: endsAt.toISOString(),
        isActive: true,
        presetAmountsCents: [1500, 3000, 6000],
      },
      meta: { locale: 'en', localeFallback: false },
    });
    expect(res.headers['cache-control']).toMatch(/^public, max-age=0, s-maxage=\d+/);
    expect(res.headers.etag).toMatch(/^W\/"/);

    const again = await app.http().get(`${API}/campaigns/spring-drive`).set('If-None-Match', res.headers.etag);
    expect(again.status).toBe(304);
  });

  it('raised comes from the ledger totals of the drive: paid gifts count, a checkout never paid does not', async () => {
    await paidGift(2500);
    await paidGift(7_777);
    const unpaid = await app.http().post(`${API}/donations`).send({ data: aDonationBody({ amountCents: 9900 }) });
    expect(unpaid.status).toBe(201);

    const res = await app.http().get(`${API}/campaigns/spring-drive`);
    expect(res.status).toBe(200);
    const ledger = await totals(`campaign:${spring.id}`);
    expect(ledger).toMatchObject({ netCents: 10_277, giftCount: 2 });
    expect(res.body.data).toMatchObject({ raisedCents: ledger.netCents, giftCount: ledger.giftCount, percent: 1, goalCents: 1_000_000 });
    expect(res.body.data).not.toHaveProperty('donorCount');
  });

  it('locale=es answers the Spanish name, or the English one flagged when staff wrote none; an ended drive is not active', async () => {
    const es = await app.http().get(`${API}/campaigns/spring-drive?locale=es`);
    expect(es.status).toBe(200);
    expect(es.body.data).toMatchObject({ name: 'Campaña de primavera', nameLocaleFallback: false });
    expect(es.body.meta).toEqual({ locale: 'es', localeFallback: false });

    const winter = await app.http().get(`${API}/campaigns/winter-drive?locale=es`);
    expect(winter.status).toBe(200);
    expect(winter.body.data).toMatchObject({ name: 'Winter drive', nameLocaleFallback: true, isActive: false, goalCents: 0, percent: 0 });
    expect(winter.body.meta).toEqual({ locale: 'es', localeFallback: true });
    // No presets of its own: the plugin's, as its donation form would offer.
    const config = app.strapi.config.get('plugin::mymitt-fundraising') as { presetAmountsCents: number[] };
    expect(winter.body.data.presetAmountsCents).toEqual(config.presetAmountsCents);
  });

  it('an unknown slug is a 404 campaign_not_found, never publicly cached; a bad locale or another parameter is a 400', async () => {
    const missing = await app.http().get(`${API}/campaigns/no-such-drive`);
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({
      data: null,
      error: {
        status: 404,
        name: 'NotFoundError',
        message: 'No fundraising drive has this address.',
        details: { code: 'campaign_not_found', slug: 'no-such-drive' },
      },
    });
    expect(missing.headers['cache-control'] ?? '').not.toMatch(/public|s-maxage/);

    const french = await app.http().get(`${API}/campaigns/spring-drive?locale=fr`);
    expect(french.status).toBe(400);
    expect(french.body.error.details).toMatchObject({ code: 'invalid_query', param: 'locale' });
    const extra = await app.http().get(`${API}/campaigns/spring-drive?populate=*`);
    expect(extra.status).toBe(400);
    expect(extra.body.error.details.code).toBe('invalid_query');
  });
});
