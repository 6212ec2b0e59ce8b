'use strict';
/**
 * `webhook`: signed `checkout.session.completed` events for EVENTS pre-created pending contributions,
 * with 10% delivered twice, shuffled, from CONNECTIONS keep-alive connections, at the real endpoint.
 * Afterwards the ledger is checked in the server: 0 lost, 0 double (row count == distinct events,
 * ledger sum == the sum of their amounts, committee total moved by exactly that), and the outbox: once it
 * has drained, one receipt per distinct event, each sent (the mail provider is a no-op during the bench).
 */
const http = require('http');
const { randomBytes, createHash } = require('crypto');
const Stripe = require('stripe');
const { bulkInsert, documentId, fitToTable, seededRandom } = require('../lib-bulk-insert');
const { percentile } = require('../lib-latency');

/** BENCH_QUICK (`--check`): a short run of the same flow. */
const EVENTS = process.env.BENCH_QUICK === '1' ? 2000 : 8000;
const DUPLICATE_SHARE = 0.1;
const CONNECTIONS = 50;
const DONORS = 3000;
const MAX_SECONDS = 60;
const PATH = '/api/mymitt-fundraising/stripe/webhook';
const CONTRIBUTIONS = 'mymitt_contributions';

const hex = (text) => createHash('sha256').update(text).digest('hex');

async function seed(strapi) {
  // Receipts are written as in production; the mail itself goes nowhere during the bench.
  strapi.plugin('email').provider = { send: async () => undefined };
  const knex = strapi.db.connection;
  const random = seededRandom(42);
  const now = new Date();
  const elections = await knex('mymitt_elections').select('id').orderBy('election_date');
  const rows = [];
  for (let i = 0; i < EVENTS; i += 1) {
    const donor = Math.floor(random() * DONORS);
    rows.push({
      document_id: documentId(),
      purpose: 'donation',
      status: 'pending',
      amount_cents: 500 + Math.floor(random() * 200) * 100,
      currency: 'usd',
      first_name: 'Bench',
      last_name: `Donor ${donor}`,
      email: `bench-donor-${donor}@example.org`,
      street: `${donor} Bench St`,
      city: 'Concord',
      state: 'NH',
      zip: '03301',
      country: 'US',
      occupation: 'Tester',
      employer: 'Bench Co',
      donor_key: hex(`address:${donor}`),
      donor_email_key: hex(`email:${donor}`),
      election_id: elections[0]?.id ?? null,
      page_id: 1 + (i % 50),
      recurring: false,
      anonymous: false,
      checkout_session_id: `cs_bench_${i}`,
      idempotency_key: `contribution:bench-${i}-${randomBytes(4).toString('hex')}`,
      created_at: now,
      updated_at: now,
      published_at: now,
    });
  }
  await bulkInsert(knex, CONTRIBUTIONS, await fitToTable(knex, CONTRIBUTIONS, rows));
  const ids = await knex(CONTRIBUTIONS)
    .where('checkout_session_id', 'like', 'cs_bench_%')
    .select('id', 'checkout_session_id', 'amount_cents');
  const gifts = ids
    .map((r) => ({
      id: Number(r.id),
      index: Number(String(r.checkout_session_id).slice('cs_bench_'.length)),
      amount: Number(r.amount_cents),
    }))
    .sort((a, b) => a.index - b.index);
  return { gifts, secret: strapi.config.get('plugin::mymitt-fundraising').stripeWebhookSecret };
}

function eventFor(gift) {
  return {
    id: `evt_bench_${gift.index}`,
    object: 'event',
    created: Math.floor(Date.now() / 1000),
    livemode: false,
    type: 'checkout.session.completed',
    data: {
      object: {
        id: `cs_bench_${gift.index}`,
        object: 'checkout.session',
        mode: 'payment',
        status: 'complete',
        payment_status: 'paid',
        amount_total: gift.amount,
        currency: 'usd',
        payment_intent: `pi_bench_${gift.index}`,
        metadata: { contributionId: String(gift.id) },
      },
    },
  };
}

