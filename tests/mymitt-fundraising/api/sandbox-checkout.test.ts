import { useStrapi } from '../../helpers/strapi';
import { aDonationBody } from '../../helpers/donation-bodies';
import { signUpSupporter } from '../../helpers/supporters';
import { eventually } from '../../helpers/eventually';
import { useSandboxGateway } from './helpers';

/**
 * Without Stripe keys (the `npm run develop` default) the sandbox gateway stands in for Checkout: its
 * page completes or declines, and the events reach our own webhook over HTTP, signed and verified.
 */
useSandboxGateway();
process.env.DONATE_RATE_LIMIT = 'false';

const app = useStrapi();
const DONATE = '/api/mymitt-fundraising/donations';
const CONTRIBUTIONS = 'plugin::mymitt-fundraising.contribution';
const LEDGER = 'plugin::mymitt-fundraising.ledger-entry';
const EVENTS = 'plugin::mymitt-fundraising.stripe-event';

const aGift = (overrides: Record<string, unknown> = {}) => aDonationBody({ amountCents: 2700, firstName: 'Tagg', ...overrides });

const totals = (scope: string) => app.strapi.plugin('mymitt-fundraising').service('ledger').totals(scope);
const contribution = (documentId: string) => app.strapi.db.query(CONTRIBUTIONS).findOne({ where: { documentId } });
const checkoutPath = (url: string) => new URL(url).pathname;

