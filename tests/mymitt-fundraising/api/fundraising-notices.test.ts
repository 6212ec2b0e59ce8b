/**
 * Fundraising's kit notices through the real mail path (a local SMTP server) and the signed webhook:
 * the receipt in the language the gift was made in, once per paid movement however often Stripe
 * delivers it and across a mail outage; the refund notice once per refund; a fundraising page's 50% and
 * 100% milestones once each, ever.
 */
import { drainOutbox, OUTBOX_TABLE } from '@mymitt/plugin-kit';
import { bearer } from '../../helpers/admins';
import { aDonationBody } from '../../helpers/donation-bodies';
import { eventually } from '../../helpers/eventually';
import { linksIn, useSmtpMailbox, type MailboxMessage } from '../../helpers/smtp-mailbox';
import { useStrapi } from '../../helpers/strapi';
import { postSignedEvent } from '../../helpers/stripe-fake';
import { signUpSupporter, type SignedInSupporter } from '../../helpers/supporters';
import { anEvent, completed, openGift, refunded, stripeId, useStripeFake, type Gift } from './helpers';

const SECRET = 'whsec_mymitt_fundraising_notices_test';
const SITE_URL = 'https://site.campaign.test';
process.env.STRIPE_WEBHOOK_SECRET = SECRET;
process.env.SITE_URL = SITE_URL;
process.env.DONATE_RATE_LIMIT = 'false';

const fake = useStripeFake('sk_test_mymitt_fundraising_notices');
const mailbox = useSmtpMailbox();
const app = useStrapi();

const API = '/api/mymitt-fundraising';
const CONTRIBUTIONS = 'plugin::mymitt-fundraising.contribution';
const PAGES = 'plugin::mymitt-fundraising.fundraising-page';
const RECEIPTS = 'plugin::mymitt-fundraising.receipt';
const DISCLAIMER = 'Paid for by MyMitt for America.';

const contributionOf = (documentId: string) => app.strapi.db.query(CONTRIBUTIONS).findOne({ where: { documentId } });
const receiptsOf = (contributionId: number) => app.strapi.db.query(RECEIPTS).findMany({ where: { contributionId } });
const outboxItem = (key: string) => app.strapi.db.connection(OUTBOX_TABLE).where('idempotency_key', key).first();

/** Posts a signed event as Stripe does and expects it accepted; answers the webhook's outcome. */
async function deliver(event: unknown): Promise<string> {
  const res = await postSignedEvent(app, event, SECRET);
  expect(res.status).toBe(200);
  return res.body.outcome;
}

/** POST /donations as the site's donate form sends it; the pending contribution it opened. */
async function donate(overrides: Record<string, unknown>) {
  const body = aDonationBody(overrides);
  const res = await app.http().post(`${API}/donations`).send({ data: body });
  expect(res.status).toBe(201);
  const row = await contributionOf(res.body.data.documentId);
  return { row, email: body.email as string, documentId: res.body.data.documentId as string };
}

/** The two events Stripe sends for the first month of a monthly gift: the completed session, then the paid invoice. */
function monthlyPaid(row: { id: number; checkoutSessionId: string; amountCents: number | string }) {
  const subscription = stripeId('sub');
  const customer = stripeId('cus');
  const metadata = { contributionId: String(row.id) };
  return [
    anEvent('checkout.session.completed', {
      id: row.checkoutSessionId,
      object: 'checkout.session',
      mode: 'subscription',
      status: 'complete',
      payment_status: 'paid',
      amount_total: Number(row.amountCents),
      currency: 'usd',
      subscription,
      customer,
      metadata,
    }),
    anEvent('invoice.paid', {
      id: stripeId('in'),
      object: 'invoice',
      customer,
      amount_paid: Number(row.amountCents),
      billing_reason: 'subscription_create',
      status_transitions: { paid_at: Math.floor(Date.now() / 1000) },
      parent: { type: 'subscription_details', subscription_details: { subscription, metadata } },
    }),
  ];
}

/** A one-time gift's checkout.session.completed, as a Gift the helpers' refund events take. */
function oneTime(row: { id: number; checkoutSessionId: string; amountCents: number | string }): Gift {
  return {
    id: row.id,
    amount: Number(row.amountCents),
    sessionId: row.checkoutSessionId,
    paymentIntentId: stripeId('pi'),
    chargeId: stripeId('ch'),
  };
}

/** Every due outbox item delivered (listeners, then the notices they queued). */
const settle = () => drainOutbox(app.strapi);

