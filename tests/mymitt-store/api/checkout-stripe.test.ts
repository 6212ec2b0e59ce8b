import { useStrapi } from '../../helpers/strapi';
import { signUpSupporter } from '../../helpers/supporters';
import { eventually } from '../../helpers/eventually';
import { bearer, signInAdmin } from '../../helpers/admins';
import { aDonationBody } from '../../helpers/donation-bodies';
import { aCheckoutCompleted, postSignedEvent } from '../../helpers/stripe-fake';
import { refunded, stripeId, useStripeFake } from '../../mymitt-fundraising/api/helpers';
import { aCheckout, aProduct, checkout, contributionOf, LEDGER, ORDER, orderRow, RESERVATION, STORE, stockOf } from './helpers';

/**
 * Checkout against the local Stripe fake (the real SDK pointed at it): stock held atomically, the
 * contribution of the full amount checked and paid through fundraising (FEC-11), orders paid by the
 * signed webhook, refunds through the fundraising ledger.
 */
const SECRET = 'whsec_mymitt_store_test';
process.env.STRIPE_WEBHOOK_SECRET = SECRET;
process.env.DONATE_RATE_LIMIT = 'false';
process.env.STORE_CHECKOUT_RATE_LIMIT = 'false';

const fake = useStripeFake('sk_test_mymitt_store');
const app = useStrapi();

/** Stripe's checkout.session.completed for an order's contribution, signed and delivered to the webhook. */
async function pay(order: { contributionDocumentId: string }) {
  const row = await contributionOf(app, order.contributionDocumentId);
  const paymentIntentId = stripeId('pi');
  const event = aCheckoutCompleted({ sessionId: row.checkoutSessionId, amountCents: Number(row.amountCents), contributionId: row.id, paymentIntentId });
  const res = await postSignedEvent(app, event, SECRET);
  expect(res.status).toBe(200);
  return { id: row.id as number, amount: Number(row.amountCents), paymentIntentId, chargeId: stripeId('ch'), sessionId: row.checkoutSessionId as string };
}

const status = async (documentId: string) => (await orderRow(app, documentId)).status;
const ledgerOf = async (contributionId: number) =>
  (await app.strapi.db.query(LEDGER).findMany({ where: { contributionId }, orderBy: { id: 'asc' } })).map((e: any) => [e.kind, Number(e.amountCents)]);