describe('sandbox gateway (no Stripe keys)', () => {
  it('serves a local hosted checkout; paying delivers a signed event to our webhook and the gift becomes money', async () => {
    const res = await app.http().post(DONATE).send({ data: aGift() });
    expect(res.status).toBe(201);
    const path = checkoutPath(res.body.data.checkoutUrl);
    expect(path).toMatch(/^\/api\/mymitt-fundraising\/sandbox\/checkout\/cs_sandbox_[a-f0-9]{32}$/);

    const page = await app.http().get(path);
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.text).toContain('Pay $27.00');

    const paid = await app.http().post(`${path}/complete`).set('Accept', 'application/json');
    expect(paid.status).toBe(200);
    expect(paid.body.data).toMatchObject({ outcome: 'complete', status: 'succeeded', webhookStatuses: [200] });
    const row = await contribution(res.body.data.documentId);
    expect(row.status).toBe('succeeded');
    const entries = await app.strapi.db.query(LEDGER).findMany({ where: { contributionId: row.id } });
    expect(entries.map((e: any) => [e.kind, Number(e.amountCents)])).toEqual([['charge', 2700]]);
    // It went through the real webhook: the event is stored by id, processed.
    expect(await app.strapi.db.query(EVENTS).count({ where: { contributionId: row.id, outcome: 'processed' } })).toBe(1);

    // A paid checkout cannot be paid twice: 409 in Strapi's error shape (JSON), a page saying so (browser).
    const again = await app.http().post(`${path}/complete`).set('Accept', 'application/json');
    expect(again.status).toBe(409);
    expect(again.body).toEqual({
      data: null,
      error: {
        status: 409,
        name: 'ConflictError',
        message: 'This checkout was already paid: nothing more is charged.',
        details: { code: 'checkout_finished', documentId: row.documentId, status: 'succeeded' },
      },
    });
    const browser = await app.http().post(`${path}/complete`).set('Accept', 'text/html');
    expect(browser.status).toBe(409);
    expect(browser.text).toContain('This checkout was already paid');
    expect((await app.http().get(path)).text).not.toContain('Pay $27.00');
    expect(await app.strapi.db.query(LEDGER).count({ where: { contributionId: row.id } })).toBe(1);
  });

  it('STR-02: twenty concurrent Pay clicks on one checkout book one gift; the other nineteen are 409', async () => {
    const res = await app
      .http()
      .post(DONATE)
      .send({ data: aGift({ amountCents: 4400, street: '9 Pine St' }) });
    const path = checkoutPath(res.body.data.checkoutUrl);
    const before = await totals('all');

    const clicks = await Promise.all(
      Array.from({ length: 20 }, () => app.http().post(`${path}/complete`).set('Accept', 'application/json'))
    );
    const winners = clicks.filter((c) => c.status === 200);
    const losers = clicks.filter((c) => c.status !== 200);
    expect(winners).toHaveLength(1);
    expect(winners[0].body.data).toMatchObject({ outcome: 'complete', status: 'succeeded', webhookStatuses: [200] });
    expect(losers).toHaveLength(19);
    for (const loser of losers) {
      expect(loser.status).toBe(409);
      expect(loser.body).toMatchObject({
        data: null,
        error: { status: 409, name: 'ConflictError', message: 'This checkout was already paid: nothing more is charged.' },
      });
    }

    const row = await contribution(res.body.data.documentId);
    expect(row.status).toBe('succeeded');
    const entries = await app.strapi.db.query(LEDGER).findMany({ where: { contributionId: row.id } });
    expect(entries.map((e: any) => [e.kind, Number(e.amountCents)])).toEqual([['charge', 4400]]);
    expect(await app.strapi.db.query(EVENTS).count({ where: { contributionId: row.id } })).toBe(1);
    const after = await totals('all');
    expect({
      raised: after.raisedCents - before.raisedCents,
      net: after.netCents - before.netCents,
      gifts: after.giftCount - before.giftCount,
    }).toEqual({ raised: 4400, net: 4400, gifts: 1 });
  });

  it('Pay and Decline clicked together: the first click wins, the others are 409 and book nothing', async () => {
    const res = await app
      .http()
      .post(DONATE)
      .send({ data: aGift({ amountCents: 1200, street: '10 Pine St' }) });
    const path = checkoutPath(res.body.data.checkoutUrl);
    const clicks = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        app
          .http()
          .post(`${path}/${i % 2 ? 'decline' : 'complete'}`)
          .set('Accept', 'application/json')
      )
    );
    const winners = clicks.filter((c) => c.status === 200);
    expect(winners).toHaveLength(1);
    expect(clicks.filter((c) => c.status === 409)).toHaveLength(9);
    const row = await contribution(res.body.data.documentId);
    const rows = await app.strapi.db.query(LEDGER).count({ where: { contributionId: row.id } });
    if (winners[0].body.data.outcome === 'complete') expect([row.status, rows]).toEqual(['succeeded', 1]);
    else expect([row.status, rows]).toEqual(['failed', 0]);
  });

  it('declining leaves no money and marks the gift failed, so it does not hold the donor’s limit', async () => {
    const res = await app
      .http()
      .post(DONATE)
      .send({ data: aGift({ amountCents: 350000, street: '5 Oak Street' }) });
    const path = checkoutPath(res.body.data.checkoutUrl);
    const declined = await app.http().post(`${path}/decline`);
    expect(declined.status).toBe(200);
    expect(declined.text).toContain('declined');
    const row = await contribution(res.body.data.documentId);
    expect(row.status).toBe('failed');
    expect(await app.strapi.db.query(LEDGER).count({ where: { contributionId: row.id } })).toBe(0);
    const retry = await app
      .http()
      .post(DONATE)
      .send({ data: aGift({ amountCents: 350000, street: '5 Oak Street', email: row.email }) });
    expect(retry.status).toBe(201);
  });

  it('a monthly gift: the first installment is recorded and the supporter can cancel it', async () => {
    const pat = await signUpSupporter(app);
    const res = await app
      .http()
      .post(DONATE)
      .set('Authorization', `Bearer ${pat.jwt}`)
      .send({ data: aGift({ recurring: true, amountCents: 1500 }) });
    const path = checkoutPath(res.body.data.checkoutUrl);
    expect((await app.http().get(path)).text).toContain('Monthly contribution: $15.00');
    const paid = await app.http().post(`${path}/complete`).set('Accept', 'application/json');
    expect(paid.body.data).toMatchObject({ status: 'succeeded', webhookStatuses: [200, 200] });
    const row = await contribution(res.body.data.documentId);
    expect(row.subscriptionId).toMatch(/^sub_sandbox_/);
    const entries = await app.strapi.db.query(LEDGER).findMany({ where: { contributionId: row.id } });
    expect(entries.map((e: any) => [e.kind, Number(e.amountCents), e.stripeObjectKey.split(':')[0]])).toEqual([
      ['charge', 1500, 'invoice'],
    ]);

    const cancel = await app
      .http()
      .post(`${DONATE}/${row.documentId}/cancel-recurring`)
      .set('Authorization', `Bearer ${pat.jwt}`)
      .send({ data: {} });
    expect(cancel.status).toBe(202);
    const cancelledAt = async () => Boolean((await contribution(row.documentId)).recurringCancelledAt);
    expect(await eventually(cancelledAt, true)).toBe(true);
  });

  it('a guest stops a monthly gift with the link from their receipt; a wrong token or another gift’s token is 403', async () => {
    const res = await app
      .http()
      .post(DONATE)
      .send({ data: aGift({ recurring: true, amountCents: 1000, street: '7 Elm St' }) });
    const path = checkoutPath(res.body.data.checkoutUrl);
    await app.http().post(`${path}/complete`).set('Accept', 'application/json').expect(200);
    const row = await contribution(res.body.data.documentId);
    const payments = app.strapi.plugin('mymitt-fundraising').service('payments');
    const link = new URL(payments.cancelLink(row, 'https://act.example.org'));
    expect(link.pathname).toBe('/donate/cancel');
    const token = link.searchParams.get('token')!;
    const cancel = (documentId: string, body: object) =>
      app.http().post(`${DONATE}/${documentId}/cancel-recurring-by-link`).send({ data: body });

    const wrongToken = await cancel(row.documentId, { token: token.slice(0, -2) + 'xx' });
    expect(wrongToken.status).toBe(403);
    expect(wrongToken.body.error).toMatchObject({ message: 'This cancel link is not valid.', details: { code: 'invalid_cancel_link' } });
    const other = await app
      .http()
      .post(DONATE)
      .send({ data: aGift({ street: '8 Elm St' }) });
    expect((await cancel(other.body.data.documentId, { token })).status).toBe(403);
    expect((await cancel(row.documentId, { token, extra: 1 })).status).toBe(400);
    expect((await contribution(row.documentId)).recurringCancelledAt).toBeNull();

    expect((await cancel(row.documentId, { token })).status).toBe(202);
    const cancelledAt = async () => Boolean((await contribution(row.documentId)).recurringCancelledAt);
    expect(await eventually(cancelledAt, true)).toBe(true);
    expect((await cancel(row.documentId, { token })).body.data).toMatchObject({ alreadyCancelled: true });
    // A one-time gift has nothing to stop.
    const oneTime = await cancel(other.body.data.documentId, { token: payments.cancelLink(other.body.data).split('token=')[1] });
    expect(oneTime.status).toBe(400);
    expect(oneTime.body.error.details.code).toBe('not_recurring');
  });

  it('is refused in production: no sandbox page, and donating is a 503 rather than a fake payment', async () => {
    const res = await app.http().post(DONATE).send({ data: aGift() });
    const path = checkoutPath(res.body.data.checkoutUrl);
    const previous = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      expect((await app.http().get(path)).status).toBe(404);
      expect((await app.http().post(`${path}/complete`)).status).toBe(404);
      const refused = await app.http().post(DONATE).send({ data: aGift() });
      expect(refused.status).toBe(503);
      expect(refused.body.error.message).toMatch(/not configured/);
      expect(refused.body.error.details.code).toBe('payments_unavailable');
    } finally {
      process.env.NODE_ENV = previous;
    }
    expect((await contribution(res.body.data.documentId)).status).toBe('pending');
  });

  it('unknown or malformed session ids are 404', async () => {
    expect((await app.http().get('/api/mymitt-fundraising/sandbox/checkout/cs_sandbox_' + 'a'.repeat(32))).status).toBe(404);
    expect((await app.http().get('/api/mymitt-fundraising/sandbox/checkout/cs_live_123')).status).toBe(404);
  });
});