describe('fundraising notices', () => {
  describe('the receipt (donation.receipt)', () => {
    it('is written in Spanish for a gift made on the Spanish site, with the disclaimer and a cancel link that works', async () => {
      const gift = await donate({ amountCents: 1900, firstName: 'Lucía', recurring: true, locale: 'es' });
      expect(gift.row.locale).toBe('es');
      for (const event of monthlyPaid(gift.row)) await deliver(event);

      const mail = await mailbox.waitFor((m) => m.to.includes(gift.email));
      expect(mail.subject).toBe('Su contribución de $19.00 a MyMitt for America');
      expect(mail.text).toContain('Estimado/a Lucía:');
      expect(mail.text).toContain('Gracias por su contribución de $19.00 a MyMitt for America, recibida el');
      expect(mail.text).toMatch(/Está designada para la Elección \w+ de \d{4}\./);
      expect(mail.text).toContain('Este es un pago de su contribución mensual.');
      expect(mail.text).toContain('Las contribuciones a comités políticos no son deducibles de impuestos.');
      expect(mail.text).toMatch(/Referencia del recibo: R\d+-C\d+/);
      expect(mail.text).not.toMatch(/Thank you|Dear|tax deductible/);
      // The committee's "Paid for by" line closes it, in both parts.
      expect(mail.text.trim().endsWith(DISCLAIMER)).toBe(true);
      expect(mail.html).toContain(`<p style="color:#555;font-size:13px">${DISCLAIMER}</p>`);
      expect(mail.html).toContain('<html lang="es">');
      // Transactional: no unsubscribe link or header.
      expect(mail.headers['list-unsubscribe']).toBeUndefined();

      // One link, the same in both parts: the Spanish cancel page of this gift, signed.
      const links = linksIn(mail);
      expect(links.html).toHaveLength(1);
      expect(links.text).toEqual(links.html);
      const link = new URL(links.html[0]);
      expect(`${link.origin}${link.pathname}`).toBe(`${SITE_URL}/es/donate/cancel`);
      expect(link.searchParams.get('contribution')).toBe(gift.documentId);
      const page = await app.http().get(`${link.pathname}${link.search}`).set('Accept', 'text/html');
      expect(page.status).toBe(200);
      expect(page.text).toContain('Tu donación mensual de $19 se cobra cada mes.');
      // Its token stops the gift: the subscription is cancelled at Stripe.
      const cancel = await app
        .http()
        .post(`${API}/donations/${gift.documentId}/cancel-recurring-by-link`)
        .send({ data: { token: link.searchParams.get('token') } });
      expect(cancel.status).toBe(202);
      expect(cancel.body.data).toEqual({ documentId: gift.documentId, cancelling: true, alreadyCancelled: false });
      const row = await contributionOf(gift.documentId);
      expect(fake.requests.some((r) => r.method === 'DELETE' && r.path === `/v1/subscriptions/${row.subscriptionId}`)).toBe(true);
      expect(mailbox.to(gift.email)).toHaveLength(1);
    });

    it('a gift made on the English site is receipted in English, greeting a donor without a name neutrally', async () => {
      const gift = await donate({ amountCents: 2500, locale: 'en' });
      await app.strapi.db.query(CONTRIBUTIONS).update({ where: { id: gift.row.id }, data: { firstName: null } });
      await deliver(completed(oneTime(gift.row)));
      const mail = await mailbox.waitFor((m) => m.to.includes(gift.email));
      expect(mail.subject).toBe('Your $25.00 contribution to MyMitt for America');
      expect(mail.text.startsWith('Dear supporter,\n\nThank you for your contribution of $25.00 to MyMitt for America, received on ')).toBe(
        true
      );
      expect(mail.text).toContain('Contributions to political committees are not tax deductible.');
      expect(mail.text.trim().endsWith(DISCLAIMER)).toBe(true);
      expect(linksIn(mail)).toEqual({ html: [], text: [] });
    });

    it('the same webhook event delivered five times sends exactly one receipt', async () => {
      const gift = await donate({ amountCents: 3100 });
      const event = completed(oneTime(gift.row));
      const outcomes: string[] = [];
      for (let i = 0; i < 5; i += 1) outcomes.push(await deliver(event));
      expect(outcomes).toEqual(['processed', 'duplicate', 'duplicate', 'duplicate', 'duplicate']);

      await mailbox.waitFor((m) => m.to.includes(gift.email));
      await settle();
      // A sixth delivery once the receipt went out changes nothing either.
      expect(await deliver(event)).toBe('duplicate');
      await settle();
      expect(mailbox.to(gift.email)).toHaveLength(1);
      expect((await receiptsOf(gift.row.id)).map((r: any) => r.status).join(',')).toBe('sent');
    });

    it('during an SMTP outage the receipt waits in the outbox with its error, and goes once when the relay is back', async () => {
      const gift = await donate({ amountCents: 4200 });
      const paid = oneTime(gift.row);
      const key = `event:mymitt.donation.succeeded:mymitt-fundraising.receipt:payment:${paid.paymentIntentId}`;
      mailbox.setOutage(true);
      try {
        await deliver(completed(paid));
        const failed = await eventually(
          async () => Number((await outboxItem(key))?.attempts ?? 0) >= 1 && Boolean((await outboxItem(key))?.last_error),
          true
        );
        expect(failed).toBe(true);
        const item = await outboxItem(key);
        expect(item.status).toBe('pending');
        expect(item.last_error).toContain('451');
        // Its retry waits (backoff from 30 s): a drain now does not take it.
        await settle();
        expect((await outboxItem(key)).status).toBe('pending');
        expect(mailbox.to(gift.email)).toEqual([]);
        expect((await receiptsOf(gift.row.id)).map((r: any) => r.status).join(',')).toBe('failed');
      } finally {
        mailbox.setOutage(false);
      }

      await drainOutbox(app.strapi, { now: Date.now() + 3_600_000 });
      expect(mailbox.to(gift.email)).toHaveLength(1);
      const item = await outboxItem(key);
      expect(item.status).toBe('delivered');
      expect(item.last_error).toBeNull();
      const [receipt] = await receiptsOf(gift.row.id);
      expect(receipt).toMatchObject({ status: 'sent', error: null });
      // The retry is the same message to the donor's mail client.
      const [mail] = mailbox.to(gift.email);
      expect(mail.text).toContain(`Receipt reference: R${receipt.id}-C${gift.row.id}`);
      await settle();
      expect(mailbox.to(gift.email)).toHaveLength(1);
    });
  });

  describe('the refund notice (donation.refunded)', () => {
    it('tells the donor once per refund: amount, the gift date and the committee, in the gift language', async () => {
      const gift = await donate({ amountCents: 6000, firstName: 'Rosa', locale: 'es' });
      const paid = oneTime(gift.row);
      await deliver(completed(paid));
      await mailbox.waitFor((m) => m.to.includes(gift.email));

      const first = { id: stripeId('re'), amount: 1500 };
      const refundEvent = refunded(paid, [first]);
      expect(await deliver(refundEvent)).toBe('processed');
      expect(await deliver(refundEvent)).toBe('duplicate');
      const notice = await mailbox.waitFor((m) => m.to.includes(gift.email) && m.subject.includes('reembolso'));
      expect(notice.subject).toBe('Su reembolso de $15.00 de MyMitt for America');
      expect(notice.text).toContain('Estimado/a Rosa:');
      expect(notice.text).toMatch(/Le hemos reembolsado \$15\.00 de la contribución que hizo a MyMitt for America el \d{4}-\d{2}-\d{2}\./);
      expect(notice.text.trim().endsWith(DISCLAIMER)).toBe(true);

      // Stripe's next charge.refunded lists both refunds: only the new one is news.
      const second = { id: stripeId('re'), amount: 500 };
      await deliver(refunded(paid, [first, second]));
      await mailbox.waitFor((m) => m.to.includes(gift.email) && m.subject.includes('$5.00'));
      await settle();
      const refundMails = mailbox.to(gift.email).filter((m) => m.subject.includes('reembolso'));
      expect(refundMails.map((m) => m.subject)).toEqual([
        'Su reembolso de $15.00 de MyMitt for America',
        'Su reembolso de $5.00 de MyMitt for America',
      ]);
    });

    it('a gift made in English gets its refund notice in English', async () => {
      const gift = await donate({ amountCents: 2000, firstName: 'Ray', locale: 'en' });
      const paid = oneTime(gift.row);
      await deliver(completed(paid));
      await deliver(refunded(paid, [{ id: stripeId('re'), amount: 2000 }]));
      const notice = await mailbox.waitFor((m) => m.to.includes(gift.email) && m.subject.startsWith('Your refund'));
      expect(notice.subject).toBe('Your refund of $20.00 from MyMitt for America');
      expect(notice.text).toMatch(
        /^Dear Ray,\n\nWe have refunded \$20\.00 of the contribution you made to MyMitt for America on \d{4}-\d{2}-\d{2}\./
      );
    });
  });

  describe('page milestones (page.milestone)', () => {
    let owner: SignedInSupporter;

    beforeAll(async () => {
      owner = await signUpSupporter(app, { firstName: 'Paula' });
    });

    async function createPage(title: string, goalCents: number) {
      const res = await app.http().post(`${API}/pages`).set(bearer(owner.jwt)).send({ data: { title, goalCents } });
      expect(res.status).toBe(201);
      const row = await app.strapi.db.query(PAGES).findOne({ where: { documentId: res.body.data.documentId } });
      return { id: row.id as number, slug: res.body.data.slug as string };
    }

    /** A paid gift credited to the page, through the signed webhook. */
    async function giveToPage(pageId: number, amountCents: number) {
      const gift = await openGift(app, { amountCents, pageId, email: `page-donor-${stripeId('d')}@example.org` });
      await deliver(completed(gift));
      await settle();
      return gift;
    }

    const milestoneMails = (slug: string) =>
      mailbox.to(owner.user.email).filter((m: MailboxMessage) => m.text.includes(`${SITE_URL}/fundraise/${slug}`));

    it("tells the owner at 50% and at 100% of the page's goal, once each, never again after a refund and a new crossing", async () => {
      const page = await createPage('Paula for the win', 10_000);

      await giveToPage(page.id, 3000);
      expect(milestoneMails(page.slug)).toHaveLength(0);

      await giveToPage(page.id, 2500);
      const halfway = await mailbox.waitFor((m) => m.to.includes(owner.user.email) && m.subject.includes('halfway'));
      expect(halfway.subject).toBe('Your page is halfway to its goal');
      expect(halfway.text).toContain('Dear Paula,');
      expect(halfway.text).toContain('Your fundraising page "Paula for the win" is halfway to its goal: it has raised $55.00 of $100.00.');
      // Not transactional: the unsubscribe link and header, after the disclaimer.
      expect(halfway.text).toContain(DISCLAIMER);
      expect(halfway.text).toMatch(/To stop these emails, use this link: https:\/\/site\.campaign\.test\/unsubscribe\?token=/);
      expect(halfway.headers['list-unsubscribe']).toMatch(/notices\/unsubscribe\?token=/);
      expect(linksIn(halfway).html[0]).toBe(`${SITE_URL}/fundraise/${page.slug}`);

      const big = await giveToPage(page.id, 5000);
      const goal = await mailbox.waitFor((m) => m.to.includes(owner.user.email) && m.subject.includes('reached its goal'));
      expect(goal.subject).toBe('Your page reached its goal!');
      expect(goal.text).toContain('has reached its goal of $100.00. It has raised $105.00 so far.');
      expect(milestoneMails(page.slug)).toHaveLength(2);

      // A refund takes the page back under both milestones; a new gift crosses both again: nothing new.
      await deliver(refunded(big, [{ id: stripeId('re'), amount: 5000 }]));
      await deliver(refunded(await giveToPage(page.id, 1000), [{ id: stripeId('re'), amount: 1000 }]));
      await settle();
      await giveToPage(page.id, 6000);
      await settle();
      expect(milestoneMails(page.slug).map((m) => m.subject)).toEqual(['Your page is halfway to its goal', 'Your page reached its goal!']);
      const keys = await app.strapi.db
        .connection(OUTBOX_TABLE)
        .where('idempotency_key', 'like', `notice:page.milestone:page:${page.id}:%`)
        .orderBy('id')
        .select('idempotency_key', 'status');
      expect(keys).toEqual([
        { idempotency_key: `notice:page.milestone:page:${page.id}:milestone:50`, status: 'delivered' },
        { idempotency_key: `notice:page.milestone:page:${page.id}:milestone:100`, status: 'delivered' },
      ]);
    });

    it('a gift that passes the whole goal at once sends the goal notice only, and halfway never comes later', async () => {
      const page = await createPage('Paula goes big', 4000);
      const gift = await giveToPage(page.id, 5000);
      await mailbox.waitFor((m) => m.to.includes(owner.user.email) && m.text.includes(`/fundraise/${page.slug}`));
      await deliver(refunded(gift, [{ id: stripeId('re'), amount: 5000 }]));
      await giveToPage(page.id, 2500);
      await settle();
      expect(milestoneMails(page.slug).map((m) => m.subject)).toEqual(['Your page reached its goal!']);
    });
  });
});