describe('POST /checkout', () => {
  it('100 concurrent buyers of the last 50 units: 50 reservations, 50 clear "sold out" refusals, then 50 paid and stock 0', async () => {
    const product = await aProduct(app, [{ size: 'M', priceCents: 2500, stock: 50 }]);
    const sku = product.variants[0].sku;
    const answers = await Promise.all(Array.from({ length: 100 }, () => checkout(app, aCheckout([{ sku, qty: 1 }]))));
    const taken = answers.filter((res) => res.status === 201);
    const refused = answers.filter((res) => res.status !== 201);
    expect(taken).toHaveLength(50);
    expect(refused.map((res) => [res.status, res.body.error.message, res.body.error.details])).toEqual(
      Array.from({ length: 50 }, () => [409, expect.stringMatching(/^Sold out: .* has no units left\.$/), { code: 'sold_out', sku, available: 0 }])
    );
    expect(await stockOf(app, sku)).toBe(0);
    const variantId = (await app.strapi.db.query('plugin::mymitt-store.variant').findOne({ where: { sku } })).id;
    expect(await app.strapi.db.query(RESERVATION).count({ where: { variantId, status: 'held' } })).toBe(50);

    for (const res of taken) await pay(res.body.data);
    const orders = taken.map((res) => res.body.data.documentId as string);
    const paid = async () => (await Promise.all(orders.map(status))).filter((s) => s === 'paid').length;
    expect(await eventually(paid, 50)).toBe(50);
    expect(await stockOf(app, sku)).toBe(0);
    expect(await app.strapi.db.query(RESERVATION).count({ where: { variantId, status: 'committed' } })).toBe(50);
    expect((await app.http().get(`${STORE}/products/${product.slug}`)).body.data.inStock).toBe(false);
  });

  it('a paid order is a contribution of its full amount: in the ledger, the donor’s aggregate and Schedule A', async () => {
    const product = await aProduct(app, [{ priceCents: 3000, stock: 10 }]);
    const supporter = await signUpSupporter(app);
    const body = aCheckout([{ sku: product.variants[0].sku, qty: 2 }]);
    const res = await checkout(app, body, supporter.jwt);
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({ status: 'pending', itemsCents: 6000, shippingCents: 500, totalCents: 6500, orderToken: null });
    expect(res.body.data.checkoutUrl).toMatch(/\/checkout\/cs_/);
    const session = fake.requests.filter((r) => r.path === '/v1/checkout/sessions').at(-1)!;
    expect(session.params.line_items).toEqual([
      { quantity: '2', price_data: { currency: 'usd', unit_amount: '3000', product_data: { name: product.name } } },
      { quantity: '1', price_data: { currency: 'usd', unit_amount: '500', product_data: { name: 'Shipping' } } },
    ]);
    expect(session.params.success_url).toContain(`/shop/orders/${res.body.data.documentId}`);

    const gift = await pay(res.body.data);
    expect(await eventually(() => status(res.body.data.documentId), 'paid')).toBe('paid');
    const contribution = await contributionOf(app, res.body.data.contributionDocumentId);
    expect(contribution).toMatchObject({ purpose: 'order', purposeRef: `store:${res.body.data.documentId}`, status: 'succeeded', userId: supporter.user.id });
    expect(await ledgerOf(gift.id)).toEqual([['charge', 6500]]);
    const totals = await app.strapi.plugin('mymitt-fundraising').service('ledger').donorTotals({ byAddress: contribution.donorKey, byEmail: contribution.donorEmailKey });
    expect(totals.cycleCents).toBe(6500);

    const finance = await signInAdmin(app, 'Finance');
    const csv = await app.http().get('/mymitt-fundraising/finance/schedule-a.csv').set(bearer(finance.token));
    const [header, ...lines] = csv.text.trim().split('\r\n');
    const columns = header.split(',');
    const row = lines.map((line) => Object.fromEntries(line.split(',').map((cell, i) => [columns[i], cell]))).find((r) => Number(r.contribution_id) === gift.id);
    expect(row).toMatchObject({ amount: '65.00', aggregate_cycle_to_date: '65.00', last_name: body.donor.lastName });

    // mymitt.order.paid, after commit: the buyer's profile counts it as activity.
    const activity = () => app.strapi.db.query('plugin::mymitt-profiles.activity').count({ where: { userId: supporter.user.id, kind: 'order.paid' } });
    expect(await eventually(activity, 1)).toBe(1);

    const mine = await app.http().get(`${STORE}/orders/mine`).set(bearer(supporter.jwt));
    expect(mine.body.data.map((o: any) => [o.documentId, o.status, o.totalCents])).toEqual([[res.body.data.documentId, 'paid', 6500]]);
    // A replayed webhook changes nothing.
    const replay = aCheckoutCompleted({ sessionId: gift.sessionId, amountCents: 6500, contributionId: gift.id, paymentIntentId: gift.paymentIntentId });
    expect((await postSignedEvent(app, replay, SECRET)).status).toBe(200);
    expect(await stockOf(app, product.variants[0].sku)).toBe(8);
    expect(await ledgerOf(gift.id)).toEqual([['charge', 6500]]);
  });

  it('a $40 shirt for a donor with $3,480 given to the primary is refused with the donation limit message; the stock returns', async () => {
    const shirt = await aProduct(app, [{ priceCents: 4000, stock: 5 }]);
    const donor = aDonationBody({ amountCents: 348000 });
    const given = await app.http().post('/api/mymitt-fundraising/donations').send({ data: donor });
    expect(given.status).toBe(201);
    await pay({ contributionDocumentId: given.body.data.documentId });
    const { amountCents: _a, ...donorFields } = donor;
    const donation = await app.http().post('/api/mymitt-fundraising/donations').send({ data: { ...donor, amountCents: 4500 } });
    expect(donation.status).toBe(422);

    const res = await checkout(app, { ...aCheckout([{ sku: shirt.variants[0].sku, qty: 1 }]), donor: donorFields });
    expect(res.status).toBe(422);
    expect(res.body.error.message).toBe(donation.body.error.message);
    expect(res.body.error.message).toMatch(/\$20\.00/);
    expect(res.body.error.details).toMatchObject({ code: 'contribution_limit_reached', remainingCents: 2000 });
    expect(await stockOf(app, shirt.variants[0].sku)).toBe(5);
    expect(await app.strapi.db.query(ORDER).count({ where: { email: donor.email, status: 'pending' } })).toBe(0);
  });

  it('a limited edition refuses more than its per-person maximum across orders (422)', async () => {
    const pin = await aProduct(app, [{ priceCents: 1000, stock: 20 }], { limitedEdition: true, perPersonMax: 2 });
    const supporter = await signUpSupporter(app);
    const sku = pin.variants[0].sku;
    expect((await checkout(app, aCheckout([{ sku, qty: 3 }]), supporter.jwt)).status).toBe(422);
    expect((await checkout(app, aCheckout([{ sku, qty: 2 }]), supporter.jwt)).status).toBe(201);
    const again = await checkout(app, aCheckout([{ sku, qty: 1 }]), supporter.jwt);
    expect(again.status).toBe(422);
    expect(again.body.error.message).toMatch(/limited edition: at most 2 per person, and you already have 2/);
    expect(again.body.error.details).toMatchObject({ code: 'per_person_limit', perPersonMax: 2, remaining: 0 });
    expect(await stockOf(app, sku)).toBe(18);
  });

  it('a limited edition holds its per-person maximum when one buyer sends several checkouts at once', async () => {
    const pin = await aProduct(app, [{ priceCents: 1000, stock: 20 }], { limitedEdition: true, perPersonMax: 2 });
    const sku = pin.variants[0].sku;
    const body = aCheckout([{ sku, qty: 1 }]);
    const answers = await Promise.all(Array.from({ length: 6 }, () => checkout(app, body)));
    expect(answers.map((res) => res.status).sort()).toEqual([201, 201, 422, 422, 422, 422]);
    for (const res of answers.filter((r) => r.status === 422)) expect(res.body.error.details).toMatchObject({ code: 'per_person_limit', perPersonMax: 2, remaining: 0 });
    expect(await app.strapi.db.query(ORDER).count({ where: { email: body.donor.email, status: 'pending' } })).toBe(2);
    expect(await stockOf(app, sku)).toBe(18);
  });

  it('bad bodies are 400 and change nothing', async () => {
    const product = await aProduct(app, [{ priceCents: 1000, stock: 7 }]);
    const sku = product.variants[0].sku;
    const before = await app.strapi.db.query(ORDER).count();
    const good = aCheckout([{ sku, qty: 1 }]);
    const bad = [
      { ...good, lines: [] },
      { ...good, lines: [{ sku, qty: 0 }] },
      { ...good, lines: [{ sku, qty: 1.5 }] },
      { ...good, lines: [{ sku, qty: 1 }, { sku, qty: 1 }] },
      { ...good, lines: [{ sku, variantDocumentId: product.variants[0].documentId, qty: 1 }] },
      { ...good, lines: [{ sku, qty: 1, priceCents: 1 }] },
      { ...good, shipping: { ...good.shipping, state: 'ZZ' } },
      { ...good, donor: { ...good.donor, affirmations: { ...good.donor.affirmations, ownFunds: false } } },
      { ...good, donor: { ...good.donor, employer: '' } },
      { ...good, totalCents: 1 },
      { ...good, locale: 'fr' },
    ];
    for (const body of bad) {
      const res = await checkout(app, body);
      expect({ status: res.status, name: res.body.error?.name }).toEqual({ status: 400, name: 'ValidationError' });
    }
    const affirmation = await checkout(app, bad[7]);
    expect(affirmation.body.error.details).toMatchObject({ code: 'affirmation_missing', affirmations: ['ownFunds'] });
    expect(affirmation.body.error.details.errors[0].path).toEqual(['donor', 'affirmations', 'ownFunds']);
    const unknown = await checkout(app, { ...good, lines: [{ sku: 'NO-SUCH-SKU', qty: 1 }] });
    expect(unknown.status).toBe(422);
    expect(await app.strapi.db.query(ORDER).count()).toBe(before);
    expect(await stockOf(app, sku)).toBe(7);
  });
});

