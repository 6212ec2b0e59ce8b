import { useStrapi } from '../../helpers/strapi';
import { AFFIRMATIONS, aDonationBody } from '../../helpers/donation-bodies';
import { signUpSupporter } from '../../helpers/supporters';
import { eventually } from '../../helpers/eventually';
import { aCheckoutCompleted, postSignedEvent } from '../../helpers/stripe-fake';
import { stripeId, useStripeFake } from './helpers';

/**
 * The donate route against the local Stripe fake (the real SDK pointed at it): compliance first, then
 * a pending contribution and a Checkout Session; the webhook turns it into money.
 */
const SECRET = 'whsec_mymitt_donations_test';
process.env.STRIPE_WEBHOOK_SECRET = SECRET;
process.env.DONATE_RATE_LIMIT = 'false';

const fake = useStripeFake('sk_test_mymitt_donations');

const app = useStrapi();
const DONATE = '/api/mymitt-fundraising/donations';
const CONTRIBUTIONS = 'plugin::mymitt-fundraising.contribution';
const LEDGER = 'plugin::mymitt-fundraising.ledger-entry';

const aGift = aDonationBody;

/** POST /donations with Strapi's `{ data }` body. */
const donate = (body: unknown, jwt?: string) => {
  const req = app.http().post(DONATE);
  if (jwt) req.set('Authorization', `Bearer ${jwt}`);
  return req.send({ data: body });
};

const contribution = async (documentId: string) => app.strapi.db.query(CONTRIBUTIONS).findOne({ where: { documentId } });
const count = (uid: string, where: Record<string, unknown> = {}) => app.strapi.db.query(uid).count({ where });
const sessionRequests = () => fake.requests.filter((r) => r.method === 'POST' && r.path === '/v1/checkout/sessions');

/** Stripe's checkout.session.completed for a contribution, signed and delivered to our webhook. */
async function pay(documentId: string, extra: Record<string, unknown> = {}) {
  const row = await contribution(documentId);
  const event = aCheckoutCompleted({
    sessionId: row.checkoutSessionId,
    amountCents: Number(row.amountCents),
    contributionId: row.id,
    paymentIntentId: row.recurring ? null : stripeId('pi'),
    session: { mode: row.recurring ? 'subscription' : 'payment', ...extra },
  });
  const res = await postSignedEvent(app, event, SECRET);
  expect(res.status).toBe(200);
  return row;
}

async function donateAndPay(body: Record<string, unknown>, jwt?: string) {
  const res = await donate(body, jwt);
  expect(res.status).toBe(201);
  await pay(res.body.data.documentId);
  return res.body.data;
}

const elections = async () => {
  const res = await app.http().get('/api/mymitt-fundraising/elections');
  const [primary, general] = res.body.data;
  return { primary, general };
};
/** The database id of an election the API names by documentId (ledger rows keep numeric ids). */
const electionRowId = async (documentId: string) =>
  (await app.strapi.db.query('plugin::mymitt-fundraising.election').findOne({ where: { documentId } })).id as number;

