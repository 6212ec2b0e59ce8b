import { useStrapi } from '../../helpers/strapi';
import { eventually } from '../../helpers/eventually';
import { bearer, signInAdmin } from '../../helpers/admins';
import { signUpSupporter } from '../../helpers/supporters';
import { signWebhook } from '../../helpers/stripe-fake';
import {
  anEvent,
  checkoutSession as session,
  completed,
  nowSeconds,
  openGift as openGiftFor,
  refunded,
  stripeId,
  useStripeFake,
  type Gift,
} from './helpers';

/** The endpoint secret the app boots with (read from the environment by the plugin config). */
const SECRET = 'whsec_mymitt_ledger_test';
process.env.STRIPE_WEBHOOK_SECRET = SECRET;

// Refunding a duplicate payment calls Stripe: the SDK is pointed at the local fake before boot.
const fake = useStripeFake('sk_test_ledger');
const app = useStrapi();
const WEBHOOK = '/api/mymitt-fundraising/stripe/webhook';
const CONTRIBUTIONS = 'plugin::mymitt-fundraising.contribution';
const LEDGER = 'plugin::mymitt-fundraising.ledger-entry';
const EVENTS = 'plugin::mymitt-fundraising.stripe-event';
const ANOMALIES = 'plugin::mymitt-fundraising.payment-anomaly';
const PAYMENT_ANOMALIES = '/mymitt-fundraising/finance/payment-anomalies';
const ACTIVITY = 'plugin::mymitt-profiles.activity';

const ledger = () => app.strapi.plugin('mymitt-fundraising').service('ledger');

const openGift = (overrides: Record<string, unknown> = {}) => openGiftFor(app, overrides);

const dispute = (gift: Gift, id: string, amount: number, type: 'created' | 'closed', status = 'needs_response') =>
  anEvent(`charge.dispute.${type}`, {
    id,
    object: 'dispute',
    amount,
    charge: gift.chargeId,
    payment_intent: gift.paymentIntentId,
    status,
    created: nowSeconds(),
    metadata: {},
  });

/** Posts an event exactly as Stripe does: the signed bytes, `Stripe-Signature`, JSON content type. */
function deliver(event: unknown, options: { payload?: string; header?: string | null } = {}) {
  const payload = options.payload ?? JSON.stringify(event);
  const req = app.http().post(WEBHOOK).set('Content-Type', 'application/json');
  const header = options.header === undefined ? signWebhook(payload, SECRET) : options.header;
  if (header !== null) req.set('Stripe-Signature', header);
  return req.send(payload);
}

async function deliverOk(event: unknown) {
  const res = await deliver(event);
  expect(res.status).toBe(200);
  return res.body as { received: true; eventId: string; outcome: string };
}

const rowsOf = async (gift: Gift) =>
  (await ledger().entriesOf(gift.id)).map((r: any) => ({ kind: r.kind, amountCents: r.amountCents, key: r.stripeObjectKey }));
const statusOf = async (gift: Gift) => (await app.strapi.db.query(CONTRIBUTIONS).findOne({ where: { id: gift.id } })).status;
const count = (uid: string, where: Record<string, unknown> = {}) => app.strapi.db.query(uid).count({ where });

