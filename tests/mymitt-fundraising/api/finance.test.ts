import { useStrapi } from '../../helpers/strapi';
import { bearer, signInAdmin, type SignedInAdmin } from '../../helpers/admins';
import { aCheckoutCompleted, postSignedEvent } from '../../helpers/stripe-fake';
import { A_DONOR, stripeId, useStripeFake } from './helpers';
import { donorKey } from '../../../plugins/mymitt-fundraising/server/src/domain/donor-key';

const SECRET = 'whsec_mymitt_finance_test';
process.env.STRIPE_WEBHOOK_SECRET = SECRET;

// The Stripe SDK reads its key and API base from the plugin config at boot: point it at the fake first.
const fake = useStripeFake('sk_test_x');
const app = useStrapi();

const DAY = 24 * 60 * 60 * 1000;
const ledger = () => app.strapi.plugin('mymitt-fundraising').service('ledger');
const service = (name: string) => app.strapi.plugin('mymitt-fundraising').service(name);

const aDonor = (overrides: Record<string, unknown> = {}) => ({ ...A_DONOR, ...overrides });

const offlineAffirmations = { citizenOrGreenCard: true, ownFunds: true, atLeast18: true, notFederalContractor: true };
const aCheck = (overrides: Record<string, unknown> = {}) => ({
  ...aDonor(),
  affirmationsVersion: '2025-11',
  affirmations: offlineAffirmations,
  method: 'check',
  checkNumber: '1001',
  amountCents: 25000,
  ...overrides,
});

/** A card gift paid through the signed webhook, as the donate code and Stripe leave it. */
async function paidCardGift(amountCents = 5000, overrides: Record<string, unknown> = {}) {
  const donor = { ...aDonor(), ...overrides } as ReturnType<typeof aDonor>;
  const keys = donorKey(donor);
  const created = await ledger().recordPending({ ...donor, amountCents, donorKey: keys.byAddress, donorEmailKey: keys.byEmail });
  const sessionId = stripeId('cs');
  const paymentIntentId = stripeId('pi');
  await ledger().attachCheckoutSession(created.id, sessionId);
  const event = aCheckoutCompleted({ sessionId, amountCents, contributionId: created.id, paymentIntentId });
  const res = await postSignedEvent(app, event, SECRET);
  expect(res.status).toBe(200);
  return { id: created.id as number, paymentIntentId };
}

/** A gift written straight into the ledger with a chosen date (the FEC-10 and Schedule A clocks). */
async function ledgerGift(opts: {
  donor: ReturnType<typeof aDonor>;
  amountCents: number;
  at: Date;
  electionId?: number;
  kind?: 'charge' | 'offline';
}) {
  const keys = donorKey(opts.donor);
  const created = await ledger().recordPending({
    ...opts.donor,
    amountCents: opts.amountCents,
    donorKey: keys.byAddress,
    donorEmailKey: keys.byEmail,
    electionId: opts.electionId ?? null,
  });
  const contribution = await ledger().findContribution(created.id);
  await app.strapi.db.transaction(async ({ trx }: any) => {
    await ledger().appendRow(trx, contribution, {
      kind: opts.kind ?? 'charge',
      stripeObjectKey: `test:${created.id}`,
      amountCents: opts.amountCents,
      occurredAt: opts.at,
    });
    await ledger().refreshStatus(trx, contribution);
  });
  return contribution;
}

async function ledgerRefund(contribution: any, amountCents: number, at: Date) {
  await app.strapi.db.transaction(async ({ trx }: any) => {
    await ledger().appendRow(trx, contribution, {
      kind: 'refund',
      stripeObjectKey: `test-refund:${contribution.id}:${amountCents}`,
      amountCents: -amountCents,
      occurredAt: at,
    });
    await ledger().refreshStatus(trx, contribution);
  });
}

const statusOf = async (id: number) => (await ledger().findContribution(id)).status;

let finance: SignedInAdmin;
let webTeam: SignedInAdmin;
let elections: Array<{ id: number; documentId: string; name: string; kind: string; electionDate: string }>;
beforeAll(async () => {
  finance = await signInAdmin(app, 'Finance');
  webTeam = await signInAdmin(app, 'Web team');
  elections = await service('compliance-config').elections();
});

