/**
 * A supporter who forgot a password gets the `account.password-reset` notice through the outbox and the
 * real mail path (nodemailer over SMTP to a local test server): its link opens the site's reset page in
 * the supporter's language, and the code it carries sets a new password. The code is read from the
 * account at delivery, never written in the outbox. The route answers the same for unknown addresses and
 * while the relay is down; the outbox delivers the mail once the relay is back.
 */
import { drainOutbox, OUTBOX_TABLE } from '@mymitt/plugin-kit';
import { useSmtpMailbox, linksIn, type MailboxMessage } from '../../helpers/smtp-mailbox';
import { useStrapi } from '../../helpers/strapi';
import { aSupporter, signUpSupporter } from '../../helpers/supporters';

const SITE_URL = 'https://site.campaign.test';
process.env.SITE_URL = SITE_URL;

const mailbox = useSmtpMailbox();
const app = useStrapi();

const RESET_SUBJECT = { en: 'Reset your password', es: 'Restablezca su contraseña' };
const isReset = (email: string) => (m: MailboxMessage) => m.to.includes(email) && Object.values(RESET_SUBJECT).includes(m.subject);
const resetMails = (email: string) => mailbox.messages.filter(isReset(email));

const forgot = (email: string) => app.http().post('/api/auth/forgot-password').send({ email });
const login = (identifier: string, password: string) => app.http().post('/api/auth/local').send({ identifier, password });

/** The reset notices queued for a user, as the outbox holds them. */
async function resetItems(userId: number) {
  const rows = await app.strapi.db.connection(OUTBOX_TABLE).where('handler', 'notice:account.password-reset').orderBy('id');
  return rows.filter((row: any) => JSON.parse(row.payload)?.userId === userId);
}

/** The reset link of a mail: one link, the same in the text and the HTML part. */
function resetLinkOf(mail: MailboxMessage): URL {
  const links = linksIn(mail);
  expect(links.text).toHaveLength(1);
  expect(links.html).toEqual(links.text);
  return new URL(links.text[0]);
}

async function resetWith(code: string, password: string) {
  return app.http().post('/api/auth/reset-password').send({ code, password, passwordConfirmation: password });
}

