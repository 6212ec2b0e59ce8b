/**
 * The account notices a supporter gets through the outbox and real SMTP (src/notices/): the welcome,
 * once per account, in the language they signed up in, with the unsubscribe link a non-transactional
 * notice carries; and, when users-permissions' email confirmation is on, the confirmation mail whose
 * link confirms the account (the welcome then follows the confirmation).
 */
import { drainOutbox, OUTBOX_TABLE, sendNotice, suppressNotices } from '@mymitt/plugin-kit';
import { useSmtpMailbox, linksIn, type MailboxMessage } from '../../helpers/smtp-mailbox';
import { useStrapi } from '../../helpers/strapi';
import { aSupporter, signUpSupporter } from '../../helpers/supporters';

const SITE_URL = 'https://site.campaign.test';
process.env.SITE_URL = SITE_URL;

const mailbox = useSmtpMailbox();
const app = useStrapi();

const USER_UID = 'plugin::users-permissions.user';
let committeeName: string;

beforeAll(async () => {
  const settings = await app.http().get('/api/committee-setting');
  committeeName = settings.body.data.committeeName;
  expect(committeeName).toEqual(expect.any(String));
});

const WELCOME = { en: () => `Welcome to ${committeeName}`, es: () => `Le damos la bienvenida a ${committeeName}` };
const CONFIRM = { en: 'Confirm your email address', es: 'Confirme su dirección de correo' };

const isWelcome = (email: string) => (m: MailboxMessage) => m.to.includes(email) && [WELCOME.en(), WELCOME.es()].includes(m.subject);
const isConfirmation = (email: string) => (m: MailboxMessage) => m.to.includes(email) && Object.values(CONFIRM).includes(m.subject);
const welcomes = (email: string) => mailbox.messages.filter(isWelcome(email));

const register = (body: object) => app.http().post('/api/auth/local/register').send(body);
const login = (identifier: string, password: string) => app.http().post('/api/auth/local').send({ identifier, password });

async function outboxItem(key: string) {
  return app.strapi.db.connection(OUTBOX_TABLE).where('idempotency_key', key).first();
}

describe('the welcome', () => {
  it('is mailed once after sign-up, in English, with the link to the dashboard and an unsubscribe link', async () => {
    const supporter = await signUpSupporter(app, { firstName: 'Rosa' });
    const { email } = supporter.registration;

    const mail = await mailbox.waitFor(isWelcome(email));
    expect(mail.subject).toBe(WELCOME.en());
    expect(mail.from).toBe('MyMitt for America <receipts@campaign.test>');
    expect(mail.text).toContain('Hello Rosa,');
    expect(mail.text).toContain('start your own fundraising page');
    expect(mail.html).toContain('<html lang="en">');

    const links = linksIn(mail);
    expect(links.html).toEqual(links.text);
    expect(links.text).toContain(`${SITE_URL}/account`);
    const unsubscribe = links.text.find((href) => href.startsWith(`${SITE_URL}/unsubscribe?token=`));
    expect(unsubscribe).toBeDefined();
    expect(mail.text).toMatch(/To stop these emails, use this link/);

    // Queued once per account, with the user's id only; queuing it again adds nothing.
    const key = `notice:account.welcome:user:${supporter.user.id}:welcome`;
    const item = await outboxItem(key);
    expect(JSON.parse(item.payload)).toEqual({ userId: supporter.user.id });
    await sendNotice(app.strapi, 'account.welcome', `user:${supporter.user.id}:welcome`, { userId: supporter.user.id });
    await drainOutbox(app.strapi, { now: Date.now() + 3_600_000 });
    expect(welcomes(email)).toHaveLength(1);
    expect((await app.strapi.db.connection(OUTBOX_TABLE).where('idempotency_key', key)).length).toBe(1);

    // Registration stored no language: the account's is null, the committee's default was used.
    const row = await app.strapi.db.query(USER_UID).findOne({ where: { id: supporter.user.id } });
    expect(row.preferredLocale).toBeNull();
  });

  it('is in Spanish, with Spanish links, for a supporter who signs up with locale es (kept as preferredLocale)', async () => {
    const registration = aSupporter({ firstName: 'Lucía' });
    const res = await register({ ...registration, locale: 'es' });
    expect(res.status).toBe(200);
    expect(res.body.user.preferredLocale).toBe('es');
    const row = await app.strapi.db.query(USER_UID).findOne({ where: { id: res.body.user.id } });
    expect(row.preferredLocale).toBe('es');

    const mail = await mailbox.waitFor(isWelcome(registration.email));
    expect(mail.subject).toBe(WELCOME.es());
    expect(mail.text).toContain('Hola, Lucía:');
    expect(mail.text).toContain('Su cuenta de simpatizante está lista');
    expect(mail.text).toContain('Para dejar de recibir estos correos');
    expect(mail.html).toContain('<html lang="es">');
    const links = linksIn(mail).text;
    expect(links).toContain(`${SITE_URL}/es/account`);
    expect(links.some((href) => href.startsWith(`${SITE_URL}/es/unsubscribe?token=`))).toBe(true);

    // The dashboard link opens the Spanish dashboard.
    const page = await app.http().get('/es/account').set('Accept', 'text/html');
    expect(page.status).toBe(200);
    expect(page.text).toContain('<html lang="es">');
  });

  it('refuses a language the site does not have, and creates nobody', async () => {
    const before = await app.strapi.db.query(USER_UID).count();
    const res = await register({ ...aSupporter(), locale: 'fr' });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors[0].path).toEqual(['locale']);
    expect(await app.strapi.db.query(USER_UID).count()).toBe(before);
    // Only `locale`: the account's column itself is not a registration field.
    expect((await register({ ...aSupporter(), preferredLocale: 'es' })).status).toBe(400);
  });

  it('is not sent to an address that unsubscribed (it is not transactional)', async () => {
    const registration = aSupporter();
    await suppressNotices(app.strapi, registration.email);
    const res = await register(registration);
    expect(res.status).toBe(200);
    await drainOutbox(app.strapi);
    const item = await outboxItem(`notice:account.welcome:user:${res.body.user.id}:welcome`);
    expect(item.status).toBe('delivered');
    expect(welcomes(registration.email)).toEqual([]);
  });

  it('is not sent for an account made outside sign-up (the admin, an import)', async () => {
    const registration = aSupporter();
    const user = await app.strapi.documents(USER_UID).create({
      data: { ...registration, username: registration.email, provider: 'local', confirmed: true } as any,
    });
    await drainOutbox(app.strapi);
    expect(await outboxItem(`notice:account.welcome:user:${user.id}:welcome`)).toBeUndefined();
    expect(welcomes(registration.email)).toEqual([]);
  });
});

