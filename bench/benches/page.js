'use strict';
/**
 * A personal fundraising page by slug, as donors and sharers load it: goal, ledger total, donor count,
 * thermometer, honor roll and updates. PAGES published pages carry GIFTS ledger gifts (10% anonymous,
 * 5% partly refunded); the load spreads over HOT_PAGES slugs. The check compares one page's thermometer
 * with figures computed here from the generated ledger, and revalidates it with its ETag (304).
 */
const http = require('http');
const { bulkInsert, documentId, fitToTable, seededRandom } = require('../lib-bulk-insert');

const PAGES = 5_000;
const GIFTS = 50_000;
const DONORS = 20_000;
const HOT_PAGES = Number(process.env.BENCH_HOT_PAGES || 200);
const DAY = 24 * 60 * 60 * 1000;
const STATES = ['NH', 'IA', 'CA', 'TX', 'NY', 'FL', 'OH', 'MA', 'MI', 'AZ'];

async function load(strapi) {
  const knex = strapi.db.connection;
  const random = seededRandom(2024);
  const now = new Date();
  const stamp = { created_at: now, updated_at: now, published_at: now };

  const owners = Array.from({ length: PAGES }, (_, i) => ({
    document_id: documentId(),
    username: `page-owner-${i}@example.org`,
    email: `page-owner-${i}@example.org`,
    provider: 'local',
    password: 'not-a-real-hash',
    confirmed: true,
    blocked: false,
    first_name: `Owner${i}`,
    last_name: 'Bench',
    ...stamp,
  }));
  await bulkInsert(knex, 'up_users', await fitToTable(knex, 'up_users', owners));
  const ownerIds = (await knex('up_users').where('email', 'like', 'page-owner-%').orderBy('id').select('id')).map((u) => u.id);

  const pages = ownerIds.map((ownerId, i) => ({
    document_id: documentId(),
    owner_user_id: ownerId,
    slug: `bench-page-${i}`,
    title: `Bench fundraiser ${i}`,
    story: 'I am raising money for the campaign because **it matters**.',
    story_html: '<p>I am raising money for the campaign because <strong>it matters</strong>.</p>',
    goal_cents: 50_000 + 1_000 * (i % 50),
    status: 'published',
    state: STATES[i % STATES.length],
    ...stamp,
  }));
  await bulkInsert(knex, 'mymitt_fundraising_pages', await fitToTable(knex, 'mymitt_fundraising_pages', pages));
  const pageIds = (await knex('mymitt_fundraising_pages').orderBy('id').select('id')).map((p) => p.id);

  const gifts = [];
  for (let i = 0; i < GIFTS; i += 1) {
    const donor = Math.floor(random() * DONORS);
    gifts.push({
      pageId: pageIds[Math.floor(random() * pageIds.length)],
      donorKey: `bench-donor-${donor}`,
      firstName: `Donor${donor}`,
      lastName: 'Bench',
      amountCents: 500 + 100 * Math.floor(random() * 100),
      anonymous: random() < 0.1,
      refundCents: random() < 0.05 ? 300 : 0,
      occurredAt: new Date(now.getTime() - Math.floor(random() * 60) * DAY),
      key: `bench-gift-${i}`,
    });
  }
  const contributions = gifts.map((g) => ({
    document_id: documentId(),
    purpose: 'donation',
    status: g.refundCents ? 'partially_refunded' : 'succeeded',
    amount_cents: g.amountCents,
    currency: 'usd',
    first_name: g.firstName,
    last_name: g.lastName,
    email: `${g.firstName.toLowerCase()}@donors.example.org`,
    donor_key: g.donorKey,
    page_id: g.pageId,
    recurring: false,
    anonymous: g.anonymous,
    idempotency_key: g.key,
    created_at: g.occurredAt,
    updated_at: g.occurredAt,
    published_at: g.occurredAt,
  }));
  await bulkInsert(knex, 'mymitt_contributions', await fitToTable(knex, 'mymitt_contributions', contributions));
  const idByKey = new Map(
    (await knex('mymitt_contributions').where('idempotency_key', 'like', 'bench-gift-%').select('id', 'idempotency_key')).map((c) => [
      c.idempotency_key,
      c.id,
    ])
  );

  const ledgerRows = [];
  for (const g of gifts) {
    const base = {
      contribution_id: idByKey.get(g.key),
      occurred_at: g.occurredAt,
      cycle: 2026,
      donor_key: g.donorKey,
      page_id: g.pageId,
      ...stamp,
    };
    ledgerRows.push({
      ...base,
      document_id: documentId(),
      kind: 'charge',
      amount_cents: g.amountCents,
      stripe_object_key: `payment:${g.key}`,
    });
    if (g.refundCents) {
      ledgerRows.push({
        ...base,
        document_id: documentId(),
        kind: 'refund',
        amount_cents: -g.refundCents,
        stripe_object_key: `refund:${g.key}`,
      });
    }
  }
  await bulkInsert(knex, 'mymitt_ledger_entries', await fitToTable(knex, 'mymitt_ledger_entries', ledgerRows));

  // The totals the ledger keeps, per page: what appendRow would have written row by row.
  const byPage = new Map();
  for (const g of gifts) {
    const t = byPage.get(g.pageId) ?? { raised: 0, refunded: 0, gifts: 0, donors: new Map() };
    t.raised += g.amountCents;
    t.refunded += g.refundCents;
    t.gifts += 1;
    t.donors.set(g.donorKey, (t.donors.get(g.donorKey) ?? 0) + g.amountCents - g.refundCents);
    byPage.set(g.pageId, t);
  }
  const totals = [...byPage].map(([pageId, t]) => ({
    document_id: documentId(),
    scope: `page:${pageId}`,
    raised_cents: t.raised,
    refunded_cents: t.refunded,
    net_cents: t.raised - t.refunded,
    gift_count: t.gifts,
    ...stamp,
  }));
  await bulkInsert(knex, 'mymitt_money_totals', await fitToTable(knex, 'mymitt_money_totals', totals));

  const hot = Array.from({ length: HOT_PAGES }, (_, i) => Math.floor((i * PAGES) / HOT_PAGES));
  const probe = hot[7];
  const t = byPage.get(pageIds[probe]);
  return {
    slugs: hot.map((i) => `bench-page-${i}`),
    probe: {
      slug: `bench-page-${probe}`,
      thermometer: {
        raisedCents: t.raised - t.refunded,
        goalCents: pages[probe].goal_cents,
        percent: Math.floor(((t.raised - t.refunded) * 100) / pages[probe].goal_cents),
        donorCount: [...t.donors.values()].filter((net) => net > 0).length,
        giftCount: t.gifts,
      },
    },
    ledgerRows: ledgerRows.length,
  };
}