describe('password reset by email', () => {
  it('mails one link to the site’s reset page; the code in it sets a new password the supporter logs in with', async () => {
    const supporter = await signUpSupporter(app, { firstName: 'Rosa' });
    const { email } = supporter.registration;

    const asked = await forgot(email);
    expect(asked.status).toBe(200);
    expect(asked.body).toEqual({ ok: true });

    const mail = await mailbox.waitFor(isReset(email));
    expect(mail.envelopeTo).toEqual([email]);
    expect(mail.subject).toBe(RESET_SUBJECT.en);
    // From the campaign (MAIL_FROM), not users-permissions' stock no-reply@strapi.io.
    expect(mail.from).toBe('MyMitt for America <receipts@campaign.test>');
    expect(mail.replyTo).toBe('help@campaign.test');
    expect(mail.text).toContain('Hello Rosa,');
    expect(mail.text).toContain('reset the password');
    expect(mail.text).not.toContain('<p>');
    // Transactional: no unsubscribe line.
    expect(mail.text).not.toMatch(/unsubscribe/i);
    const link = resetLinkOf(mail);
    expect(`${link.origin}${link.pathname}`).toBe(`${SITE_URL}/reset-password`);
    const code = link.searchParams.get('code')!;
    expect(code).toMatch(/^[a-f0-9]{128}$/);

    // The outbox holds the user's id only; the code was read from the account at delivery. (The drain
    // waits for the worker to record the delivery it made.)
    await drainOutbox(app.strapi);
    const items = await resetItems(supporter.user.id);
    expect(items).toHaveLength(1);
    expect(JSON.parse(items[0].payload)).toEqual({ userId: supporter.user.id });
    expect(items[0].status).toBe('delivered');
    const row = await app.strapi.db.query('plugin::users-permissions.user').findOne({ where: { id: supporter.user.id } });
    expect(row.resetPasswordToken).toBe(code);

    // The site serves that page: it holds the form its script fills with ?code= (src/site/browser/account/reset-password.ts).
    const page = await app.http().get(`${link.pathname}${link.search}`).set('Accept', 'text/html');
    expect(page.status).toBe(200);
    expect(page.text).toContain('data-form="reset-password"');

    const newPassword = 'a-brand-new-password-2012';
    const reset = await resetWith(code, newPassword);
    expect(reset.status).toBe(200);
    expect(reset.body.user.email).toBe(email);

    expect((await login(email, newPassword)).status).toBe(200);
    expect((await login(email, supporter.registration.password)).status).toBe(400);
    // A code works once.
    expect((await resetWith(code, 'yet-another-password')).status).toBe(400);

    // Once: nothing else was queued or sent for this request.
    await drainOutbox(app.strapi);
    expect(resetMails(email)).toHaveLength(1);
  });

  it('a Spanish-speaking supporter gets it in Spanish, with the link to the Spanish reset page', async () => {
    const registration = aSupporter({ firstName: 'Lucía' });
    const signUp = await app
      .http()
      .post('/api/auth/local/register')
      .send({ ...registration, locale: 'es' });
    expect(signUp.status).toBe(200);
    expect(signUp.body.user.preferredLocale).toBe('es');

    expect((await forgot(registration.email)).status).toBe(200);
    const mail = await mailbox.waitFor(isReset(registration.email));
    expect(mail.subject).toBe(RESET_SUBJECT.es);
    expect(mail.text).toContain('Hola, Lucía:');
    expect(mail.text).toContain('Elija una nueva contraseña aquí');
    expect(mail.html).toContain('<html lang="es">');
    const link = resetLinkOf(mail);
    expect(`${link.origin}${link.pathname}`).toBe(`${SITE_URL}/es/reset-password`);

    const page = await app.http().get(`${link.pathname}${link.search}`).set('Accept', 'text/html');
    expect(page.status).toBe(200);
    expect(page.text).toContain('<html lang="es">');
    expect(page.text).toContain('data-form="reset-password"');

    const newPassword = 'una-contraseña-nueva-2024';
    expect((await resetWith(link.searchParams.get('code')!, newPassword)).status).toBe(200);
    expect((await login(registration.email, newPassword)).status).toBe(200);
    expect(resetMails(registration.email)).toHaveLength(1);
  });

  it('an unknown address gets the same answer, and nothing is queued or mailed (no account enumeration)', async () => {
    const known = await signUpSupporter(app);
    const queuedBefore = (await app.strapi.db.connection(OUTBOX_TABLE).where('handler', 'notice:account.password-reset')).length;

    const unknown = await forgot('nobody-here@example.org');
    expect(unknown.status).toBe(200);
    expect(unknown.body).toEqual({ ok: true });
    await drainOutbox(app.strapi);
    expect((await app.strapi.db.connection(OUTBOX_TABLE).where('handler', 'notice:account.password-reset')).length).toBe(queuedBefore);
    expect(mailbox.to('nobody-here@example.org')).toEqual([]);

    const real = await forgot(known.registration.email);
    expect([real.status, real.body]).toEqual([unknown.status, unknown.body]);
    await mailbox.waitFor(isReset(known.registration.email));
    await drainOutbox(app.strapi);
    expect(resetMails(known.registration.email)).toHaveLength(1);
  });

  it('while the mail server refuses (451), asking answers 200 and the notice waits; once the relay is back, the outbox delivers one mail whose link works', async () => {
    const supporter = await signUpSupporter(app);
    const { email } = supporter.registration;
    // The welcome goes out first, so the outage only holds the reset.
    await drainOutbox(app.strapi);

    mailbox.setOutage(true);
    try {
      const res = await forgot(email);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ ok: true });
      // Whatever tries it first (the worker, woken at commit, or this drain), the attempt fails and the item waits for a retry.
      await drainOutbox(app.strapi);
      const [item] = await resetItems(supporter.user.id);
      expect(item.status).toBe('pending');
      expect(Number(item.attempts)).toBeGreaterThanOrEqual(1);
      expect(item.last_error).toMatch(/451/);
      expect(Number(item.available_at)).toBeGreaterThan(Date.now());
      expect(resetMails(email)).toEqual([]);
    } finally {
      mailbox.setOutage(false);
    }

    // The retry (30 s later at the soonest) is taken now by draining as if an hour had passed.
    await drainOutbox(app.strapi, { now: Date.now() + 3_600_000 });
    expect(resetMails(email)).toHaveLength(1);
    const [item] = await resetItems(supporter.user.id);
    expect(item.status).toBe('delivered');

    const code = resetLinkOf(resetMails(email)[0]).searchParams.get('code')!;
    const newPassword = 'after-the-outage-2024';
    expect((await resetWith(code, newPassword)).status).toBe(200);
    expect((await login(email, newPassword)).status).toBe(200);
  });

  it('a bad request is still a 400', async () => {
    const res = await app.http().post('/api/auth/forgot-password').send({ email: 'not-an-email' });
    expect(res.status).toBe(400);
    expect(res.body.error.name).toBe('ValidationError');
    const extra = await app.http().post('/api/auth/forgot-password').send({ email: 'someone@example.org', url: 'https://evil.test' });
    expect(extra.status).toBe(400);
  });
});