const post = (path: string, admin: SignedInAdmin, body: unknown) =>
  app
    .http()
    .post(`/mymitt-fundraising${path}`)
    .set(bearer(admin.token))
    .send(body as any);
const get = (path: string, admin: SignedInAdmin) => app.http().get(`/mymitt-fundraising${path}`).set(bearer(admin.token));

describe('offline gifts (check and cash)', () => {
  it('FEC-06 records a check with full donor data: a succeeded contribution and one offline ledger row', async () => {
    const res = await post('/finance/offline-gifts', finance, aCheck({ pageId: 9101, email: 'check@example.org' }));
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({ status: 'succeeded', amountCents: 25000, method: 'check' });
    const id = res.body.data.contributionId;
    expect(await ledger().entriesOf(id)).toEqual([
      { id: expect.any(Number), kind: 'offline', amountCents: 25000, stripeObjectKey: `offline:${id}` },
    ]);
    expect(await ledger().totals('page:9101')).toEqual({ raisedCents: 25000, refundedCents: 0, netCents: 25000, giftCount: 1 });
    // FEC-04: undesignated → the next election.
    expect((await ledger().findContribution(id)).electionId).toBe(res.body.data.parts[0].electionId);
  });

  it('FEC-06 refuses a gift without occupation or employer (400), and a check without its number', async () => {
    const { occupation: _o, ...noOccupation } = aCheck();
    const res = await post('/finance/offline-gifts', finance, noOccupation);
    expect(res.status).toBe(400);
    expect(res.body.error.name).toBe('ValidationError');
    expect((await post('/finance/offline-gifts', finance, aCheck({ checkNumber: undefined }))).status).toBe(400);
    expect((await post('/finance/offline-gifts', finance, aCheck({ stripeFee: 1 }))).status).toBe(400);
  });

  it('refuses cash over the cash maximum ($100) with 422', async () => {
    const res = await post('/finance/offline-gifts', finance, aCheck({ method: 'cash', checkNumber: undefined, amountCents: 10001 }));
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual({ code: 'cash_limit_reached', cashMaxCents: 10000 });
    const ok = await post(
      '/finance/offline-gifts',
      finance,
      aCheck({ method: 'cash', checkNumber: undefined, amountCents: 10000, email: 'cash@example.org', street: '9 Cash Rd' })
    );
    expect(ok.status).toBe(201);
  });

  it('FEC-01 applies the per-election limit across online and offline gifts (422 with what is left)', async () => {
    const donor = { firstName: 'Lim', lastName: 'Ited', email: 'limit@example.org', street: '5 Limit Ln' };
    await paidCardGift(300000, { ...donor, electionId: elections[0].id });
    const over = await post('/finance/offline-gifts', finance, aCheck({ ...donor, amountCents: 60000 }));
    expect(over.status).toBe(422);
    expect(over.body.error.details).toEqual({
      code: 'contribution_limit_reached',
      rule: 'FEC-01',
      limitCents: 350000,
      remainingCents: 50000,
      electionDocumentId: elections[0].documentId,
    });
    // Same person found by email only (new address): still the same donor (FEC-03).
    const moved = await post(
      '/finance/offline-gifts',
      finance,
      aCheck({ ...donor, street: '77 New Home Rd', zip: '02139', amountCents: 50001 })
    );
    expect(moved.status).toBe(422);
    expect((await post('/finance/offline-gifts', finance, aCheck({ ...donor, amountCents: 50000 }))).status).toBe(201);
  });
});

