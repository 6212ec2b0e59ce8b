'use strict';
/**
 * The store (issue 16). `store-product`: a product page's read, GET /api/mymitt-store/products/:slug, over
 * PRODUCTS published products with their variants. `store-race`: BUYERS buyers (each a donor of their
 * own) check out at once for the last UNITS units of one shirt, through the Stripe stand-in
 * (lib-stripe-fake.js); every opened session is then paid by a signed `checkout.session.completed`.
 * Afterwards the server checks: exactly UNITS paid orders, UNITS "sold out" refusals, stock 0, never
 * negative (units sold + units left == units there were).
 */
const http = require('http');
const Stripe = require('stripe');
const { percentile } = require('../lib-latency');
const { startStripeFake } = require('../lib-stripe-fake');

const STORE = '/api/mymitt-store';
const WEBHOOK = '/api/mymitt-fundraising/stripe/webhook';
const PRODUCTS = 100;
const BUYERS = 100;
const UNITS = 50;
const MAX_SECONDS = 60;
const AFFIRMATIONS = { citizenOrGreenCard: true, ownFunds: true, ownPersonalCard: true, atLeast18: true, notFederalContractor: true };

async function aProduct(strapi, slug, variants) {
  const product = await strapi.documents('plugin::mymitt-store.product').create({
    locale: 'en',
    status: 'published',
    data: { name: `Bench shirt ${slug}`, slug, description: 'Soft cotton, made in the USA.', category: 'apparel' },
  });
  for (const variant of variants) {
    await strapi.documents('plugin::mymitt-store.variant').create({ data: { product: product.documentId, ...variant } });
  }
  return product;
}

function request(port, method, path, { body, headers = {}, agent } = {}) {
  return new Promise((resolve) => {
    const payload = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
    const started = process.hrtime.bigint();
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path,
        method,
        agent,
        headers: { ...(payload && { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload) }), ...headers },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode, headers: res.headers, text, ms: Number(process.hrtime.bigint() - started) / 1e6 })
        );
      }
    );
    req.on('error', () => resolve({ status: 0, text: '', ms: Number(process.hrtime.bigint() - started) / 1e6 }));
    req.end(payload);
  });
}

const buyer = (i) => ({
  lines: null,
  shipping: { name: `Buyer ${i}`, street: `${i + 1} Race St`, city: 'Concord', state: 'NH', zip: '03301' },
  donor: {
    firstName: 'Bench',
    lastName: `Buyer${i}`,
    email: `bench-buyer-${i}@example.org`,
    street: `${i + 1} Race St`,
    city: 'Concord',
    state: 'NH',
    zip: '03301',
    occupation: 'Tester',
    employer: 'Bench Co',
    affirmations: AFFIRMATIONS,
    affirmationsVersion: '2025-11',
  },
});

const paidEvent = (session, i) => ({
  id: `evt_bench_store_${i}`,
  object: 'event',
  created: Math.floor(Date.now() / 1000),
  livemode: false,
  type: 'checkout.session.completed',
  data: {
    object: {
      ...session,
      status: 'complete',
      payment_status: 'paid',
      payment_intent: `pi_bench_store_${i}`,
    },
  },
});

const product = {
  name: 'store-product',
  description: `GET ${STORE}/products/:slug (${PRODUCTS} products, 3 variants each)`,
  async seed(strapi) {
    const slugs = [];
    for (let i = 0; i < PRODUCTS; i += 1) {
      const slug = `bench-shirt-${i}`;
      await aProduct(
        strapi,
        slug,
        ['S', 'M', 'L'].map((size, v) => ({ sku: `BENCH-${i}-${size}`, size, color: 'Navy', priceCents: 2500 + 100 * v, stock: 3 + ((i + v) % 20) }))
      );
      slugs.push(slug);
    }
    return { slugs };
  },
  requests: (seed) => seed.slugs.map((slug) => ({ method: 'GET', path: `${STORE}/products/${slug}` })),
  /** The page shows its variants with prices and no stock counts, and its ETag revalidates to 304. */
  async check(seed, _result, { port }) {
    const path = `${STORE}/products/${seed.slugs[7]}`;
    const first = await request(port, 'GET', path);
    const data = first.status === 200 ? JSON.parse(first.text).data : null;
    const shaped = Boolean(data) && data.variants.length === 3 && data.variants.every((v) => v.priceCents > 0 && !('stock' in v));
    const again = await request(port, 'GET', path, { headers: { 'If-None-Match': first.headers.etag ?? '' } });
    const ok = shaped && Boolean(first.headers.etag) && again.status === 304;
    return { ok, text: `3 variants with prices, no stock counts: ${shaped ? 'yes' : 'NO'}; ETag ${first.headers.etag ? 'set' : 'MISSING'}, revalidation ${again.status}` };
  },
  floors: { core: 2.8 },
};