describe('POST /donations', () => {
  it("sends a donor who gave on the Spanish site back to the Spanish thanks and donate pages", async () => {
    const res = await donate(aGift({ amountCents: 1500, locale: 'es' } as any));
    expect(res.status).toBe(201);
    const { params } = sessionRequests().at(-1)!;
    expect(params.success_url).toMatch(/\/es\/donate\/thanks\?contribution=/);
    expect(params.cancel_url).toMatch(/\/es\/donate\?cancelled=/);
    expect((await donate(aGift({ amountCents: 1500, locale: 'fr' } as any))).status).toBe(400);
  });

  it('a guest donates: pending contribution, a Checkout Session created with our idempotency key (STR-04), money after the webhook', async () => {
    const body = aGift({ amountCents: 2500, refcode: 'email-nov', utmSource: 'newsletter' });
    const res = await donate(body);

    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({ status: 'pending', amountCents: 2500, recurring: false, parts: null });
    const row = await contribution(res.body.data.documentId);
    const request = sessionRequests().at(-1)!;
    expect(res.body.data.checkoutUrl).toBe(`http://127.0.0.1:${fake.port}/checkout/${row.checkoutSessionId}`);
    expect(request.idempotencyKey).toBe(row.idempotencyKey);
    expect(request.params).toMatchObject({
      mode: 'payment',
      customer_email: body.email,
      client_reference_id: String(row.id),
      metadata: { contributionId: String(row.id) },
      payment_intent_data: { metadata: { contributionId: String(row.id) } },
      line_items: [{ quantity: '1', price_data: { currency: 'usd', unit_amount: '2500' } }],
    });
    expect(request.params.success_url).toMatch(/\/donate\/thanks\?contribution=/);
    // The stored gift: donor data, both FEC-03 keys, affirmations version (FEC-08), attribution.
    expect(row).toMatchObject({
      status: 'pending',
      userId: null,
      affirmationsVersion: '2025-11',
      occupation: 'Teacher',
      employer: 'Belmont Schools',
      refcode: 'email-nov',
      utmSource: 'newsletter',
    });
    expect(row.donorKey).toMatch(/^[a-f0-9]{64}$/);
    expect(row.donorEmailKey).toMatch(/^[a-f0-9]{64}$/);
    // The response carries no donor data back.
    expect(JSON.stringify(res.body)).not.toContain(body.email);

    await pay(res.body.data.documentId);
    expect((await contribution(res.body.data.documentId)).status).toBe('succeeded');
    expect(await count(LEDGER, { contributionId: row.id })).toBe(1);
  });

  it('a signed-in supporter donates: the gift is theirs, listed in /donations/mine and nobody else’s', async () => {
    const pat = await signUpSupporter(app);
    const other = await signUpSupporter(app);
    const gift = await donateAndPay(aGift({ amountCents: 10000 }), pat.jwt);

    expect((await contribution(gift.documentId)).userId).toBe(pat.user.id);
    const mine = await app.http().get(`${DONATE}/mine`).set('Authorization', `Bearer ${pat.jwt}`);
    expect(mine.status).toBe(200);
    expect(mine.body.data).toEqual([expect.objectContaining({ documentId: gift.documentId, status: 'succeeded', amountCents: 10000 })]);
    expect(mine.body.meta.pagination).toEqual({ page: 1, pageSize: 25, pageCount: 1, total: 1 });
    const theirs = await app.http().get(`${DONATE}/mine`).set('Authorization', `Bearer ${other.jwt}`);
    expect(theirs.body.data).toEqual([]);
    expect((await app.http().get(`${DONATE}/mine`)).status).toBe(403);
  });

  describe('refusals change nothing and start no payment', () => {
    const refusedWith = async (body: unknown, status: number) => {
      const before = { contributions: await count(CONTRIBUTIONS), sessions: sessionRequests().length };
      const res = await donate(body);
      expect(res.status).toBe(status);
      expect(res.body.data).toBeNull();
      expect(await count(CONTRIBUTIONS)).toBe(before.contributions);
      expect(sessionRequests().length).toBe(before.sessions);
      return res.body.error;
    };

    it('FEC-08: each of the five affirmations must be ticked; an unknown text version is refused', async () => {
      const { ownFunds: _dropped, ...four } = AFFIRMATIONS;
      expect((await refusedWith(aGift({ affirmations: four }), 400)).name).toBe('ValidationError');
      await refusedWith(aGift({ affirmations: { ...AFFIRMATIONS, notFederalContractor: false } }), 400);
      await refusedWith(aGift({ affirmationsVersion: '1999-01' }), 400);
    });

    it('FEC-08: a foreign address needs a US passport number', async () => {
      const abroad = aGift({ country: 'FR', state: 'Paris', zip: '75001' });
      const error = await refusedWith(abroad, 400);
      expect(JSON.stringify(error.details)).toContain('usPassportNumber');
      const res = await donate({ ...abroad, usPassportNumber: 'A12345678' });
      expect(res.status).toBe(201);
      expect((await contribution(res.body.data.documentId)).usPassportNumber).toBe('A12345678');
    });

    it('FEC-06: name, address, occupation and employer are required on every gift, whatever the amount', async () => {
      for (const field of ['firstName', 'lastName', 'street', 'city', 'zip', 'occupation', 'employer']) {
        await refusedWith(aGift({ amountCents: 500, [field]: '  ' }), 400);
      }
    });

    it('SEC-02/SEC-05: fields the server owns, wrong types and fractions of a cent are 400', async () => {
      await refusedWith(aGift({ status: 'succeeded' }), 400);
      await refusedWith(aGift({ userId: 1 }), 400);
      await refusedWith(aGift({ pageId: 5 }), 400);
      await refusedWith(aGift({ amountCents: '5000' }), 400);
      await refusedWith(aGift({ amountCents: 12.5 }), 400);
      await refusedWith(aGift({ amountCents: 50 }), 400);
      await refusedWith(aGift({ recurring: 'yes' }), 400);
    });

    it('STR-05: card data never reaches our servers: card fields are refused, and the donor pays on the hosted page', async () => {
      await refusedWith(aGift({ cardNumber: '4242424242424242' }), 400);
      await refusedWith(aGift({ card: { number: '4242424242424242', cvc: '123' } }), 400);
      const res = await donate(aGift());
      expect(res.body.data.checkoutUrl).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${fake.port}/checkout/cs_`));
      expect(sessionRequests().at(-1)!.params).not.toHaveProperty('payment_method_data');
    });

    it('SEC-05: malformed JSON and unknown query parameters are a clear 400 and write nothing', async () => {
      const before = { contributions: await count(CONTRIBUTIONS), sessions: sessionRequests().length };
      const malformed = await app.http().post(DONATE).set('Content-Type', 'application/json').send('{"amountCents": 5');
      expect(malformed.status).toBe(400);
      const withQuery = await app.http().post(`${DONATE}?status=succeeded`).send(aGift());
      expect(withQuery.status).toBe(400);
      expect(withQuery.body.error).toMatchObject({ name: 'ValidationError', message: 'Unknown query parameter: status' });
      expect((await app.http().get('/api/mymitt-fundraising/elections?debug=1')).status).toBe(400);
      expect((await app.http().get('/api/mymitt-fundraising/pages/any-page?raw=1')).status).toBe(400);
      expect({ contributions: await count(CONTRIBUTIONS), sessions: sessionRequests().length }).toEqual(before);
    });

    it('FEC-05: a past or unknown election is refused with 422', async () => {
      const error = await refusedWith(aGift({ electionDocumentId: 'no-such-election' }), 422);
      expect(error.message).toMatch(/election does not exist/);
      expect(error.details.code).toBe('unknown_election');
      // The form names elections by documentId only: a numeric id is an unknown field.
      expect((await refusedWith(aGift({ electionId: 1 }), 400)).details.code).toBe('invalid_request');
    });

    it('an unknown or closed fundraising page is a 400: the donor must know the gift would not be credited', async () => {
      expect((await refusedWith(aGift({ pageSlug: 'no-such-page' }), 400)).details).toMatchObject({
        code: 'page_not_found',
        pageSlug: 'no-such-page',
      });
      const owner = await signUpSupporter(app);
      const page = await app
        .http()
        .post('/api/mymitt-fundraising/pages')
        .set('Authorization', `Bearer ${owner.jwt}`)
        .send({ data: { title: 'Closing soon' } });
      await app
        .http()
        .post(`/api/mymitt-fundraising/pages/${page.body.data.documentId}/close`)
        .set('Authorization', `Bearer ${owner.jwt}`)
        .send({ data: {} })
        .expect(200);
      expect((await refusedWith(aGift({ pageSlug: page.body.data.slug }), 400)).details.code).toBe('page_closed');
    });

    it('FEC-08 refusals name themselves: missing affirmations (which), an unknown text version, a foreign address without passport', async () => {
      const { ownFunds: _dropped, ...four } = AFFIRMATIONS;
      expect((await refusedWith(aGift({ affirmations: { ...four, atLeast18: false } }), 400)).details).toMatchObject({
        code: 'affirmation_missing',
        affirmations: expect.arrayContaining(['ownFunds', 'atLeast18']),
      });
      expect((await refusedWith(aGift({ affirmations: undefined }), 400)).details.affirmations).toHaveLength(5);
      expect((await refusedWith(aGift({ affirmationsVersion: '1999-01' }), 400)).details.code).toBe('affirmations_version_unknown');
      const abroad = aGift({ country: 'FR', state: 'Paris', zip: '75001' });
      expect((await refusedWith(abroad, 400)).details.code).toBe('us_passport_required');
      expect((await refusedWith(aGift({ amountCents: 50 }), 400)).details.code).toBe('invalid_request');
    });
  });

  describe('FEC-01 per-election limit across every form (FEC-03)', () => {
    it('$3,000 given, then $600 from the same person typed differently → 422 naming what remains ($500)', async () => {
      const first = aGift({ amountCents: 300000 });
      await donateAndPay(first);
      const before = await count(CONTRIBUTIONS);

      const again = {
        ...first,
        amountCents: 60000,
        firstName: 'ann',
        lastName: String(first.lastName).toUpperCase(),
        street: String(first.street).replace('Street', 'St.'),
        zip: '02478-1234',
      };
      const res = await donate(again);
      expect(res.status).toBe(422);
      expect(res.body).toMatchObject({ data: null, error: { status: 422 } });
      expect(res.body.error.message).toMatch(/You may give \$500\.00 more for the .*; the federal limit is \$3,500\.00 per election\./);
      expect(res.body.error.details).toMatchObject({
        code: 'contribution_limit_reached',
        rule: 'FEC-01',
        limitCents: 350000,
        remainingCents: 50000,
        electionDocumentId: (await elections()).primary.documentId,
      });
      expect(await count(CONTRIBUTIONS)).toBe(before);

      // Found by email alone after a move (new street and ZIP): still the same donor.
      const moved = await donate({ ...first, amountCents: 60000, street: '9 Elm Road', city: 'Denver', state: 'CO', zip: '80202' });
      expect(moved.status).toBe(422);
      // Exactly what remains is accepted.
      expect((await donate({ ...again, amountCents: 50000 })).status).toBe(201);
    });

    it('$3,000 via a supporter’s fundraising page plus $600 direct from the same person → the second is refused with $500 remaining', async () => {
      const owner = await signUpSupporter(app);
      const created = await app
        .http()
        .post('/api/mymitt-fundraising/pages')
        .set('Authorization', `Bearer ${owner.jwt}`)
        .send({ data: { title: 'Pat raises for Mitt', goalCents: 500000 } });
      expect(created.status).toBe(201);
      const slug = created.body.data.slug;

      const donor = aGift({ amountCents: 300000 });
      const viaPage = await donateAndPay({ ...donor, pageSlug: slug });
      const row = await contribution(viaPage.documentId);
      const pageRow = await app.strapi.db.query('plugin::mymitt-fundraising.fundraising-page').findOne({ where: { slug } });
      expect(row.pageId).toBe(pageRow.id);
      const page = await app.http().get(`/api/mymitt-fundraising/pages/${slug}`);
      expect(page.body.data.thermometer).toMatchObject({ raisedCents: 300000, donorCount: 1 });

      const direct = await donate({ ...donor, amountCents: 60000 });
      expect(direct.status).toBe(422);
      expect(direct.body.error.message).toMatch(/You may give \$500\.00 more/);
      expect(direct.body.error.details).toMatchObject({ code: 'contribution_limit_reached', rule: 'FEC-01', remainingCents: 50000 });
    });

    it('with consent, the excess is redesignated to the general: both parts shown, one ledger row per election', async () => {
      const { primary, general } = await elections();
      const first = aGift({ amountCents: 300000 });
      await donateAndPay(first);

      const res = await donate({ ...first, amountCents: 100000, redesignationConsent: true });
      expect(res.status).toBe(201);
      expect(res.body.data.parts).toEqual([
        { electionDocumentId: primary.documentId, amountCents: 50000 },
        { electionDocumentId: general.documentId, amountCents: 50000 },
      ]);
      const row = await pay(res.body.data.documentId);
      const rows = await app.strapi.db.query(LEDGER).findMany({ where: { contributionId: row.id }, orderBy: { electionId: 'asc' } });
      expect(rows.map((r: any) => ({ electionId: r.electionId, amountCents: Number(r.amountCents) }))).toEqual([
        { electionId: await electionRowId(primary.documentId), amountCents: 50000 },
        { electionId: await electionRowId(general.documentId), amountCents: 50000 },
      ]);
      // Full for the primary now; the general has $3,000 left.
      const more = await donate({ ...first, amountCents: 100 });
      expect(more.status).toBe(422);
      expect(more.body.error.message).toMatch(/already given the most allowed/);
      const overGeneral = await donate({ ...first, amountCents: 300001, electionDocumentId: general.documentId });
      expect(overGeneral.body.error.details).toMatchObject({
        code: 'contribution_limit_reached',
        remainingCents: 300000,
        electionDocumentId: general.documentId,
      });
    });

    it('open checkouts count: two checkouts cannot pass the limit together, even at the same moment', async () => {
      const person = aGift({ amountCents: 100000 });
      const results = await Promise.all(Array.from({ length: 5 }, () => donate(person)));
      const statuses = results.map((r) => r.status).sort();
      expect(statuses).toEqual([201, 201, 201, 422, 422]);
      // A checkout the donor abandoned (expired at Stripe) stops counting.
      const open = results.filter((r) => r.status === 201);
      const row = await contribution(open[0].body.data.documentId);
      const expired = {
        id: stripeId('evt'),
        object: 'event',
        created: Math.floor(Date.now() / 1000),
        type: 'checkout.session.expired',
        data: {
          object: {
            id: row.checkoutSessionId,
            object: 'checkout.session',
            status: 'expired',
            payment_status: 'unpaid',
            metadata: { contributionId: String(row.id) },
          },
        },
      };
      await postSignedEvent(app, expired, SECRET).expect(200);
      expect((await contribution(open[0].body.data.documentId)).status).toBe('failed');
      expect((await donate({ ...person, amountCents: 50000 })).status).toBe(201);
    });
  });

  it('FEC-04: an undesignated gift counts toward the next election; a designated one toward its election', async () => {
    const { primary, general } = await elections();
    const plain = await donate(aGift());
    expect(plain.body.data.electionDocumentId).toBe(primary.documentId);
    const designated = await donate(aGift({ electionDocumentId: general.documentId }));
    expect(designated.body.data.electionDocumentId).toBe(general.documentId);
    expect((await contribution(designated.body.data.documentId)).electionId).toBe(await electionRowId(general.documentId));
  });

  describe('FEC-12 recurring gifts', () => {
    it('are never preselected: without `recurring` the checkout is a one-time payment', async () => {
      const res = await donate(aGift());
      expect(res.body.data.recurring).toBe(false);
      expect(sessionRequests().at(-1)!.params.mode).toBe('payment');
    });

    it('monthly: a subscription checkout carrying the contribution id; the donor can cancel from their account, nobody else can', async () => {
      const pat = await signUpSupporter(app);
      const other = await signUpSupporter(app);
      const res = await donate(aGift({ amountCents: 2500, recurring: true }), pat.jwt);
      expect(res.status).toBe(201);
      const row = await contribution(res.body.data.documentId);
      expect(sessionRequests().at(-1)!.params).toMatchObject({
        mode: 'subscription',
        subscription_data: { metadata: { contributionId: String(row.id) } },
        line_items: [{ price_data: { unit_amount: '2500', recurring: { interval: 'month' } } }],
      });
      const subscription = stripeId('sub');
      await pay(res.body.data.documentId, { subscription });
      expect((await contribution(res.body.data.documentId)).subscriptionId).toBe(subscription);

      const path = `${DONATE}/${res.body.data.documentId}/cancel-recurring`;
      const foreign = await app.http().post(path).set('Authorization', `Bearer ${other.jwt}`).send({ data: {} });
      expect(foreign.status).toBe(403);
      expect(foreign.body.error).toMatchObject({ message: 'This is not your contribution.', details: { code: 'not_owner' } });
      expect(fake.requests.some((r) => r.method === 'DELETE')).toBe(false);

      const cancelled = await app.http().post(path).set('Authorization', `Bearer ${pat.jwt}`).send({ data: {} });
      expect(cancelled.status).toBe(202);
      expect(fake.requests.filter((r) => r.method === 'DELETE').map((r) => r.path)).toEqual([`/v1/subscriptions/${subscription}`]);
    });

    it('FEC-12: each renewal is checked before Stripe charges it; one that would pass the limit is voided, not charged', async () => {
      const monthly = aGift({ amountCents: 100000, recurring: true });
      const res = await donate(monthly);
      const subscription = stripeId('sub');
      const row = await pay(res.body.data.documentId, { subscription });
      const invoiceEvent = (type: string, invoice: Record<string, unknown>) => ({
        id: stripeId('evt'),
        object: 'event',
        created: Math.floor(Date.now() / 1000),
        type,
        data: {
          object: {
            object: 'invoice',
            amount_due: 100000,
            amount_paid: type === 'invoice.paid' ? 100000 : 0,
            parent: { subscription_details: { subscription, metadata: { contributionId: String(row.id) } } },
            ...invoice,
          },
        },
      });
      const send = async (event: unknown) => {
        const r = await postSignedEvent(app, event, SECRET);
        expect(r.status).toBe(200);
      };
      await send(invoiceEvent('invoice.paid', { id: stripeId('in'), billing_reason: 'subscription_create', status: 'paid' }));
      const invoiceCalls = () => fake.requests.filter((r) => r.path.startsWith('/v1/invoices/'));

      // Month 2 fits ($2,000 of $3,500): left alone, charged by Stripe, recorded.
      const second = stripeId('in');
      await send(invoiceEvent('invoice.created', { id: second, billing_reason: 'subscription_cycle', status: 'draft' }));
      expect(invoiceCalls()).toEqual([]);
      await send(invoiceEvent('invoice.paid', { id: second, billing_reason: 'subscription_cycle', status: 'paid' }));

      // A one-time $1,000 on top: $3,000 given, so month 3 ($1,000) would pass the limit.
      await donateAndPay({ ...monthly, recurring: false });
      const third = stripeId('in');
      const created = invoiceEvent('invoice.created', { id: third, billing_reason: 'subscription_cycle', status: 'draft' });
      await send(created);
      await send({ ...created, id: stripeId('evt') }); // a redelivery under a new id voids nothing twice
      expect(invoiceCalls().map((r) => [r.path, r.params.auto_advance ?? null, r.idempotencyKey])).toEqual([
        [`/v1/invoices/${third}/finalize`, 'false', `installment-skip:${third}:finalize`],
        [`/v1/invoices/${third}/void`, null, `installment-skip:${third}:void`],
        [`/v1/invoices/${third}/finalize`, 'false', `installment-skip:${third}:finalize`],
        [`/v1/invoices/${third}/void`, null, `installment-skip:${third}:void`],
      ]);
      const entries = await app.strapi.db.query(LEDGER).findMany({ where: { contributionId: row.id } });
      expect(entries.map((e: any) => Number(e.amountCents))).toEqual([100000, 100000]);
    });

    it('a recurring gift cannot lean on redesignation: over the remaining capacity it is refused', async () => {
      const first = aGift({ amountCents: 300000 });
      await donateAndPay(first);
      const res = await donate({ ...first, amountCents: 100000, recurring: true, redesignationConsent: true });
      expect(res.status).toBe(422);
      expect(res.body.error.details.code).toBe('contribution_limit_reached');
    });
  });

  it('when Stripe fails, the donor gets a 502, the gift is marked failed and does not hold their limit', async () => {
    const person = aGift({ amountCents: 350000 });
    const restore = fake.on('POST', /^\/v1\/checkout\/sessions$/, () => ({
      status: 500,
      body: { error: { type: 'api_error', message: 'boom' } },
    }));
    const res = await donate(person);
    expect(res.status).toBe(502);
    expect(res.body.error.details.code).toBe('checkout_failed');
    const failed = await app.strapi.db.query(CONTRIBUTIONS).findOne({ where: { email: person.email } });
    expect(failed.failedAt).not.toBeNull();
    restore();
    expect((await donate(person)).status).toBe(201);
  });

  describe('payments service for other plugins (FEC-11: a store order is a contribution of its full price)', () => {
    const payments = () => app.strapi.plugin('mymitt-fundraising').service('payments');
    const donorOf = (gift: Record<string, any>) => {
      const { amountCents: _amount, ...donor } = gift;
      return { country: 'US', ...donor };
    };

    it('starts an order checkout with its line items and tells the purpose handler once the money arrives', async () => {
      const paid: unknown[] = [];
      payments().onPaid('test-store', (notice: unknown) => void paid.push(notice));
      const started = await payments().startCheckout({
        purpose: 'order',
        purposeRef: 'test-store:order-7',
        donor: donorOf(aGift()),
        amountCents: 5500,
        lineItems: [
          { name: 'Yard sign', unitAmountCents: 1500, quantity: 3 },
          { name: 'Bumper sticker', unitAmountCents: 1000, quantity: 1 },
        ],
        successPath: '/store/orders/7',
        origin: 'http://127.0.0.1',
      });
      expect(sessionRequests().at(-1)!.params.line_items).toEqual([
        { quantity: '3', price_data: { currency: 'usd', unit_amount: '1500', product_data: { name: 'Yard sign' } } },
        { quantity: '1', price_data: { currency: 'usd', unit_amount: '1000', product_data: { name: 'Bumper sticker' } } },
      ]);
      expect(sessionRequests().at(-1)!.params.success_url).toMatch(/\/store\/orders\/7\?contribution=/);
      const row = await contribution(started.contributionDocumentId);
      expect(row).toMatchObject({ purpose: 'order', purposeRef: 'test-store:order-7', status: 'pending' });

      await pay(started.contributionDocumentId);
      const expected = [{ contributionId: row.id, reference: 'order-7', amountCents: 5500 }];
      expect(await eventually(async () => paid, expected)).toEqual(expected);
    });

    it('an order passing the donor’s limit is refused like any gift', async () => {
      const gift = aGift({ amountCents: 340000 });
      await donateAndPay(gift);
      await expect(
        payments().startCheckout({
          purpose: 'order',
          purposeRef: 'test-store:order-8',
          donor: donorOf(gift),
          amountCents: 20000,
          origin: 'http://127.0.0.1',
        })
      ).rejects.toMatchObject({ status: 422, message: expect.stringMatching(/You may give \$100\.00 more/) });
    });
  });
});

describe('GET /donations/mine (a list in Strapi conventions)', () => {
  const mine = (jwt: string, query = '') => app.http().get(`${DONATE}/mine${query}`).set('Authorization', `Bearer ${jwt}`);

  it('pages in the database, sorts, filters, and names elections and pages by documentId and slug', async () => {
    const pat = await signUpSupporter(app);
    const owner = await signUpSupporter(app);
    const page = await app
      .http()
      .post('/api/mymitt-fundraising/pages')
      .set('Authorization', `Bearer ${owner.jwt}`)
      .send({ data: { title: 'Listed page' } });
    const person = aGift();
    const paid = await donateAndPay({ ...person, amountCents: 3000, pageSlug: page.body.data.slug }, pat.jwt);
    const open = (await donate({ ...person, amountCents: 1000 }, pat.jwt)).body.data;
    const big = (await donate({ ...person, amountCents: 7000 }, pat.jwt)).body.data;
    const { primary } = await elections();

    const first = await mine(pat.jwt, '?pagination[pageSize]=2');
    expect(first.status).toBe(200);
    expect(first.body.meta.pagination).toEqual({ page: 1, pageSize: 2, pageCount: 2, total: 3 });
    // Newest first by default.
    expect(first.body.data.map((d: any) => d.documentId)).toEqual([big.documentId, open.documentId]);
    const second = await mine(pat.jwt, '?pagination[page]=2&pagination[pageSize]=2');
    expect(second.body.data).toEqual([
      {
        documentId: paid.documentId,
        purpose: 'donation',
        status: 'succeeded',
        amountCents: 3000,
        electionDocumentId: primary.documentId,
        recurring: false,
        recurringCancelledAt: null,
        page: { slug: page.body.data.slug, title: 'Listed page' },
        createdAt: expect.any(String),
      },
    ]);

    const byAmount = await mine(pat.jwt, '?sort=amountCents:asc');
    expect(byAmount.body.data.map((d: any) => d.amountCents)).toEqual([1000, 3000, 7000]);
    const pending = await mine(pat.jwt, '?filters[status][$eq]=pending&sort[0]=amountCents:desc');
    expect(pending.body.data.map((d: any) => d.documentId)).toEqual([big.documentId, open.documentId]);
    expect(pending.body.meta.pagination.total).toBe(2);
    const since = encodeURIComponent(new Date(Date.now() - 60_000).toISOString());
    expect((await mine(pat.jwt, `?filters[createdAt][$gte]=${since}`)).body.meta.pagination.total).toBe(3);
    expect((await mine(pat.jwt, '?filters[createdAt][$lt]=2020-01-01')).body.data).toEqual([]);
    expect((await mine(pat.jwt, '?filters[purpose][$eq]=order')).body.data).toEqual([]);
    expect((await mine(pat.jwt, '?filters[recurring][$eq]=false')).body.meta.pagination.total).toBe(3);
    const some = await mine(pat.jwt, '?filters[status][$in][0]=succeeded&filters[status][$in][1]=refunded');
    expect(some.body.data.map((d: any) => d.documentId)).toEqual([paid.documentId]);

    const offset = await mine(pat.jwt, '?sort=amountCents&pagination[start]=1&pagination[limit]=1');
    expect(offset.body.data.map((d: any) => d.amountCents)).toEqual([3000]);
    expect(offset.body.meta.pagination).toEqual({ start: 1, limit: 1, total: 3 });
    const uncounted = await mine(pat.jwt, '?pagination[start]=0&pagination[limit]=2&pagination[withCount]=false');
    expect(uncounted.body.meta.pagination).toEqual({ start: 0, limit: 2 });
  });

  it('refuses unknown filters, sorts and parameters with 400 invalid_query', async () => {
    const pat = await signUpSupporter(app);
    for (const query of ['?filters[email][$eq]=a@b.c', '?sort=email', '?filters[status][$containsi]=x', '?page=1', '?userId=1']) {
      const res = await mine(pat.jwt, query);
      expect(res.status).toBe(400);
      expect(res.body.error.details.code).toBe('invalid_query');
    }
    expect((await mine(pat.jwt, '?pagination[pageSize]=101')).status).toBe(400);
  });
});