describe('refunds from the admin', () => {
  it('STR-04 a card refund calls Stripe with the amount and an idempotency key from our records; the second click is 409', async () => {
    const gift = await paidCardGift(5000, { email: 'refund@example.org' });
    const before = fake.requests.length;
    const res = await post(`/finance/contributions/${gift.id}/refunds`, finance, { refundNumber: 1, amountCents: 2000 });
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({ refundNumber: 1, amountCents: 2000, status: 'sent', idempotencyKey: `refund:${gift.id}:1` });

    const calls = fake.requests.slice(before);
    expect(calls).toEqual([
      {
        method: 'POST',
        path: '/v1/refunds',
        idempotencyKey: `refund:${gift.id}:1`,
        params: { payment_intent: gift.paymentIntentId, amount: '2000', metadata: { contributionId: String(gift.id) } },
      },
    ]);

    const again = await post(`/finance/contributions/${gift.id}/refunds`, finance, { refundNumber: 1, amountCents: 2000 });
    expect(again.status).toBe(409);
    expect(again.body.error.details).toEqual({ refundCount: 1 });
    expect(fake.requests.length).toBe(before + 1);

    // FEC-14: the money moves in the ledger when Stripe's charge.refunded arrives, not here.
    expect((await ledger().entriesOf(gift.id)).map((r: any) => r.kind)).toEqual(['charge']);

    // What is asked for counts against what is left: 3000 remain.
    const tooMuch = await post(`/finance/contributions/${gift.id}/refunds`, finance, { refundNumber: 2, amountCents: 3001 });
    expect(tooMuch.status).toBe(422);
    expect(tooMuch.body.error.details).toEqual({ refundableCents: 3000 });
    const rest = await post(`/finance/contributions/${gift.id}/refunds`, finance, { refundNumber: 2 });
    expect(rest.status).toBe(201);
    expect(fake.requests.at(-1)).toMatchObject({ idempotencyKey: `refund:${gift.id}:2`, params: { amount: '3000' } });
  });

  it('two concurrent clicks make one Stripe refund', async () => {
    const gift = await paidCardGift(4000, { email: 'double@example.org' });
    const before = fake.requests.length;
    const responses = await Promise.all([1, 2].map(() => post(`/finance/contributions/${gift.id}/refunds`, finance, { refundNumber: 1 })));
    expect(responses.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(fake.requests.length).toBe(before + 1);
  });

  it('FEC-14 an offline gift is refunded by a negative refund row (check mailed back), without Stripe', async () => {
    const gift = await post(
      '/finance/offline-gifts',
      finance,
      aCheck({ email: 'offline-refund@example.org', street: '3 Refund St', amountCents: 8000 })
    );
    const id = gift.body.data.contributionId;
    const before = fake.requests.length;
    const res = await post(`/finance/contributions/${id}/refunds`, finance, { refundNumber: 1, amountCents: 3000 });
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({ status: 'recorded', amountCents: 3000 });
    expect(fake.requests.length).toBe(before);
    expect((await ledger().entriesOf(id)).map((r: any) => [r.kind, r.amountCents])).toEqual([
      ['offline', 8000],
      ['refund', -3000],
    ]);
    expect(await statusOf(id)).toBe('partially_refunded');
  });
});

describe('RBAC', () => {
  it('Web team gets 403 on donor search, export, refund, offline gifts and the dashboard; Finance gets 200', async () => {
    const gift = await paidCardGift(1500, { email: 'rbac@example.org' });
    for (const res of [
      await get('/finance/donations', webTeam),
      await get('/finance/schedule-a.csv', webTeam),
      await get('/finance/excess-flags', webTeam),
      await get('/finance/dashboard', webTeam),
      await post(`/finance/contributions/${gift.id}/refunds`, webTeam, { refundNumber: 1 }),
      await post('/finance/offline-gifts', webTeam, aCheck()),
      await post('/finance/excess-flags/run', webTeam, {}),
    ]) {
      expect(res.status).toBe(403);
    }
    expect(await statusOf(gift.id)).toBe('succeeded');
    expect((await get('/finance/donations?q=rbac', finance)).status).toBe(200);
    expect((await get('/finance/schedule-a.csv', finance)).status).toBe(200);
  });

  it('donation search finds by name, email, amount and status, with what the refund button needs', async () => {
    const gift = await paidCardGift(1234, { firstName: 'Searchable', lastName: 'Person', email: 'findme@example.org' });
    const byName = await get('/finance/donations?q=Searchable%20Person', finance);
    expect(byName.body.data.map((d: any) => d.id)).toEqual([gift.id]);
    expect(byName.body.data[0]).toMatchObject({
      amountCents: 1234,
      netCents: 1234,
      status: 'succeeded',
      method: 'card',
      refundCount: 0,
      donor: { firstName: 'Searchable', lastName: 'Person', email: 'findme@example.org' },
    });
    expect((await get('/finance/donations?q=FINDME@', finance)).body.data.map((d: any) => d.id)).toEqual([gift.id]);
    expect((await get('/finance/donations?amountCents=1234&status=succeeded', finance)).body.data.map((d: any) => d.id)).toEqual([gift.id]);
    expect((await get('/finance/donations?amountCents=1234&status=refunded', finance)).body.data).toEqual([]);
    expect((await get('/finance/donations?sort=email', finance)).status).toBe(400);
  });

  it('the dashboard shows totals by campaign, state, page and refcode without donor identities', async () => {
    await paidCardGift(2222, { email: 'dash@example.org', firstName: 'Dashy', pageId: 9301, refcode: 'email-blast' });
    const res = await get('/finance/dashboard', finance);
    expect(res.status).toBe(200);
    const { data } = res.body;
    expect(data.all.raisedCents).toBeGreaterThan(0);
    expect(data.all.raisedTodayCents).toBeGreaterThanOrEqual(2222);
    expect(data.byPage).toContainEqual({ pageId: 9301, page: null, raisedCents: 2222, refundedCents: 0, netCents: 2222, giftCount: 1 });
    expect(data.byRefcode).toContainEqual({ refcode: 'email-blast', netCents: 2222, gifts: 1 });
    expect(data.byState.find((s: any) => s.state === 'MA').netCents).toBeGreaterThan(0);
    expect(data.recurring).toEqual({ monthlyCents: 0, activeCount: 0 });
    const text = JSON.stringify(res.body);
    expect(text).not.toMatch(/@example\.org|Dashy|Main St/);
  });
});

describe('FEC-10 excessive contributions job', () => {
  it('flags a donor over the limit, overdue past 60 days, and marks the flag remedied after a refund', async () => {
    const now = new Date();
    const primary = elections[0];
    const late = aDonor({ firstName: 'Over', lastName: 'Late', email: 'late@example.org', street: '10 Late St' });
    const recent = aDonor({ firstName: 'Over', lastName: 'Recent', email: 'recent@example.org', street: '11 Recent St' });
    const fine = aDonor({ firstName: 'Under', lastName: 'Limit', email: 'under@example.org', street: '12 Fine St' });

    const first = await ledgerGift({ donor: late, amountCents: 300000, at: new Date(now.getTime() - 80 * DAY), electionId: primary.id });
    await ledgerGift({ donor: late, amountCents: 100000, at: new Date(now.getTime() - 70 * DAY), electionId: primary.id });
    await ledgerGift({ donor: recent, amountCents: 360000, at: new Date(now.getTime() - 10 * DAY), electionId: primary.id });
    await ledgerGift({ donor: fine, amountCents: 350000, at: new Date(now.getTime() - 90 * DAY), electionId: primary.id });

    const report = await service('excess-flags').run(now);
    expect(report).toMatchObject({ ran: true, open: 2, overdue: 1, remedied: 0 });

    const listed = await get('/finance/excess-flags?status=open', finance);
    expect(listed.status).toBe(200);
    const byName = Object.fromEntries(listed.body.data.map((f: any) => [f.donor.name, f]));
    expect(Object.keys(byName).sort()).toEqual(['Over Late', 'Over Recent']);
    expect(byName['Over Late']).toMatchObject({
      overdue: true,
      totalCents: 400000,
      excessCents: 50000,
      status: 'open',
      electionId: primary.id,
    });
    expect(byName['Over Recent']).toMatchObject({ overdue: false, excessCents: 10000 });

    // Running again changes nothing (one flag per excess).
    expect(await service('excess-flags').run(now)).toMatchObject({ open: 2, remedied: 0 });
    expect((await get('/finance/excess-flags', finance)).body.data).toHaveLength(2);

    // The excess is refunded: the flag is remedied on the next run.
    await ledgerRefund(first, 50000, new Date(now.getTime() - 1 * DAY));
    expect(await service('excess-flags').run(now)).toMatchObject({ open: 1, remedied: 1 });
    const remedied = await get('/finance/excess-flags?status=remedied', finance);
    expect(remedied.body.data.map((f: any) => f.donor.name)).toEqual(['Over Late']);

    // The admin button runs the same job.
    const run = await post('/finance/excess-flags/run', finance, {});
    expect(run.status).toBe(200);
    expect(run.body.data).toMatchObject({ ran: true, open: 1 });
  });
});

describe('FEC-06 Schedule A export', () => {
  const parse = (csv: string) => {
    const [header, ...lines] = csv.trim().split('\r\n');
    const columns = header.split(',');
    return lines.map((line) => Object.fromEntries(line.split(',').map((cell, i) => [columns[i], cell])));
  };

  it('lists every gift with the donor aggregate cycle-to-date as of each gift (refunds deducted, either donor key) and the itemisation flag', async () => {
    const now = new Date();
    const general = elections.find((e) => e.kind === 'general')!;
    const home = aDonor({ firstName: 'Sched', lastName: 'Ule', email: 'sched-a@example.org', street: '20 Export Ave' });
    // Same address, another email → same donor by address key.
    const newEmail = { ...home, email: 'sched-b@example.org' };
    // New address, the second email → same donor by email key (linked through the second gift).
    const moved = { ...home, email: 'sched-b@example.org', street: '99 Moved Rd', zip: '02139' };
    const stranger = aDonor({ firstName: 'Other', lastName: 'Person', email: 'other@example.org', street: '1 Elsewhere' });

    const g1 = await ledgerGift({ donor: home, amountCents: 10000, at: new Date(now.getTime() - 6 * DAY) });
    const g2 = await ledgerGift({ donor: newEmail, amountCents: 15000, at: new Date(now.getTime() - 5 * DAY), electionId: general.id });
    await ledgerRefund(g1, 5000, new Date(now.getTime() - 4 * DAY));
    const g3 = await ledgerGift({ donor: moved, amountCents: 3000, at: new Date(now.getTime() - 3 * DAY) });
    const g4 = await ledgerGift({ donor: stranger, amountCents: 20000, at: new Date(now.getTime() - 2 * DAY) });
    const injected = await ledgerGift({
      donor: aDonor({
        firstName: 'Evil',
        lastName: 'Sheet',
        email: 'evil@example.org',
        street: '2 Formula Way',
        employer: '=HYPERLINK("http://x")',
      }),
      amountCents: 500,
      at: new Date(now.getTime() - 1 * DAY),
    });

    const res = await get('/finance/schedule-a.csv', finance);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="schedule-a-all-/);
    const lines = parse(res.text);
    const pick = (id: number) =>
      lines
        .filter((l) => Number(l.contribution_id) === id)
        .map((l) => [l.amount, l.aggregate_cycle_to_date, l.itemized, l.election, l.payment_method]);

    const primary = elections.find((e) => e.kind === 'primary')!;
    const code = (e: any) => `${e.kind === 'primary' ? 'P' : 'G'}${e.electionDate.slice(0, 4)}`;
    expect(pick(g1.id)).toEqual([['100.00', '100.00', 'N', code(primary), 'card']]);
    expect(pick(g2.id)).toEqual([['150.00', '250.00', 'Y', code(general), 'card']]);
    // After the $50 refund the donor stands at $200; the third gift (found by email only) makes $230.
    expect(pick(g3.id)).toEqual([['30.00', '230.00', 'Y', code(primary), 'card']]);
    expect(pick(g4.id)).toEqual([['200.00', '200.00', 'N', code(primary), 'card']]);
    const evil = lines.find((l) => Number(l.contribution_id) === injected.id)!;
    expect(evil.employer).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(lines.find((l) => Number(l.contribution_id) === g1.id)).toMatchObject({
      first_name: 'Sched',
      last_name: 'Ule',
      occupation: 'Teacher',
      employer: 'Belmont Schools',
      entity_type: 'IND',
    });
  });

  it('marks offline gifts with their method', async () => {
    const res = await post(
      '/finance/offline-gifts',
      finance,
      aCheck({ email: 'method@example.org', street: '4 Method St', amountCents: 1000 })
    );
    const csv = parse((await get('/finance/schedule-a.csv', finance)).text);
    expect(csv.find((l) => Number(l.contribution_id) === res.body.data.contributionId)).toMatchObject({
      amount: '10.00',
      payment_method: 'check',
    });
  });
});
