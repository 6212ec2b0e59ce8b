/**
 * Receipts through the real mail path: the app's nodemailer provider sends over SMTP to a local test
 * server (tests/helpers/smtp-mailbox.ts), which parses what arrived. A monthly gift paid on the sandbox
 * checkout (its signed event reaches our webhook over HTTP) is receipted with a text and an HTML part,
 * and the cancel link in both stops the gift.
 */
import { aDonationBody } from '../../helpers/donation-bodies';
import { eventually } from '../../helpers/eventually';
import { linksIn, useSmtpMailbox } from '../../helpers/smtp-mailbox';
import { useStrapi } from '../../helpers/strapi';
import { useSandboxGateway } from './helpers';

const SITE_URL = 'https://site.campaign.test';
useSandboxGateway();
process.env.SITE_URL = SITE_URL;
process.env.DONATE_RATE_LIMIT = 'false';

const mailbox = useSmtpMailbox();
const app = useStrapi();
const DONATE = '/api/mymitt-fundraising/donations';
const CONTRIBUTIONS = 'plugin::mymitt-fundraising.contribution';
const RECEIPTS = 'plugin::mymitt-fundraising.receipt';

const contribution = (documentId: string) => app.strapi.db.query(CONTRIBUTIONS).findOne({ where: { documentId } });
const ledger = () => app.strapi.plugin('mymitt-fundraising').service('ledger');

/** A gift through the donate route, paid on the sandbox checkout as the site's "Pay (test)" button does. */
async function give(overrides: Record<string, unknown>) {
  const body = aDonationBody(overrides);
  const res = await app.http().post(DONATE).send({ data: body });
  expect(res.status).toBe(201);
  const paid = await app.http().post(`${new URL(res.body.data.checkoutUrl).pathname}/complete`).set('Accept', 'application/json');
  expect(paid.body.data.status).toBe('succeeded');
  expect(paid.body.data.webhookStatuses.every((status: number) => status === 200)).toBe(true);
  return { documentId: res.body.data.documentId as string, email: body.email as string };
}

describe('receipts over SMTP', () => {
  it('a monthly gift: one receipt to the donor, text and HTML, whose cancel link stops the gift', async () => {
    const gift = await give({ amountCents: 1900, firstName: 'Tagg', recurring: true });

    const mail = await mailbox.waitFor((m) => m.to.includes(gift.email));
    expect(mail.envelopeTo).toEqual([gift.email]);
    expect(mail.from).toBe('MyMitt for America <receipts@campaign.test>');
    expect(mail.subject).toMatch(/^Your \$19\.00 contribution to /);
    expect(mail.text).toContain('Dear Tagg,');
    expect(mail.text).toContain('Thank you for your contribution of $19.00');
    expect(mail.text).toContain('monthly gift');
    expect(mail.text).toContain('Contributions to political committees are not tax deductible.');
    expect(mail.html).toContain('<p>Dear Tagg,</p>');
    expect(mail.html).toContain('Thank you for your contribution of $19.00');
    expect(mail.html).toContain('Contributions to political committees are not tax deductible.');
    // The kit closes every notice with the committee's "Paid for by" line (committee settings).
    expect(mail.text.trim().endsWith('Paid for by MyMitt for America.')).toBe(true);
    expect(mail.html).toContain('Paid for by MyMitt for America.');

    // The same signed link in both parts, on the site.
    const links = linksIn(mail);
    expect(links.html).toHaveLength(1);
    expect(links.text).toEqual(links.html);
    const link = new URL(links.html[0]);
    expect(`${link.origin}${link.pathname}`).toBe(`${SITE_URL}/donate/cancel`);
    expect(link.searchParams.get('contribution')).toBe(gift.documentId);

    // Following it: the site's page shows the gift, and its form's post stops it.
    const page = await app.http().get(`${link.pathname}${link.search}`).set('Accept', 'text/html');
    expect(page.status).toBe(200);
    expect(page.text).toContain('Your monthly gift of $19 is charged every month.');
    const token = link.searchParams.get('token');
    const cancel = await app.http().post(`${DONATE}/${gift.documentId}/cancel-recurring-by-link`).send({ data: { token } });
    expect(cancel.status).toBe(202);
    expect(await eventually(async () => Boolean((await contribution(gift.documentId)).recurringCancelledAt), true)).toBe(true);

    const receipts = await app.strapi.db.query(RECEIPTS).findMany({ where: { email: gift.email } });
    expect(receipts.map((r: any) => r.status)).toEqual(['sent']);
    expect(mailbox.to(gift.email)).toHaveLength(1);
  });

  it('a one-time gift carries no cancel link', async () => {
    const gift = await give({ amountCents: 2500, firstName: 'Ann' });
    const mail = await mailbox.waitFor((m) => m.to.includes(gift.email));
    expect(mail.text).toContain('Dear Ann,');
    expect(linksIn(mail)).toEqual({ html: [], text: [] });
  });

  it('a gift recorded without a first name is greeted neutrally, never "Dear null,"', async () => {
    const email = 'nameless@example.org';
    // The column is nullable (rows written by other paths than the donate form): the donor's name is gone.
    const { affirmations: _a, affirmationsVersion: _v, ...donor } = aDonationBody({ email, amountCents: 1200 });
    const created = await ledger().recordPending(donor);
    await app.strapi.db.query(CONTRIBUTIONS).update({ where: { id: created.id }, data: { firstName: null } });
    const row = await ledger().findContribution(created.id);
    expect(row.firstName).toBeNull();
    await app.strapi.db.transaction(async ({ trx }: any) => {
      await ledger().appendRow(trx, row, { kind: 'charge', stripeObjectKey: `charge:nameless_${created.id}`, amountCents: 1200, occurredAt: new Date() });
    });
    const mail = await mailbox.waitFor((m) => m.to.includes(email));
    expect(mail.text).toContain('Dear supporter,');
    expect(mail.html).toContain('<p>Dear supporter,</p>');
    expect(`${mail.text}\n${mail.html}`).not.toMatch(/null|undefined/);
  });

  it('a receipt the mail server refuses (451) is recorded as failed, and the webhook still succeeds', async () => {
    mailbox.setOutage(true);
    try {
      const gift = await give({ amountCents: 1100 });
      const status = await eventually(
        async () => (await app.strapi.db.query(RECEIPTS).findMany({ where: { email: gift.email } })).map((r: any) => r.status).join(','),
        'failed'
      );
      expect(status).toBe('failed');
      const [receipt] = await app.strapi.db.query(RECEIPTS).findMany({ where: { email: gift.email } });
      expect(receipt.error).toContain('451');
      expect(mailbox.to(gift.email)).toEqual([]);
    } finally {
      mailbox.setOutage(false);
    }
  });
});