const race = {
  name: 'store-race',
  description: `${BUYERS} buyers POST ${STORE}/checkout at once for the last ${UNITS} units, then signed webhooks pay`,
  async seed(strapi) {
    // Receipts are written as in production; the mail itself goes nowhere during the bench.
    strapi.plugin('email').provider = { send: async () => undefined };
    // The Stripe stand-in: Checkout needs a gateway, and production has no sandbox.
    const fake = await startStripeFake();
    const payments = strapi.config.get('plugin::mymitt-fundraising');
    payments.stripeSecretKey = 'sk_test_bench_store';
    payments.stripeApiBase = `http://127.0.0.1:${fake.port}`;
    // Every buyer comes from 127.0.0.1: the per-IP limit (SEC-04) would measure itself.
    strapi.config.get('plugin::mymitt-store').checkoutRateLimit.enabled = false;
    await aProduct(strapi, 'bench-race-shirt', [{ sku: 'BENCH-RACE-M', size: 'M', priceCents: 2500, stock: UNITS }]);
    return { sku: 'BENCH-RACE-M', fakePort: fake.port, secret: payments.stripeWebhookSecret };
  },

  async drive({ port, seed }) {
    const agent = new http.Agent({ keepAlive: true, maxSockets: BUYERS });
    const started = Date.now();
    const checkouts = await Promise.all(
      Array.from({ length: BUYERS }, (_, i) =>
        request(port, 'POST', `${STORE}/checkout`, { body: { data: { ...buyer(i), lines: [{ sku: seed.sku, qty: 1 }] } }, agent })
      )
    );
    const sessions = JSON.parse((await request(seed.fakePort, 'GET', '/bench/sessions')).text);
    const webhooks = await Promise.all(
      sessions.map((session, i) => {
        const payload = JSON.stringify(paidEvent(session, i));
        const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret: seed.secret });
        return request(port, 'POST', WEBHOOK, { body: payload, headers: { 'Stripe-Signature': signature }, agent });
      })
    );
    agent.destroy();
    const seconds = (Date.now() - started) / 1000;
    const all = [...checkouts, ...webhooks];
    const latencies = all.map((r) => r.ms).sort((a, b) => a - b);
    const soldOut = checkouts.filter((r) => r.status === 409 && JSON.parse(r.text).error.details.code === 'sold_out').length;
    const reserved = checkouts.filter((r) => r.status === 201).length;
    return {
      rps: all.length / seconds,
      p50: Math.round(percentile(latencies, 50)),
      p99: Math.round(percentile(latencies, 99)),
      errors: all.length - reserved - soldOut - webhooks.filter((r) => r.status === 200).length,
      reserved,
      soldOut,
      paidEvents: webhooks.filter((r) => r.status === 200).length,
      otherStatuses: [...new Set(checkouts.filter((r) => r.status !== 201 && r.status !== 409).map((r) => `${r.status} ${r.text.slice(0, 120)}`))],
    };
  },

  /** In the server: orders paid for the race's shirt (the payment handler runs after commit: wait a bit), stock left. */
  async verify(strapi, seed) {
    const knex = strapi.db.connection;
    const deadline = Date.now() + MAX_SECONDS * 1000;
    const paidOrders = async () =>
      Number(
        (
          await knex('mymitt_store_orders as o')
            .join('mymitt_store_order_lines as l', 'l.order_id', 'o.id')
            .where({ 'l.sku': seed.sku, 'o.status': 'paid' })
            .countDistinct({ n: 'o.id' })
            .first()
        ).n
      );
    let paid = await paidOrders();
    while (paid < UNITS && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      paid = await paidOrders();
    }
    const variant = await knex('mymitt_store_variants').where('sku', seed.sku).first('id', 'stock');
    const taken = await knex('mymitt_store_stock_reservations').where('variant_id', variant.id).whereIn('status', ['held', 'committed']).sum({ n: 'qty' }).first();
    const negative = await knex('mymitt_store_variants').where('stock', '<', 0).count({ n: '*' }).first();
    return { paid, stock: Number(variant.stock), taken: Number(taken.n ?? 0), negative: Number(negative.n) };
  },

  check(_seed, result, verified) {
    const ok =
      result.reserved === UNITS &&
      result.soldOut === BUYERS - UNITS &&
      verified.paid === UNITS &&
      verified.stock === 0 &&
      verified.taken === UNITS &&
      verified.negative === 0;
    const text =
      `${result.reserved} reserved, ${result.soldOut} sold out${result.otherStatuses.length ? ` (other: ${result.otherStatuses.join(' | ')})` : ''}; ` +
      `${result.paidEvents} webhooks → ${verified.paid} paid orders, stock ${verified.stock}, units taken ${verified.taken}, ` +
      `variants below 0: ${verified.negative} → ${ok ? 'OK' : 'MISMATCH'}`;
    return { ok, text };
  },
  /** `--check`: checkouts are whole transactions plus a Stripe call each; the guard is the correctness check. */
  floors: { floor: 0.04 },
};

module.exports = { product, race };