function get(port, path, headers = {}) {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path, headers }, (res) => {
        let body = '';
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body }));
      })
      .on('error', reject);
  });
}

module.exports = {
  name: 'page',
  description: `GET /api/mymitt-fundraising/pages/:slug (${PAGES} pages, ${GIFTS} gifts, ${HOT_PAGES} slugs)`,
  seed: load,
  requests: (seed) => seed.slugs.map((slug) => ({ method: 'GET', path: `/api/mymitt-fundraising/pages/${slug}` })),
  /** The probe page's thermometer equals the generated ledger's figures, and its ETag revalidates to 304. */
  async check(seed, _result, { port }) {
    const path = `/api/mymitt-fundraising/pages/${seed.probe.slug}`;
    const first = await get(port, path);
    const shown = JSON.parse(first.body).data.thermometer;
    const matches = JSON.stringify(shown) === JSON.stringify(seed.probe.thermometer);
    const again = await get(port, path, { 'If-None-Match': first.headers.etag });
    const ok = matches && Boolean(first.headers.etag) && again.status === 304;
    const text =
      `thermometer ${matches ? '== ledger' : `MISMATCH ${JSON.stringify(shown)} vs ${JSON.stringify(seed.probe.thermometer)}`}` +
      ` (${seed.probe.thermometer.raisedCents} cents, ${seed.probe.thermometer.donorCount} donors); ` +
      `ETag ${first.headers.etag ? 'set' : 'MISSING'}, revalidation ${again.status}; ${seed.ledgerRows} ledger rows`;
    return { ok, text };
  },
  /** `--check`: the least this bench may show, as ratios to the baselines of the same run. */
  floors: { floor: 0.56, core: 2.8 },
};
