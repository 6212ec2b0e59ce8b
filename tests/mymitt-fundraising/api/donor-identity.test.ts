import { randomUUID } from 'crypto';
import { useStrapi } from '../../helpers/strapi';
import { aDonationBody } from '../../helpers/donation-bodies';
import { signUpSupporter } from '../../helpers/supporters';
import { bearer, signInAdmin, type SignedInAdmin } from '../../helpers/admins';
import { aCheckoutCompleted, aChargeSucceeded, postSignedEvent } from '../../helpers/stripe-fake';
import { donorKey } from '../../../plugins/mymitt-fundraising/server/src/domain/donor-key';
import { ANNA, EMAIL_SPELLINGS, EMAIL_SPOOFS, NAME_SPELLINGS, STREET_SPELLINGS } from '../donor-spellings';
import { stripeId, useStripeFake } from './helpers';

/**
 * FEC-03 identity against a hostile donor (issue 11): spelling tricks, one account under two names, one
 * card under two names, and gifts the old normalisation let through. FEC-01 refuses at the donate
 * route; FEC-10 flags what got in.
 */
const SECRET = 'whsec_mymitt_donor_identity_test';
process.env.STRIPE_WEBHOOK_SECRET = SECRET;
process.env.DONATE_RATE_LIMIT = 'false';

useStripeFake('sk_test_mymitt_donor_identity');

const app = useStrapi();
const DONATE = '/api/mymitt-fundraising/donations';
const CONTRIBUTIONS = 'plugin::mymitt-fundraising.contribution';
const ledger = () => app.strapi.plugin('mymitt-fundraising').service('ledger');

const aGift = aDonationBody;

/** POST /donations with Strapi's `{ data }` body. */
const donate = (body: unknown, jwt?: string) => {
  const req = app.http().post(DONATE);
  if (jwt) req.set('Authorization', `Bearer ${jwt}`);
  return req.send({ data: body });
};
const contribution = (documentId: string) => app.strapi.db.query(CONTRIBUTIONS).findOne({ where: { documentId } });
const count = () => app.strapi.db.query(CONTRIBUTIONS).count();

async function deliver(event: unknown) {
  const res = await postSignedEvent(app, event, SECRET);
  expect(res.status).toBe(200);
}

/** Stripe's checkout.session.completed for a pending contribution, with its payment intent. */
async function pay(documentId: string, paymentIntentId = stripeId('pi')) {
  const row = await contribution(documentId);
  await deliver(
    aCheckoutCompleted({ sessionId: row.checkoutSessionId, amountCents: Number(row.amountCents), contributionId: row.id, paymentIntentId })
  );
  return { row, paymentIntentId };
}

async function donateAndPay(body: Record<string, unknown>, jwt?: string) {
  const res = await donate(body, jwt);
  expect(res.status).toBe(201);
  return pay(res.body.data.documentId);
}

/** The 422 of FEC-01 with what the donor may still give, and nothing written. */
async function expectRefused(body: Record<string, unknown>, remainingCents: number, jwt?: string) {
  const before = await count();
  const res = await donate(body, jwt);
  expect(res.status).toBe(422);
  expect(res.body).toEqual({
    data: null,
    error: {
      status: 422,
      name: expect.any(String),
      message: expect.any(String),
      details: expect.objectContaining({ code: 'contribution_limit_reached', rule: 'FEC-01', limitCents: 350000, remainingCents }),
    },
  });
  expect(await count()).toBe(before);
}

let finance: SignedInAdmin;
beforeAll(async () => {
  finance = await signInAdmin(app, 'Finance');
});

/** Runs the FEC-10 job over HTTP and returns the open flags by donor name. */
async function openFlags() {
  const run = await app.http().post('/mymitt-fundraising/finance/excess-flags/run').set(bearer(finance.token)).send({});
  expect(run.status).toBe(200);
  const listed = await app.http().get('/mymitt-fundraising/finance/excess-flags?status=open').set(bearer(finance.token));
  expect(listed.status).toBe(200);
  return listed.body.data as Array<{ donor: { name: string }; totalCents: number; excessCents: number; contributionId: number }>;
}

