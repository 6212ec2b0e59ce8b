/**
 * One-link unsubscribe over real SMTP: a non-transactional notice carries the site's unsubscribe link
 * (text and HTML) and RFC 8058 List-Unsubscribe headers; the link's token posted to
 * POST /api/mymitt-profiles/notices/unsubscribe (as the site's page does, or as a mail client's one-click
 * form) puts the address on the suppression list, after which non-transactional notices skip it while
 * transactional ones still go. A token that is not ours is a 400 and changes nothing.
 */
import {
  drainOutbox,
  OUTBOX_TABLE,
  registerNotice,
  sendNotice,
  SUPPRESSIONS_TABLE,
  unsubscribeToken,
  type NoticeDefinition,
} from '@mymitt/plugin-kit';
import { linksIn, useSmtpMailbox, type MailboxMessage } from '../../helpers/smtp-mailbox';
import { useStrapi } from '../../helpers/strapi';

const SITE_URL = 'https://site.campaign.test';
process.env.SITE_URL = SITE_URL;

const mailbox = useSmtpMailbox();
const app = useStrapi();
const UNSUBSCRIBE = '/api/mymitt-profiles/notices/unsubscribe';

interface Payload {
  email: string;
  locale?: 'en' | 'es';
}

const notice = (key: string, transactional: boolean, subject: string): NoticeDefinition<Payload> => ({
  key,
  transactional,
  description: `test notice ${key}`,
  placeholders: [],
  defaults: { en: { subject, body: 'Hi {{name}},\n\nNews from {{committeeName}}.' }, es: { subject: `${subject} (es)`, body: 'Hola {{name}}:\n\nNoticias.' } },
  async load(_strapi, payload) {
    return { to: { email: payload.email, locale: payload.locale ?? 'en' }, vars: {} };
  },
});

beforeAll(() => {
  registerNotice(app.strapi, notice('test.newsletter', false, 'Campaign news'));
  registerNotice(app.strapi, notice('test.account-notice', true, 'Your account'));
});

let sent = 0;
/** Queues one notice to `email` and waits until the outbox has tried it; the message, if one arrived. */
async function send(key: string, email: string, locale: 'en' | 'es' = 'en'): Promise<MailboxMessage | undefined> {
  const id = `send-${++sent}`;
  const before = mailbox.to(email).length;
  await sendNotice(app.strapi, key, id, { email, locale });
  // Drained = delivered or skipped (the SMTP server has the message before the send returns).
  await drainOutbox(app.strapi);
  const item = await app.strapi.db.connection(OUTBOX_TABLE).where('idempotency_key', `notice:${key}:${id}`).first();
  expect(item.status).toBe('delivered');
  return mailbox.to(email)[before];
}

const suppressed = async () => (await app.strapi.db.connection(SUPPRESSIONS_TABLE).select('email_key')).map((row: any) => row.email_key).sort();

/** The token of the site link in a message (both parts carry the same link). */
function siteLink(message: MailboxMessage): URL {
  const links = linksIn(message);
  const link = links.html.find((href) => href.includes('/unsubscribe?'));
  expect(link).toBeDefined();
  expect(links.text).toContain(link);
  return new URL(link!);
}

