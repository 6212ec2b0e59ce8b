import { drainOutbox, publishDomainEvent } from '@mymitt/plugin-kit';
import { useStrapi } from '../../helpers/strapi';
import { eventually } from '../../helpers/eventually';
import { captureEmails } from '../../helpers/outbox';
import { aCheckoutCompleted, postSignedEvent } from '../../helpers/stripe-fake';
import { stripeId } from './helpers';

const SECRET = 'whsec_mymitt_receipts_test';
process.env.STRIPE_WEBHOOK_SECRET = SECRET;

const app = useStrapi();
const RECEIPTS = 'plugin::mymitt-fundraising.receipt';
const ledger = () => app.strapi.plugin('mymitt-fundraising').service('ledger');

let outbox: ReturnType<typeof captureEmails>;
beforeAll(() => {
  outbox = captureEmails(app);
});

const donor = {
  firstName: 'Rita',
  lastName: 'Receipt',
  street: '8 Thanks St',
  city: 'Concord',
  state: 'NH',
  zip: '03301',
  occupation: 'Nurse',
  employer: 'Concord Hospital',
};

async function openGift(email: string, amountCents: number, overrides: Record<string, unknown> = {}) {
  const created = await ledger().recordPending({ ...donor, email, amountCents, ...overrides });
  const sessionId = stripeId('cs');
  await ledger().attachCheckoutSession(created.id, sessionId);
  return { id: created.id as number, sessionId, amountCents };
}

const completed = (gift: { id: number; sessionId: string; amountCents: number }) =>
  aCheckoutCompleted({
    sessionId: gift.sessionId,
    amountCents: gift.amountCents,
    contributionId: gift.id,
    paymentIntentId: stripeId('pi'),
  });

function deliver(event: unknown) {
  return postSignedEvent(app, event, SECRET);
}

const mailsTo = (email: string) => outbox.sent.filter((m) => m.to === email);
const receiptsOf = (contributionId: number) => app.strapi.db.query(RECEIPTS).findMany({ where: { contributionId } });

describe('receipts', () => {
  it('a paid gift produces exactly one receipt even if its event is delivered twice', async () => {
    const elections = await app.strapi.plugin('mymitt-fundraising').service('compliance-config').elections();
    const gift = await openGift('rita@example.org', 5000, { electionId: elections[0].id });
    const event = completed(gift);
    const first = await deliver(event);
    const second = await deliver(event);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect([first.body.outcome, second.body.outcome]).toEqual(['processed', 'duplicate']);

    const sent = await eventually(async () => mailsTo('rita@example.org').length, 1);
    expect(sent).toBe(1);
    const [mail] = mailsTo('rita@example.org');
    expect(mail.subject).toContain('$50.00');
    expect(mail.text).toContain('$50.00');
    expect(mail.text).toContain(`designated for the ${elections[0].name}`);
    expect(mail.text).toContain('Contributions to political committees are not tax deductible.');
    expect(mail.text).toMatch(/received on \d{4}-\d{2}-\d{2}/);
    expect(mail.text).not.toContain('/donate/cancel');

    // The same domain event heard again (another instance, a replay) sends nothing more.
    const receipts = await receiptsOf(gift.id);
    expect(receipts).toHaveLength(1);
    await publishDomainEvent(app.strapi, 'mymitt.donation.succeeded', {
      sourceId: receipts[0].sourceKey,
      contributionId: gift.id,
      purpose: 'donation',
      userId: null,
      fundraiserUserId: null,
      amountCents: 5000,
      occurredAt: new Date().toISOString(),
    });
    await drainOutbox(app.strapi);
    expect(mailsTo('rita@example.org')).toHaveLength(1);
    expect(await receiptsOf(gift.id)).toMatchObject([{ status: 'sent', email: 'rita@example.org' }]);
  });

  it('FEC-12 each installment of a recurring gift gets its own receipt with the cancel link', async () => {
    const created = await ledger().recordPending({ ...donor, email: 'monthly@example.org', amountCents: 2500, recurring: true });
    const contribution = await ledger().findContribution(created.id);
    for (const invoice of ['in_1', 'in_2']) {
      await app.strapi.db.transaction(async ({ trx }: any) => {
        await ledger().appendRow(trx, contribution, {
          kind: 'charge',
          stripeObjectKey: `invoice:${invoice}_${created.id}`,
          amountCents: 2500,
          occurredAt: new Date(),
        });
      });
    }
    expect(await eventually(async () => mailsTo('monthly@example.org').length, 2)).toBe(2);
    const link = app.strapi.plugin('mymitt-fundraising').service('payments').cancelLink(contribution, '');
    expect(link).toMatch(/\/donate\/cancel\?contribution=\w+&token=[\w-]{20,}$/);
    for (const mail of mailsTo('monthly@example.org')) {
      expect(mail.text).toContain('monthly gift');
      // The signed link works without an account (guests give monthly too).
      expect(mail.text).toContain(link);
    }
  });

  it('a failing mail server never fails the webhook: the receipt is recorded as failed', async () => {
    const gift = await openGift('unlucky@example.org', 1000);
    outbox.failNext();
    const res = await deliver(completed(gift));
    expect(res.status).toBe(200);
    expect(res.body.outcome).toBe('processed');
    // A joined string: arrays built by Strapi come from another realm than the test's literals.
    const statuses = await eventually(async () => (await receiptsOf(gift.id)).map((r: any) => r.status).join(','), 'failed');
    expect(statuses).toBe('failed');
    expect(mailsTo('unlucky@example.org')).toHaveLength(0);
  });
});