describe('with email confirmation on', () => {
  const store = () => app.strapi.store({ type: 'plugin', name: 'users-permissions' });
  let advanced: Record<string, unknown>;

  beforeAll(async () => {
    advanced = (await store().get({ key: 'advanced' })) as Record<string, unknown>;
    await store().set({ key: 'advanced', value: { ...advanced, email_confirmation: true } });
  });

  afterAll(async () => {
    await store().set({ key: 'advanced', value: advanced });
  });

  it('sign-up mails the confirmation link; the link confirms the account, then the welcome follows, once', async () => {
    const registration = aSupporter({ firstName: 'Ada' });
    const res = await register(registration);
    expect(res.status).toBe(200);
    expect(res.body.jwt).toBeUndefined();
    expect(res.body.user.confirmed).toBe(false);
    expect((await login(registration.email, registration.password)).status).toBe(400);

    const mail = await mailbox.waitFor(isConfirmation(registration.email));
    expect(mail.subject).toBe(CONFIRM.en);
    expect(mail.text).toContain('Hello Ada,');
    // Transactional: no unsubscribe line.
    expect(mail.text).not.toMatch(/To stop these emails/);
    const links = linksIn(mail);
    expect(links.text).toHaveLength(1);
    expect(links.html).toEqual(links.text);
    const link = new URL(links.text[0]);
    expect(link.pathname).toBe('/api/auth/email-confirmation');
    const token = link.searchParams.get('confirmation')!;
    const before = await app.strapi.db.query(USER_UID).findOne({ where: { id: res.body.user.id } });
    expect(token).toBe(before.confirmationToken);
    // The token is in the account, not in the outbox.
    const [item] = (await app.strapi.db.connection(OUTBOX_TABLE).where('handler', 'notice:account.email-confirmation')).filter(
      (row: any) => JSON.parse(row.payload).userId === res.body.user.id
    );
    expect(JSON.parse(item.payload)).toEqual({ userId: res.body.user.id });

    // No welcome before the address is confirmed.
    await drainOutbox(app.strapi);
    expect(welcomes(registration.email)).toEqual([]);

    const confirmed = await app.http().get(`${link.pathname}${link.search}`);
    expect(confirmed.status).toBe(302);
    expect(confirmed.headers.location).toBe(`${SITE_URL}/login`);
    const after = await app.strapi.db.query(USER_UID).findOne({ where: { id: res.body.user.id } });
    expect(after.confirmed).toBe(true);
    expect(after.confirmationToken).toBeNull();
    expect((await login(registration.email, registration.password)).status).toBe(200);

    await mailbox.waitFor(isWelcome(registration.email));
    // The link works once; the welcome is not sent again.
    expect((await app.http().get(`${link.pathname}${link.search}`)).status).toBe(400);
    await drainOutbox(app.strapi);
    expect(welcomes(registration.email)).toHaveLength(1);
  });

  it('a Spanish speaker gets it in Spanish and lands on the Spanish login page', async () => {
    const registration = aSupporter({ firstName: 'Lucía' });
    const res = await register({ ...registration, locale: 'es' });
    expect(res.status).toBe(200);

    const mail = await mailbox.waitFor(isConfirmation(registration.email));
    expect(mail.subject).toBe(CONFIRM.es);
    expect(mail.text).toContain('confirme su dirección de correo con este enlace');
    const link = new URL(linksIn(mail).text[0]);
    const confirmed = await app.http().get(`${link.pathname}${link.search}`);
    expect(confirmed.status).toBe(302);
    expect(confirmed.headers.location).toBe(`${SITE_URL}/es/login`);

    const welcome = await mailbox.waitFor(isWelcome(registration.email));
    expect(welcome.subject).toBe(WELCOME.es());
  });

  it('asking for the mail again sends a new link; only the newest confirms', async () => {
    const registration = aSupporter();
    expect((await register(registration)).status).toBe(200);
    const first = await mailbox.waitFor(isConfirmation(registration.email));
    const again = await app.http().post('/api/auth/send-email-confirmation').send({ email: registration.email });
    expect(again.status).toBe(200);
    await mailbox.waitFor((m) => isConfirmation(registration.email)(m) && m !== first);
    await drainOutbox(app.strapi);
    const [, second] = mailbox.messages.filter(isConfirmation(registration.email));
    const oldLink = new URL(linksIn(first).text[0]);
    const newLink = new URL(linksIn(second).text[0]);
    expect(newLink.search).not.toBe(oldLink.search);
    expect((await app.http().get(`${oldLink.pathname}${oldLink.search}`)).status).toBe(400);
    expect((await app.http().get(`${newLink.pathname}${newLink.search}`)).status).toBe(302);
    await mailbox.waitFor(isWelcome(registration.email));
  });
});