describe('FEC-01/FEC-03: once Anna has given $3,400, no respelling of her can give $200 more', () => {
  const home = { firstName: ANNA.firstName, lastName: ANNA.lastName, street: ANNA.street, zip: ANNA.zip, email: ANNA.email };
  beforeAll(async () => {
    await donateAndPay(aGift({ ...home, amountCents: 340000 }));
  });

  it.each(NAME_SPELLINGS)('name: $label → 422 with $100 remaining', async ({ changes }) => {
    await expectRefused(aGift({ ...home, ...changes, amountCents: 20000 }), 10000);
  });

  it.each(STREET_SPELLINGS)('street, under a new email: $label → 422 with $100 remaining', async ({ changes }) => {
    await expectRefused(
      aGift({ ...home, email: `anna-${randomUUID().slice(0, 6)}@elsewhere.example`, ...changes, amountCents: 20000 }),
      10000
    );
  });

  it.each(EMAIL_SPELLINGS)('email, after a move: $label → 422 with $100 remaining', async ({ changes }) => {
    const moved = { street: '9 Elm Road', city: 'Denver', state: 'CO', zip: '80202' };
    await expectRefused(aGift({ ...home, ...moved, ...changes, amountCents: 20000 }), 10000);
  });

  it('look-alike emails do not pass the form at all (400, nothing written)', async () => {
    for (const email of EMAIL_SPOOFS) {
      const before = await count();
      const res = await donate(aGift({ ...home, email, street: '9 Elm Road', amountCents: 20000 }));
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({ status: 400, name: 'ValidationError' });
      expect(await count()).toBe(before);
    }
  });

  it('what remains is still accepted, and her spouse sharing the email and address has a limit of his own', async () => {
    expect((await donate(aGift({ ...home, firstName: 'A\u200Bnn\u0430', amountCents: 10000 }))).status).toBe(201);
    expect((await donate(aGift({ ...home, firstName: 'Mark', amountCents: 350000 }))).status).toBe(201);
  });
});

describe('FEC-03: one supporter account is one donor', () => {
  it('a signed-in supporter giving under a second name and email is counted with the first (422, $500 left), and that name stays linked to her', async () => {
    const account = await signUpSupporter(app);
    const first = await donateAndPay(aGift({ firstName: 'Paula', amountCents: 300000 }), account.jwt);
    expect((await contribution(first.row.documentId)).userId).toBe(account.user.id);

    const otherName = aGift({ firstName: 'Zed', lastName: 'Stranger', amountCents: 60000 });
    await expectRefused(otherName, 50000, account.jwt);
    expect((await donate({ ...otherName, amountCents: 50000 }, account.jwt)).status).toBe(201);
    // That open gift carries both Zed's details and her account: as a guest, Zed is still her.
    await expectRefused({ ...otherName, amountCents: 100 }, 0);
    expect((await donate(aGift({ amountCents: 100 }))).status).toBe(201);
  });
});