describe('Stripe webhook and the money ledger', () => {
  describe('STR-01 verification on the raw body', () => {
    it('accepts a correctly signed delivery', async () => {
      const gift = await openGift({ pageId: 101 });
      expect(await deliverOk(completed(gift))).toMatchObject({ received: true, outcome: 'processed' });
      expect(await statusOf(gift)).toBe('succeeded');
    });

    it("takes Stripe's event as sent: its top-level data beside other keys is not Strapi's { data } body, and the answer is Stripe's acknowledgement", async () => {
      const gift = await openGift({ pageId: 103 });
      const event = completed(gift);
      expect(Object.keys(event)).toEqual(expect.arrayContaining(['id', 'type', 'data']));
      const res = await deliver(event);
      expect(res.status).toBe(200);
      expect(res.headers.deprecation).toBeUndefined();
      expect(res.body).toEqual({ received: true, eventId: event.id, outcome: 'processed' });
      expect(await statusOf(gift)).toBe('succeeded');
    });

    it('refuses a tampered body, a wrong secret, a missing header, an old timestamp and a re-serialised body with 400, writing nothing', async () => {
      const gift = await openGift({ pageId: 102 });
      const event = completed(gift);
      const payload = JSON.stringify(event);
      const before = { events: await count(EVENTS), rows: await count(LEDGER) };

      const attempts = [
        // same header, one amount changed in the body
        deliver(event, {
          payload: payload.replace(`"amount_total":${gift.amount}`, `"amount_total":${gift.amount * 10}`),
          header: signWebhook(payload, SECRET),
        }),
        deliver(event, { header: signWebhook(payload, 'whsec_someone_else') }),
        deliver(event, { header: null }),
        deliver(event, { header: signWebhook(payload, SECRET, nowSeconds() - 301) }),
        // what a JSON body parser would hand on: same data, different bytes
        deliver(event, { payload: JSON.stringify(event, null, 2), header: signWebhook(payload, SECRET) }),
        deliver(event, { header: 't=abc,v1=nothex' }),
      ];
      for (const res of await Promise.all(attempts)) {
        expect(res.status).toBe(400);
        expect(res.body).toMatchObject({
          data: null,
          error: { status: 400, name: 'ValidationError', details: { code: 'invalid_signature' } },
        });
      }

      expect(await count(EVENTS)).toBe(before.events);
      expect(await count(LEDGER)).toBe(before.rows);
      expect(await statusOf(gift)).toBe('pending');
      expect(await ledger().totals('page:102')).toEqual({ raisedCents: 0, refundedCents: 0, netCents: 0, giftCount: 0 });
    });
  });

  describe('STR-02 each event once', () => {
    it('five concurrent copies of one event make one ledger row and move totals once', async () => {
      const gift = await openGift({ pageId: 201, amountCents: 2500 });
      const event = completed(gift);
      const responses = await Promise.all(Array.from({ length: 5 }, () => deliver(event)));

      expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
      const outcomes = responses.map((r) => r.body.outcome).sort();
      expect(outcomes).toEqual(['duplicate', 'duplicate', 'duplicate', 'duplicate', 'processed']);
      expect(await count(EVENTS, { eventId: event.id })).toBe(1);
      expect(await rowsOf(gift)).toEqual([{ kind: 'charge', amountCents: 2500, key: `payment:${gift.paymentIntentId}` }]);
      expect(await ledger().totals('page:201')).toEqual({ raisedCents: 2500, refundedCents: 0, netCents: 2500, giftCount: 1 });
    });

    it('two different events carrying the same payment make one row', async () => {
      const gift = await openGift({ pageId: 202 });
      await deliverOk(completed(gift));
      await deliverOk(anEvent('checkout.session.async_payment_succeeded', session(gift)));
      expect(await rowsOf(gift)).toHaveLength(1);
      expect((await ledger().totals('page:202')).netCents).toBe(5000);
    });
  });

  describe('STR-03 any order', () => {
    const permutations = <T>(items: T[]): T[][] =>
      items.length <= 1
        ? [items]
        : items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));

    it('all 24 orders of completed / refunded / dispute.created / dispute.closed(won) end with the same rows, totals and status', async () => {
      const orders = permutations(['completed', 'refunded', 'dispute.created', 'dispute.closed'] as const);
      expect(orders).toHaveLength(24);

      for (const [index, order] of orders.entries()) {
        const pageId = 3000 + index;
        const gift = await openGift({ pageId, amountCents: 5000 });
        const refundId = stripeId('re');
        const disputeId = stripeId('dp');
        const events = {
          completed: completed(gift),
          refunded: refunded(gift, [{ id: refundId, amount: 2000 }]),
          'dispute.created': dispute(gift, disputeId, 3000, 'created'),
          'dispute.closed': dispute(gift, disputeId, 3000, 'closed', 'won'),
        };
        for (const name of order) await deliverOk(events[name]);

        const rows = (await rowsOf(gift)).sort((a, b) => (a.key < b.key ? -1 : 1));
        expect({ order, rows }).toEqual({
          order,
          rows: [
            { kind: 'dispute', amountCents: -3000, key: `dispute:${disputeId}` },
            { kind: 'dispute_reversal', amountCents: 3000, key: `dispute_won:${disputeId}` },
            { kind: 'charge', amountCents: 5000, key: `payment:${gift.paymentIntentId}` },
            { kind: 'refund', amountCents: -2000, key: `refund:${refundId}` },
          ],
        });
        expect({ order, totals: await ledger().totals(`page:${pageId}`) }).toEqual({
          order,
          totals: { raisedCents: 5000, refundedCents: 2000, netCents: 3000, giftCount: 1 },
        });
        expect({ order, status: await statusOf(gift) }).toEqual({ order, status: 'partially_refunded' });
      }
      expect(await count(EVENTS, { outcome: 'parked' })).toBe(0);
    });

    it('the four events of five gifts delivered all at once (20 concurrent requests) end with the same totals', async () => {
      const gifts = await Promise.all([0, 1, 2, 3, 4].map((i) => openGift({ pageId: 3100 + i })));
      const events = gifts.flatMap((gift) => {
        const disputeId = stripeId('dp');
        return [
          completed(gift),
          refunded(gift, [{ id: stripeId('re'), amount: 2000 }]),
          dispute(gift, disputeId, 3000, 'created'),
          dispute(gift, disputeId, 3000, 'closed', 'won'),
        ];
      });
      const responses = await Promise.all(events.reverse().map((event) => deliver(event)));
      expect(responses.map((r) => r.status)).toEqual(events.map(() => 200));

      for (const [i, gift] of gifts.entries()) {
        expect(await ledger().totals(`page:${3100 + i}`)).toEqual({ raisedCents: 5000, refundedCents: 2000, netCents: 3000, giftCount: 1 });
        expect(await rowsOf(gift)).toHaveLength(4);
        expect(await statusOf(gift)).toBe('partially_refunded');
      }
      expect(await count(EVENTS, { outcome: 'parked' })).toBe(0);
    });

    it('a refund before its checkout never leaves a phantom total: full refund nets to zero, status refunded', async () => {
      const gift = await openGift({ pageId: 301 });
      await deliverOk(refunded(gift, [{ id: stripeId('re'), amount: gift.amount }]));
      expect(await ledger().totals('page:301')).toMatchObject({ netCents: -5000, giftCount: 0 });
      await deliverOk(completed(gift));
      expect(await ledger().totals('page:301')).toEqual({ raisedCents: 5000, refundedCents: 5000, netCents: 0, giftCount: 1 });
      expect(await statusOf(gift)).toBe('refunded');
    });

    it('a dispute naming an unknown payment is parked, then applied by the checkout that links it', async () => {
      const gift = await openGift({ pageId: 302 });
      const disputeId = stripeId('dp');
      expect(await deliverOk(dispute(gift, disputeId, gift.amount, 'created'))).toMatchObject({ outcome: 'parked' });
      expect(await rowsOf(gift)).toEqual([]);
      expect((await ledger().reconcile()).parkedEvents).toBe(1);

      await deliverOk(completed(gift));
      expect((await rowsOf(gift)).map((r) => r.key).sort()).toEqual([`dispute:${disputeId}`, `payment:${gift.paymentIntentId}`]);
      expect(await statusOf(gift)).toBe('disputed');
      expect((await ledger().reconcile()).parkedEvents).toBe(0);
    });
  });

  describe('FEC-14 append-only', () => {
    it('a refund adds a negative row and leaves the charge row exactly as it was', async () => {
      const gift = await openGift({ pageId: 401 });
      await deliverOk(completed(gift));
      const [charge] = await app.strapi.db.connection('mymitt_ledger_entries').where('contribution_id', gift.id);

      await deliverOk(refunded(gift, [{ id: stripeId('re'), amount: 1500 }]));
      const rows = await app.strapi.db.connection('mymitt_ledger_entries').where('contribution_id', gift.id).orderBy('id');
      expect(rows).toHaveLength(2);
      expect(rows[0]).toEqual(charge);
      expect(Number(rows[1].amount_cents)).toBe(-1500);
      expect(rows[1].kind).toBe('refund');
    });

    it('no route edits or deletes money rows, and staff cannot see them in the content manager', () => {
      const routers = app.strapi.plugin('mymitt-fundraising').routes as Record<string, { routes: any[] }>;
      const routes = [...routers['content-api'].routes, ...routers.admin.routes];
      const ledgerRoutes = routes.filter((r: any) => /^ledger\./.test(r.handler) || /ledger|stripe/.test(r.path));
      expect(ledgerRoutes.map((r: any) => `${r.method} ${r.path}`).sort()).toEqual([
        'GET /ledger/reconcile',
        'GET /ledger/totals',
        'POST /ledger/reconcile',
        'POST /stripe/webhook',
      ]);
      for (const uid of [LEDGER, CONTRIBUTIONS, EVENTS]) {
        expect((app.strapi.contentTypes as any)[uid].pluginOptions['content-manager'].visible).toBe(false);
      }
    });
  });

  describe('refunds, failures and subscriptions', () => {
    it('partial refunds add up, one row per refund id, whatever the cumulative charge events repeat', async () => {
      const keys = { byAddress: 'address-key-ann', byEmail: 'email-key-ann' };
      const gift = await openGift({ pageId: 501, donorKey: keys.byAddress, donorEmailKey: keys.byEmail, electionId: 7 });
      const first = { id: stripeId('re'), amount: 1000 };
      const second = { id: stripeId('re'), amount: 1000 };
      await deliverOk(completed(gift));
      await deliverOk(refunded(gift, [first]));
      await deliverOk(refunded(gift, [first, second]));
      // A later, unrelated update of the same charge carries both refunds again.
      await deliverOk(refunded(gift, [first, second]));

      expect(await rowsOf(gift)).toEqual([
        { kind: 'charge', amountCents: 5000, key: `payment:${gift.paymentIntentId}` },
        { kind: 'refund', amountCents: -1000, key: `refund:${first.id}` },
        { kind: 'refund', amountCents: -1000, key: `refund:${second.id}` },
      ]);
      expect(await ledger().totals('page:501')).toEqual({ raisedCents: 5000, refundedCents: 2000, netCents: 3000, giftCount: 1 });
      expect(await statusOf(gift)).toBe('partially_refunded');
      // FEC-03: the same person found by either key (she moved: new address, same email).
      expect(await ledger().donorTotals(keys)).toMatchObject({ byElection: { 7: 3000 }, cycleCents: 3000 });
      expect(await ledger().donorTotals({ byAddress: 'address-key-ann-moved', byEmail: keys.byEmail })).toMatchObject({
        byElection: { 7: 3000 },
      });
      expect(await ledger().donorTotals({ byAddress: 'someone-else', byEmail: 'someone-else' })).toMatchObject({
        byElection: {},
        cycleCents: 0,
      });
    });

    it('an unpaid checkout records nothing; async_payment_failed marks the gift failed with no money', async () => {
      const gift = await openGift({ pageId: 502 });
      await deliverOk(completed(gift, { payment_status: 'unpaid' }));
      expect(await statusOf(gift)).toBe('pending');
      await deliverOk(anEvent('checkout.session.async_payment_failed', session(gift, { payment_status: 'unpaid' })));

      expect(await statusOf(gift)).toBe('failed');
      expect(await rowsOf(gift)).toEqual([]);
      expect(await ledger().totals('page:502')).toEqual({ raisedCents: 0, refundedCents: 0, netCents: 0, giftCount: 0 });
      const row = await app.strapi.db.query(CONTRIBUTIONS).findOne({ where: { id: gift.id } });
      expect(row.paymentIntentId).toBe(gift.paymentIntentId);
    });

    it('recurring: the first invoice counts once (not again from the session), each installment adds a row, cancellation writes no money', async () => {
      const gift = await openGift({ pageId: 503, amountCents: 1000, recurring: true });
      const subscriptionId = stripeId('sub');
      const invoice = (id: string) =>
        anEvent('invoice.paid', {
          id,
          object: 'invoice',
          amount_paid: 1000,
          customer: 'cus_test_1',
          billing_reason: 'subscription_cycle',
          parent: {
            type: 'subscription_details',
            subscription_details: { subscription: subscriptionId, metadata: { contributionId: String(gift.id) } },
          },
          status_transitions: { paid_at: nowSeconds() },
        });
      const [in1, in2] = [stripeId('in'), stripeId('in')];
      // The first invoice often arrives before the session completes.
      await deliverOk(invoice(in1));
      await deliverOk(
        completed(gift, { mode: 'subscription', subscription: subscriptionId, invoice: in1, payment_intent: null, amount_total: 1000 })
      );
      await deliverOk(invoice(in2));
      expect((await rowsOf(gift)).map((r) => `${r.key} ${r.amountCents}`)).toEqual([`invoice:${in1} 1000`, `invoice:${in2} 1000`]);

      await deliverOk(
        anEvent('customer.subscription.deleted', { id: subscriptionId, object: 'subscription', status: 'canceled', metadata: {} })
      );
      const row = await app.strapi.db.query(CONTRIBUTIONS).findOne({ where: { id: gift.id } });
      expect(row.recurringCancelledAt).toBeTruthy();
      expect(row.status).toBe('succeeded');
      expect(await ledger().totals('page:503')).toEqual({ raisedCents: 2000, refundedCents: 0, netCents: 2000, giftCount: 2 });
    });

    it('an event type the ledger does not use is 200, recorded as ignored', async () => {
      const event = anEvent('customer.created', { id: 'cus_test_ignored', object: 'customer' });
      expect(await deliverOk(event)).toMatchObject({ outcome: 'ignored' });
      expect(await app.strapi.db.query(EVENTS).findOne({ where: { eventId: event.id } })).toMatchObject({ outcome: 'ignored' });
    });
  });

  describe('domain events after commit', () => {
    it('a charge and a refund become donation.given activity for the donor (the profiles plugin listens)', async () => {
      const supporter = await signUpSupporter(app);
      const gift = await openGift({ userId: supporter.user.id, pageId: 601, amountCents: 4000 });
      const refundId = stripeId('re');
      await deliverOk(completed(gift));
      await deliverOk(refunded(gift, [{ id: refundId, amount: 1000 }]));

      const activity = () =>
        app.strapi.db
          .query(ACTIVITY)
          .findMany({ where: { userId: supporter.user.id }, orderBy: { id: 'asc' } })
          .then((rows: any[]) =>
            rows.map((r) => ({ kind: r.kind, sourceKey: r.sourceKey, amountCents: Number(r.amountCents), quantity: r.quantity }))
          );
      expect(
        await eventually(activity, [
          { kind: 'donation.given', sourceKey: `donation.given:payment:${gift.paymentIntentId}`, amountCents: 4000, quantity: 1 },
          { kind: 'donation.given', sourceKey: `donation.given:refund:${refundId}:refund`, amountCents: -1000, quantity: -1 },
        ])
      ).toEqual([
        { kind: 'donation.given', sourceKey: `donation.given:payment:${gift.paymentIntentId}`, amountCents: 4000, quantity: 1 },
        { kind: 'donation.given', sourceKey: `donation.given:refund:${refundId}:refund`, amountCents: -1000, quantity: -1 },
      ]);
    });

    it('a duplicate delivery announces nothing twice', async () => {
      const supporter = await signUpSupporter(app);
      const gift = await openGift({ userId: supporter.user.id });
      const event = completed(gift);
      await Promise.all([deliver(event), deliver(event), deliver(event)]);
      await eventually(() => count(ACTIVITY, { userId: supporter.user.id }), 1);
      expect(await count(ACTIVITY, { userId: supporter.user.id })).toBe(1);
    });
  });

  describe('a contribution is paid once (a second payment is flagged, not booked)', () => {
    it('a second completed session (another session id and payment intent) for a paid gift books no money: one open flag Finance sees, 403 for the Web team', async () => {
      const finance = await signInAdmin(app, 'Finance');
      const webTeam = await signInAdmin(app, 'Web team');
      const gift = await openGift({ pageId: 701, amountCents: 4200 });
      await deliverOk(completed(gift));
      const paid = { all: await ledger().totals('all'), page: await ledger().totals('page:701') };
      expect(paid.page).toEqual({ raisedCents: 4200, refundedCents: 0, netCents: 4200, giftCount: 1 });

      const twice: Gift = { ...gift, sessionId: stripeId('cs'), paymentIntentId: stripeId('pi'), chargeId: stripeId('ch') };
      const second = completed(twice);
      expect(await deliverOk(second)).toMatchObject({ outcome: 'flagged' });
      // STR-02 still holds: the same event again is a no-op, and so are concurrent copies.
      const copies = await Promise.all([deliver(second), deliver(second), deliver(second)]);
      expect(copies.map((r) => [r.status, r.body.outcome])).toEqual([
        [200, 'duplicate'],
        [200, 'duplicate'],
        [200, 'duplicate'],
      ]);

      expect(await rowsOf(gift)).toEqual([{ kind: 'charge', amountCents: 4200, key: `payment:${gift.paymentIntentId}` }]);
      expect(await ledger().totals('page:701')).toEqual(paid.page);
      expect(await ledger().totals('all')).toEqual(paid.all);
      const row = await app.strapi.db.query(CONTRIBUTIONS).findOne({ where: { id: gift.id } });
      expect(row).toMatchObject({ status: 'succeeded', paymentIntentId: gift.paymentIntentId, checkoutSessionId: gift.sessionId });
      expect(await count(ANOMALIES, { contributionId: gift.id })).toBe(1);

      const listed = await app.http().get(`${PAYMENT_ANOMALIES}?status=open`).set(bearer(finance.token));
      expect(listed.status).toBe(200);
      const flags = listed.body.data.filter((f: any) => f.contributionId === gift.id);
      expect(flags).toEqual([
        {
          id: expect.any(Number),
          status: 'open',
          contributionId: gift.id,
          stripeObjectKey: `payment:${twice.paymentIntentId}`,
          paymentIntentId: twice.paymentIntentId,
          checkoutSessionId: twice.sessionId,
          subscriptionId: null,
          eventId: second.id,
          amountCents: 4200,
          returnedCents: 0,
          occurredAt: expect.any(String),
          detectedAt: expect.any(String),
          contribution: {
            documentId: row.documentId,
            status: 'succeeded',
            amountCents: 4200,
            paymentIntentId: gift.paymentIntentId,
            subscriptionId: null,
          },
          donor: { name: 'Ann Romney', email: 'ann@example.org' },
        },
      ]);

      for (const res of [
        await app.http().get(PAYMENT_ANOMALIES).set(bearer(webTeam.token)),
        await app.http().post(`${PAYMENT_ANOMALIES}/${flags[0].id}/refund`).set(bearer(webTeam.token)).send({}),
      ]) {
        expect(res.status).toBe(403);
        expect(res.body).toMatchObject({ data: null, error: { status: 403, name: 'PolicyError', message: expect.any(String) } });
      }
      const bad = await app.http().get(`${PAYMENT_ANOMALIES}?status=closed`).set(bearer(finance.token));
      expect(bad.status).toBe(400);
      expect(bad.body).toMatchObject({ data: null, error: { status: 400, name: 'ValidationError' } });
    });

    it('Finance refunds the duplicate at Stripe (once, however often clicked); its charge.refunded settles the flag and never reaches the ledger', async () => {
      const finance = await signInAdmin(app, 'Finance');
      const gift = await openGift({ pageId: 702, amountCents: 3000 });
      await deliverOk(completed(gift));
      const twice: Gift = { ...gift, sessionId: stripeId('cs'), paymentIntentId: stripeId('pi'), chargeId: stripeId('ch') };
      await deliverOk(completed(twice));
      const before = { all: await ledger().totals('all'), page: await ledger().totals('page:702') };
      const flag = await app.strapi.db.query(ANOMALIES).findOne({ where: { contributionId: gift.id, kind: 'charge' } });

      const refund = () => app.http().post(`${PAYMENT_ANOMALIES}/${flag.id}/refund`).set(bearer(finance.token)).send({});
      const [first, again] = await Promise.all([refund(), refund()]);
      expect([first.status, again.status]).toEqual([202, 202]);
      expect(first.body.data).toEqual({ id: flag.id, refundId: expect.stringMatching(/^re_test_/), amountCents: 3000 });
      expect(again.body.data.refundId).toBe(first.body.data.refundId);
      const sent = fake.requests.filter((r) => r.path === '/v1/refunds' && r.params.payment_intent === twice.paymentIntentId);
      expect(sent.map((r) => [r.params.amount, r.idempotencyKey])).toEqual([
        ['3000', `payment-anomaly-refund:${flag.id}:0`],
        ['3000', `payment-anomaly-refund:${flag.id}:0`],
      ]);

      expect(await deliverOk(refunded(twice, [{ id: first.body.data.refundId, amount: 3000 }]))).toMatchObject({ outcome: 'flagged' });
      expect(await rowsOf(gift)).toEqual([{ kind: 'charge', amountCents: 3000, key: `payment:${gift.paymentIntentId}` }]);
      expect(await ledger().totals('page:702')).toEqual(before.page);
      expect(await ledger().totals('all')).toEqual(before.all);
      expect(await statusOf(gift)).toBe('succeeded');

      const settled = await app.http().get(`${PAYMENT_ANOMALIES}?status=settled`).set(bearer(finance.token));
      expect(settled.body.data.find((f: any) => f.id === flag.id)).toMatchObject({
        status: 'settled',
        amountCents: 3000,
        returnedCents: 3000,
      });
      const late = await refund();
      expect(late.status).toBe(409);
      expect(late.body).toMatchObject({ data: null, error: { status: 409, name: 'ConflictError', details: { status: 'settled' } } });
    });

    it('a refund of the duplicate arriving before its completed session is not booked either; the flag then opens already settled', async () => {
      const gift = await openGift({ pageId: 703, amountCents: 2000 });
      await deliverOk(completed(gift));
      const twice: Gift = { ...gift, sessionId: stripeId('cs'), paymentIntentId: stripeId('pi'), chargeId: stripeId('ch') };
      await deliverOk(refunded(twice, [{ id: stripeId('re'), amount: 2000 }]));
      await deliverOk(completed(twice));
      expect(await rowsOf(gift)).toEqual([{ kind: 'charge', amountCents: 2000, key: `payment:${gift.paymentIntentId}` }]);
      expect(await ledger().totals('page:703')).toEqual({ raisedCents: 2000, refundedCents: 0, netCents: 2000, giftCount: 1 });
      const flag = await app.strapi.db.query(ANOMALIES).findOne({ where: { contributionId: gift.id, kind: 'charge' } });
      expect(flag).toMatchObject({ status: 'settled', paymentIntentId: twice.paymentIntentId });
    });

    it('a second subscription for a monthly gift: its invoices are flagged, the gift’s own installments still count', async () => {
      const gift = await openGift({ pageId: 704, amountCents: 1000, recurring: true });
      const invoice = (subscriptionId: string) =>
        anEvent('invoice.paid', {
          id: stripeId('in'),
          object: 'invoice',
          amount_paid: 1000,
          payment_intent: stripeId('pi'),
          parent: {
            type: 'subscription_details',
            subscription_details: { subscription: subscriptionId, metadata: { contributionId: String(gift.id) } },
          },
          status_transitions: { paid_at: nowSeconds() },
        });
      const [own, other] = [stripeId('sub'), stripeId('sub')];
      await deliverOk(completed(gift, { mode: 'subscription', subscription: own, payment_intent: null }));
      await deliverOk(invoice(own));
      expect(await deliverOk(invoice(other))).toMatchObject({ outcome: 'flagged' });
      await deliverOk(invoice(own));
      expect(await ledger().totals('page:704')).toEqual({ raisedCents: 2000, refundedCents: 0, netCents: 2000, giftCount: 2 });
      expect(await app.strapi.db.query(ANOMALIES).findMany({ where: { contributionId: gift.id } })).toEqual([
        expect.objectContaining({ kind: 'charge', subscriptionId: other, status: 'open' }),
      ]);
    });
  });

  describe('reconcile', () => {
    it('reports no drift after all the traffic above', async () => {
      const finance = await signInAdmin(app, 'Finance');
      const res = await app.http().get('/mymitt-fundraising/ledger/reconcile').set(bearer(finance.token));
      expect(res.status).toBe(200);
      expect(res.body.data).toMatchObject({ drift: [], fixed: false, parkedEvents: 0 });
      expect(res.body.data.checkedScopes).toBeGreaterThan(30);
    });

    it('a total tampered with raw SQL is reported with the ledger figure; fix restores it; a web-team admin may not fix', async () => {
      const finance = await signInAdmin(app, 'Finance');
      const webTeam = await signInAdmin(app, 'Web team');
      const knex = app.strapi.db.connection;
      const before = await ledger().totals('all');
      await knex('mymitt_money_totals')
        .where({ scope: 'all' })
        .update({ net_cents: knex.raw('net_cents + 777') });
      await knex('mymitt_money_totals').where({ scope: 'page:501' }).del();

      const report = await app.http().get('/mymitt-fundraising/ledger/reconcile').set(bearer(finance.token));
      expect(report.body.data.drift).toEqual([
        { scope: 'all', expected: before, actual: { ...before, netCents: before.netCents + 777 } },
        {
          scope: 'page:501',
          expected: { raisedCents: 5000, refundedCents: 2000, netCents: 3000, giftCount: 1 },
          actual: { raisedCents: 0, refundedCents: 0, netCents: 0, giftCount: 0 },
        },
      ]);
      // Reporting changed nothing.
      expect((await ledger().totals('all')).netCents).toBe(before.netCents + 777);

      expect((await app.http().post('/mymitt-fundraising/ledger/reconcile').set(bearer(webTeam.token)).send({ fix: true })).status).toBe(
        403
      );
      expect((await app.http().post('/mymitt-fundraising/ledger/reconcile').set(bearer(finance.token)).send({ fix: 'yes' })).status).toBe(
        400
      );

      const fixed = await app.http().post('/mymitt-fundraising/ledger/reconcile').set(bearer(finance.token)).send({ fix: true });
      expect(fixed.status).toBe(200);
      expect(fixed.body.data).toMatchObject({ fixed: true });
      expect(fixed.body.data.drift).toHaveLength(2);
      expect(await ledger().totals('all')).toEqual(before);
      expect(await ledger().totals('page:501')).toEqual({ raisedCents: 5000, refundedCents: 2000, netCents: 3000, giftCount: 1 });
      expect((await ledger().reconcile()).drift).toEqual([]);

      const totals = await app.http().get('/mymitt-fundraising/ledger/totals?scope=page:501').set(bearer(finance.token));
      expect(totals.body.data).toEqual({ scope: 'page:501', raisedCents: 5000, refundedCents: 2000, netCents: 3000, giftCount: 1 });
      expect((await app.http().get('/mymitt-fundraising/ledger/totals?scope=donor:x').set(bearer(finance.token))).status).toBe(400);
    });
  });
});