describe('orders', () => {
  it('another buyer’s order is 403 with a message; a guest reads theirs with the order link token only', async () => {
    const product = await aProduct(app, [{ priceCents: 1500, stock: 10 }]);
    const owner = await signUpSupporter(app);
    const other = await signUpSupporter(app);
    const mine = await checkout(app, aCheckout([{ sku: product.variants[0].sku, qty: 1 }]), owner.jwt);
    const path = `${STORE}/orders/${mine.body.data.documentId}`;
    expect((await app.http().get(path).set(bearer(owner.jwt))).status).toBe(200);
    const refused = await app.http().get(path).set(bearer(other.jwt));
    expect(refused.status).toBe(403);
    expect(refused.body.error).toMatchObject({ message: 'This order belongs to another account.', details: { code: 'not_owner' } });
    expect((await app.http().get(path)).status).toBe(403);
    expect((await app.http().get(`${STORE}/orders/mine`).set(bearer(other.jwt))).body.data).toEqual([]);

    const guest = await checkout(app, aCheckout([{ sku: product.variants[0].sku, qty: 1 }]));
    expect(guest.body.data.orderToken).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const guestPath = `${STORE}/orders/${guest.body.data.documentId}`;
    const withToken = await app.http().get(`${guestPath}?token=${guest.body.data.orderToken}`);
    expect(withToken.status).toBe(200);
    expect(withToken.body.data).toMatchObject({ documentId: guest.body.data.documentId, status: 'pending', totalCents: 2000 });
    expect(withToken.headers['cache-control']).toBe('private, no-store');
    const noToken = await app.http().get(guestPath);
    expect(noToken.status).toBe(403);
    expect(noToken.body.error.message).toMatch(/link in its confirmation/);
    expect((await app.http().get(`${guestPath}?token=${'x'.repeat(32)}`)).status).toBe(403);
    expect((await app.http().get(`${guestPath}?token=${guest.body.data.orderToken}`).set(bearer(other.jwt))).status).toBe(200);
  });

  it('an unpaid reservation returns its stock on expiry, once, however many sweepers run', async () => {
    const product = await aProduct(app, [{ priceCents: 1500, stock: 5 }]);
    const sku = product.variants[0].sku;
    const res = await checkout(app, aCheckout([{ sku, qty: 2 }]));
    expect(await stockOf(app, sku)).toBe(3);
    const orders = app.strapi.plugin('mymitt-store').service('orders');
    expect(await orders.releaseExpired(new Date())).toMatchObject({ orders: 0 });
    // Every order still pending (this one and earlier tests') expires; three sweepers release each once.
    const held = await app.strapi.db.query(RESERVATION).findMany({ where: { status: 'held' } });
    const pending = await app.strapi.db.query(ORDER).count({ where: { status: 'pending' } });
    const later = new Date(Date.now() + 31 * 60_000);
    const sweeps = await Promise.all([orders.releaseExpired(later), orders.releaseExpired(later), orders.releaseExpired(later)]);
    expect(sweeps.reduce((sum: number, s: any) => sum + s.orders, 0)).toBe(pending);
    expect(sweeps.reduce((sum: number, s: any) => sum + s.units, 0)).toBe(held.reduce((sum: number, r: any) => sum + r.qty, 0));
    expect(await app.strapi.db.query(RESERVATION).count({ where: { status: 'held' } })).toBe(0);
    expect(await stockOf(app, sku)).toBe(5);
    expect(await status(res.body.data.documentId)).toBe('cancelled');
    expect(await app.strapi.db.query(RESERVATION).count({ where: { orderId: (await orderRow(app, res.body.data.documentId)).id, status: 'released' } })).toBe(1);

    // Paid after all (the buyer was still on Stripe's page): the units are taken again.
    await pay(res.body.data);
    expect(await eventually(() => status(res.body.data.documentId), 'paid')).toBe('paid');
    expect(await stockOf(app, sku)).toBe(3);
    expect((await orderRow(app, res.body.data.documentId)).stockShortfall).toBe(false);
  });
});