function shuffle(items, random) {
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

/** A small keep-alive client: CONNECTIONS workers take the next delivery until none is left or time is up. */
async function drive({ port, seed: { gifts, secret } }) {
  const random = seededRandom(7);
  const payloads = gifts.map((gift) => JSON.stringify(eventFor(gift)));
  const copies = gifts.filter(() => random() < DUPLICATE_SHARE).map((gift) => gift.index);
  const queue = shuffle([...gifts.map((g) => g.index), ...copies], random);
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const latencies = [];
  const delivered = new Set();
  let errors = 0;
  let next = 0;
  const started = Date.now();
  const deadline = started + MAX_SECONDS * 1000;

  const post = (payload) =>
    new Promise((resolve) => {
      const header = Stripe.webhooks.generateTestHeaderString({ payload, secret });
      const req = http.request(
        {
          host: '127.0.0.1',
          port,
          path: PATH,
          method: 'POST',
          agent,
          headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload), 'Stripe-Signature': header },
        },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode));
        }
      );
      req.on('error', () => resolve(0));
      req.end(payload);
    });

  async function worker() {
    while (next < queue.length && Date.now() < deadline) {
      const index = queue[next++];
      const t0 = process.hrtime.bigint();
      const status = await post(payloads[index]);
      latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
      if (status === 200) delivered.add(index);
      else errors += 1;
    }
  }
  await Promise.all(Array.from({ length: CONNECTIONS }, worker));
  agent.destroy();
  const seconds = (Date.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const sent = latencies.length;
  return {
    rps: sent / seconds,
    p50: Math.round(percentile(latencies, 50)),
    p99: Math.round(percentile(latencies, 99)),
    errors,
    sent,
    delivered: [...delivered],
    duplicates: sent - delivered.size - errors,
  };
}

/** Waits (up to a minute) until the outbox holds nothing pending: the receipts and activity rows of the run. */
async function drainTime(knex) {
  const started = Date.now();
  for (;;) {
    const { n } = await knex('mymitt_outbox').where('status', 'pending').count({ n: '*' }).first();
    if (Number(n) === 0 || Date.now() - started > 60_000) return { seconds: (Date.now() - started) / 1000, pending: Number(n) };
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** In the server: what the ledger holds for the bench's payments, and what the outbox delivered for them. */
async function verify(strapi) {
  const knex = strapi.db.connection;
  const drained = await drainTime(knex);
  const receipts = await knex('mymitt_receipts')
    .where('source_key', 'like', 'payment:pi_bench_%')
    .count({ n: '*' })
    .countDistinct({ distinct: 'source_key' })
    .first();
  const sentReceipts = await knex('mymitt_receipts').where('source_key', 'like', 'payment:pi_bench_%').where('status', 'sent').count({ n: '*' }).first();
  const rows = await knex('mymitt_ledger_entries')
    .where('stripe_object_key', 'like', 'payment:pi_bench_%')
    .count({ n: '*' })
    .countDistinct({ distinct: 'stripe_object_key' })
    .sum({ cents: 'amount_cents' })
    .first();
  const events = await knex('mymitt_stripe_events').where('event_id', 'like', 'evt_bench_%').count({ n: '*' }).first();
  const all = await knex('mymitt_money_totals').where('scope', 'all').first();
  return {
    rows: Number(rows.n),
    distinctKeys: Number(rows.distinct),
    ledgerCents: Number(rows.cents ?? 0),
    events: Number(events.n),
    allNetCents: Number(all?.net_cents ?? 0),
    receipts: Number(receipts.n),
    distinctReceipts: Number(receipts.distinct),
    sentReceipts: Number(sentReceipts.n),
    drainSeconds: drained.seconds,
    pendingAfter: drained.pending,
  };
}

function check(seed, result, ledger) {
  const amountOf = new Map(seed.gifts.map((g) => [g.index, g.amount]));
  const expectedCents = result.delivered.reduce((sum, index) => sum + amountOf.get(index), 0);
  const distinct = result.delivered.length;
  const lost = distinct - ledger.distinctKeys;
  const double = ledger.rows - ledger.distinctKeys;
  const receiptsOk = ledger.receipts === distinct && ledger.distinctReceipts === distinct && ledger.sentReceipts === distinct && ledger.pendingAfter === 0;
  const ok =
    ledger.rows === distinct &&
    ledger.ledgerCents === expectedCents &&
    ledger.allNetCents === expectedCents &&
    ledger.events === distinct &&
    receiptsOk;
  const text =
    `${result.sent} deliveries (${distinct} distinct events, ${result.duplicates} copies), ` +
    `ledger rows ${ledger.rows} == ${distinct}, sum ${ledger.ledgerCents} == ${expectedCents}, committee total ${ledger.allNetCents}; ` +
    `lost ${lost}, double ${double}; receipts through the outbox ${ledger.sentReceipts} sent of ${ledger.receipts} (${ledger.distinctReceipts} distinct), ` +
    `outbox drained ${ledger.drainSeconds.toFixed(1)} s after the last response (${ledger.pendingAfter} pending) → ${ok ? 'OK' : 'MISMATCH'}; ` +
    `${result.rps >= 400 ? '≥' : '<'} 400 events/s`;
  return { ok, text };
}

module.exports = {
  name: 'webhook',
  description: `POST ${PATH} (signed checkout.session.completed, ${EVENTS} gifts, 10% copies, shuffled, ${CONNECTIONS} connections)`,
  seed,
  drive,
  verify,
  check,
  floors: { floor: 0.08 },
};