describe('FEC-03/FEC-10: one card is one donor', () => {
  it('two names and emails paid with one card are flagged by FEC-10 together, and the card links later gifts of either at the donate check', async () => {
    const fingerprint = `fp_${randomUUID().slice(0, 12)}`;
    const carl = aGift({ firstName: 'Carl', lastName: 'Cardholder', amountCents: 300000 });
    const dora = aGift({ firstName: 'Dora', lastName: 'Borrower', amountCents: 100000 });

    // Carl pays: the charge (with the card's fingerprint) comes before the session, as Stripe sends them.
    const carlRes = await donate(carl);
    expect(carlRes.status).toBe(201);
    const carlRow = await contribution(carlRes.body.data.documentId);
    const carlIntent = stripeId('pi');
    await deliver(aChargeSucceeded({ paymentIntentId: carlIntent, amountCents: 300000, fingerprint, contributionId: carlRow.id }));
    await pay(carlRes.body.data.documentId, carlIntent);

    // Dora is nobody Carl's details know, so her gift is accepted; it is paid with Carl's card.
    const doraRes = await donate(dora);
    expect(doraRes.status).toBe(201);
    const doraIntent = stripeId('pi');
    // This charge names only its payment intent: it waits (parked) until the session links that intent.
    await deliver(aChargeSucceeded({ paymentIntentId: doraIntent, amountCents: 100000, fingerprint }));
    await pay(doraRes.body.data.documentId, doraIntent);

    expect((await contribution(carlRes.body.data.documentId)).cardFingerprint).toBe(fingerprint);
    expect((await contribution(doraRes.body.data.documentId)).cardFingerprint).toBe(fingerprint);

    const doraRow = await contribution(doraRes.body.data.documentId);
    const flagged = (await openFlags()).filter((f) => [carlRow.id, doraRow.id].includes(f.contributionId));
    expect(flagged).toEqual([expect.objectContaining({ totalCents: 400000, excessCents: 50000, contributionId: doraRow.id })]);

    // Known after payment: a later gift from Dora's email (or Carl's) meets the card's total.
    await expectRefused(aGift({ ...dora, street: '5 New Place', amountCents: 100 }), 0);
    await expectRefused(aGift({ ...carl, street: '5 New Place', amountCents: 100 }), 0);
  });
});

describe('FEC-10 after the old normalisation', () => {
  it('two $3,500 gifts whose names differ by a zero-width space, stored under old keys, are one donor over the limit once keys are recomputed', async () => {
    const elections = await app.strapi.plugin('mymitt-fundraising').service('compliance-config').elections();
    const eve = { firstName: 'Eve', lastName: 'Twice', email: 'eve.twice@example.org', street: '3 Twin Lane', zip: '03301' };
    const ids: number[] = [];
    for (const [i, firstName] of ['Eve', 'E\u200Bve'].entries()) {
      // What the old code wrote: keys of its own normalisation, here two that do not match.
      const created = await ledger().recordPending({
        ...eve,
        firstName,
        city: 'Concord',
        state: 'NH',
        occupation: 'Nurse',
        employer: 'Concord Hospital',
        amountCents: 350000,
        donorKey: `old-address-key-${i}`,
        donorEmailKey: `old-email-key-${i}`,
        electionId: elections[0].id,
      });
      const row = await ledger().findContribution(created.id);
      await app.strapi.db.transaction(async ({ trx }: any) => {
        await ledger().appendRow(trx, row, {
          kind: 'charge',
          stripeObjectKey: `old-era:${created.id}`,
          amountCents: 350000,
          occurredAt: new Date(),
        });
        await ledger().refreshStatus(trx, row);
      });
      ids.push(created.id);
    }
    expect((await openFlags()).filter((f) => ids.includes(f.contributionId))).toEqual([]);

    // What bootstrap runs once per DONOR_KEY_VERSION: today's keys from the stored donor fields.
    expect(await ledger().rekeyDonors()).toEqual({ changed: 2 });
    const keys = donorKey(eve);
    for (const id of ids)
      expect(await ledger().findContribution(id)).toMatchObject({ donorKey: keys.byAddress, donorEmailKey: keys.byEmail });

    const flagged = (await openFlags()).filter((f) => ids.includes(f.contributionId));
    expect(flagged).toEqual([
      expect.objectContaining({ totalCents: 700000, excessCents: 350000, donor: expect.objectContaining({ name: 'E\u200Bve Twice' }) }),
    ]);
    // And the donate route now sees her as one person too.
    await expectRefused(aGift({ ...eve, amountCents: 100, electionDocumentId: elections[0].documentId }), 0);
  });
});