describe('staff', () => {
  it('a refund of one line goes through the fundraising ledger and moves the totals by that line only', async () => {
    const shirt = await aProduct(app, [{ priceCents: 3000, stock: 10 }]);
    const mug = await aProduct(app, [{ priceCents: 1200, stock: 10 }]);
    const res = await checkout(app, aCheckout([{ sku: shirt.variants[0].sku, qty: 1 }, { sku: mug.variants[0].sku, qty: 2 }]));
    expect(res.body.data.totalCents).toBe(5900);
    const gift = await pay(res.body.data);
    await eventually(() => status(res.body.data.documentId), 'paid');
    const mugLine = res.body.data.lines.find((l: any) => l.sku === mug.variants[0].sku);
    const path = `/mymitt-store/orders/${res.body.data.documentId}/refunds`;

    const webTeam = await signInAdmin(app, 'Web team');
    expect((await app.http().post(path).set(bearer(webTeam.token)).send({ lineDocumentIds: [mugLine.documentId] })).status).toBe(403);
    const finance = await signInAdmin(app, 'Finance');
    const refund = await app.http().post(path).set(bearer(finance.token)).send({ lineDocumentIds: [mugLine.documentId] });
    expect(refund.status).toBe(200);
    expect(refund.body.data.refund).toMatchObject({ refundNumber: 1, amountCents: 2400, status: 'sent' });
    expect(refund.body.data.order).toMatchObject({ status: 'partially_refunded', totalCents: 5900, refundedCents: 2400 });
    expect(refund.body.data.order.lines.map((l: any) => [l.sku, l.refundedCents])).toEqual([
      [shirt.variants[0].sku, 0],
      [mug.variants[0].sku, 2400],
    ]);
    expect(fake.requests.at(-1)).toMatchObject({ path: '/v1/refunds', params: { amount: '2400', payment_intent: gift.paymentIntentId } });
    // The same line again: nothing left of it.
    expect((await app.http().post(path).set(bearer(finance.token)).send({ lineDocumentIds: [mugLine.documentId] })).status).toBe(422);

    // FEC-14: the ledger moves when Stripe's charge.refunded arrives, as a new row.
    const stripeRefundId = (await app.strapi.plugin('mymitt-fundraising').service('refunds').of(gift.id))[0].stripeRefundId;
    const delivered = await postSignedEvent(app, refunded({ ...gift }, [{ id: stripeRefundId, amount: 2400 }]), SECRET);
    expect(delivered.status).toBe(200);
    expect(await ledgerOf(gift.id)).toEqual([
      ['charge', 5900],
      ['refund', -2400],
    ]);

    // The rest (shirt and shipping) refunds the whole order.
    const rest = await app.http().post(path).set(bearer(finance.token)).send({});
    expect(rest.body.data.refund.amountCents).toBe(3500);
    expect(rest.body.data.order).toMatchObject({ status: 'refunded', refundedCents: 5900 });
  });

  it('staff list orders by status, state and product, fulfil and ship them, print the packing list, see low stock, sales and goals', async () => {
    const hat = await aProduct(app, [{ sku: `HAT-${Date.now()}`, priceCents: 2000, stock: 4 }]);
    const sku = hat.variants[0].sku;
    const res = await checkout(app, aCheckout([{ sku, qty: 1 }], {}, { shipping: { name: 'Tagg Romney', street: '5 Elm St', city: 'Salt Lake City', state: 'UT', zip: '84101' } }));
    await pay(res.body.data);
    await eventually(() => status(res.body.data.documentId), 'paid');
    await app.strapi.documents('plugin::mymitt-store.sales-goal' as any).create({ data: { name: 'Hats', goalCents: 4000, product: hat.documentId } as any });

    const manager = await signInAdmin(app, 'Store manager');
    const get = (path: string) => app.http().get(`/mymitt-store${path}`).set(bearer(manager.token));
    const post = (path: string, body: object = {}) => app.http().post(`/mymitt-store${path}`).set(bearer(manager.token)).send(body);

    const listed = await get(`/orders?filters[status][$eq]=paid&filters[state][$eq]=UT&filters[product][$eq]=${hat.documentId}`);
    expect(listed.status).toBe(200);
    expect(listed.body.data.map((o: any) => [o.documentId, o.shipping.name, o.guest])).toEqual([[res.body.data.documentId, 'Tagg Romney', true]]);
    expect((await get('/orders?filters[state][$eq]=ZZ')).status).toBe(400);

    const csv = await get('/orders/packing-list.csv');
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.text).toContain(`${res.body.data.documentId},Tagg Romney,5 Elm St,,Salt Lake City,UT,84101,${sku}`);

    const order = `/orders/${res.body.data.documentId}`;
    expect((await post(`${order}/ship`, { carrier: 'USPS' })).status).toBe(400);
    expect((await post(`${order}/fulfil`)).body.data.status).toBe('fulfilled');
    expect((await post(`${order}/fulfil`)).status).toBe(409);
    const shipped = await post(`${order}/ship`, { carrier: 'USPS', trackingNumber: '9400111899223197428490' });
    expect(shipped.body.data).toMatchObject({ status: 'shipped', carrier: 'USPS', trackingNumber: '9400111899223197428490' });
    expect((await app.http().get(`${STORE}/orders/${res.body.data.documentId}?token=${res.body.data.orderToken}`)).body.data).toMatchObject({
      status: 'shipped',
      carrier: 'USPS',
    });
    // Refunds are Finance's, not the store manager's.
    expect((await post(`${order}/refunds`)).status).toBe(403);

    expect((await get('/stock/low')).body.data).toContainEqual(expect.objectContaining({ sku, stock: 3, productDocumentId: hat.documentId }));
    const sales = (await get('/reports/sales')).body.data;
    expect(sales.byProduct).toContainEqual({ productDocumentId: hat.documentId, name: hat.name, units: 1, grossCents: 2000, refundedCents: 0, netCents: 2000 });
    expect(sales.byState).toContainEqual({ state: 'UT', orders: 1, netCents: 2500 });
    expect((await get('/goals')).body.data).toContainEqual(
      expect.objectContaining({ name: 'Hats', scope: 'product', productDocumentId: hat.documentId, goalCents: 4000, soldCents: 2000, percent: 50 })
    );
    const webTeam = await signInAdmin(app, 'Web team');
    expect((await app.http().get('/mymitt-store/orders').set(bearer(webTeam.token))).status).toBe(403);
  });
});