describe('unsubscribe', () => {
  it('a non-transactional notice carries the link and the one-click headers; following the link unsubscribes, once and for all', async () => {
    const email = 'Rosa.Delgado@Example.org';
    const mail = await send('test.newsletter', email);
    expect(mail?.subject).toBe('Campaign news');

    const link = siteLink(mail!);
    expect(`${link.origin}${link.pathname}`).toBe(`${SITE_URL}/unsubscribe`);
    const token = link.searchParams.get('token')!;
    expect(mail!.text).toContain('To stop these emails, use this link:');
    expect(mail!.headers['list-unsubscribe']).toMatch(new RegExp(`^<https?://[^>]+${UNSUBSCRIBE}\\?token=${token.replace(/[.]/g, '\\.')}>$`));
    expect(mail!.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');

    // The site page shows the button; its script posts the token as the API's JSON body.
    const page = await app.http().get(`${link.pathname}${link.search}`).set('Accept', 'text/html');
    expect(page.status).toBe(200);
    const res = await app.http().post(UNSUBSCRIBE).send({ data: { token } });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ data: { unsubscribed: true }, meta: {} });
    expect(res.headers['cache-control']).toBe('no-store');
    expect(await suppressed()).toEqual(['rosa.delgado@example.org']);

    // Again: the same answer, one row.
    const again = await app.http().post(UNSUBSCRIBE).send({ data: { token } });
    expect(again.status).toBe(200);
    expect(again.body.data).toEqual({ unsubscribed: true });
    expect(await suppressed()).toEqual(['rosa.delgado@example.org']);
  });

  it('after it, non-transactional notices skip the address while transactional ones still go', async () => {
    const email = 'rosa.delgado@example.org';
    const before = mailbox.to(email).length;
    await send('test.newsletter', email);
    await send('test.account-notice', email);
    const arrived = mailbox.to(email).slice(before);
    expect(arrived.map((m) => m.subject)).toEqual(['Your account']);
    // A transactional notice has no unsubscribe link or header.
    expect(arrived[0].headers['list-unsubscribe']).toBeUndefined();
    expect(linksIn(arrived[0]).text.filter((url) => url.includes('unsubscribe'))).toEqual([]);
  });

  it("a mail client's one-click POST (RFC 8058: ?token= and the form body List-Unsubscribe=One-Click) unsubscribes", async () => {
    const email = 'one.click@example.org';
    const mail = await send('test.newsletter', email, 'es');
    expect(mail?.subject).toBe('Campaign news (es)');
    expect(`${siteLink(mail!).origin}${siteLink(mail!).pathname}`).toBe(`${SITE_URL}/es/unsubscribe`);
    expect(mail!.text).toContain('Para dejar de recibir estos correos, use este enlace:');

    const header = /^<(.+)>$/.exec(mail!.headers['list-unsubscribe'])![1];
    const target = new URL(header);
    expect(target.pathname).toBe(UNSUBSCRIBE);
    const res = await app
      .http()
      .post(`${target.pathname}${target.search}`)
      .type('form')
      .send('List-Unsubscribe=One-Click');
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({ unsubscribed: true });
    expect(await suppressed()).toContain(email);

    const before = mailbox.to(email).length;
    await send('test.newsletter', email, 'es');
    expect(mailbox.to(email).length).toBe(before);
  });

  it('a token that is not ours, or none, is a 400 and changes nothing', async () => {
    const before = await suppressed();
    const good = unsubscribeToken(app.strapi, 'someone@example.org');
    const [, signature] = good.split('.');
    const forged = `${Buffer.from('victim@example.org').toString('base64url')}.${signature}`;

    for (const token of ['garbage', forged, `${good}x`, `${good}.extra`]) {
      const res = await app.http().post(UNSUBSCRIBE).send({ data: { token } });
      expect({ token, status: res.status }).toEqual({ token, status: 400 });
      expect(res.body).toMatchObject({ data: null, error: { status: 400, name: 'ValidationError', details: { code: 'invalid_unsubscribe_token' } } });
    }
    const oneClick = await app.http().post(`${UNSUBSCRIBE}?token=${forged}`).type('form').send('List-Unsubscribe=One-Click');
    expect(oneClick.status).toBe(400);
    expect(oneClick.body.error.details.code).toBe('invalid_unsubscribe_token');

    const missing = await app.http().post(UNSUBSCRIBE).send({ data: {} });
    expect(missing.status).toBe(400);
    expect(missing.body.error.details.code).toBe('invalid_request');
    const twoTokens = await app.http().post(`${UNSUBSCRIBE}?token=${good}`).send({ data: { token: forged } });
    expect(twoTokens.status).toBe(400);
    const extraField = await app.http().post(UNSUBSCRIBE).send({ data: { token: good, email: 'victim@example.org' } });
    expect(extraField.status).toBe(400);
    expect(extraField.body.error.details.code).toBe('invalid_request');
    const extraQuery = await app.http().post(`${UNSUBSCRIBE}?token=${good}&email=x`).type('form').send('List-Unsubscribe=One-Click');
    expect(extraQuery.status).toBe(400);
    const wrongForm = await app.http().post(`${UNSUBSCRIBE}?token=${good}`).type('form').send('List-Unsubscribe=Yes');
    expect(wrongForm.status).toBe(400);

    expect(await suppressed()).toEqual(before);
  });
});
