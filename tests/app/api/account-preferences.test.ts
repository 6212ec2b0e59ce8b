/**
 * GET/PUT /api/account/preferences (src/api/account): a signed-in supporter reads and sets the language
 * of the campaign's emails, on their own account only, and nothing else of the account is shown or
 * written. The route needs an account, refuses unknown fields and values with nothing changed, and the
 * next notice to the supporter (a password reset, through the outbox and real SMTP) comes in the
 * language just chosen, its link to the site's page in that language.
 */
import { useSmtpMailbox, linksIn, type MailboxMessage } from '../../helpers/smtp-mailbox';
import { useStrapi } from '../../helpers/strapi';
import { bearer } from '../../helpers/admins';
import { aSupporter, signUpSupporter, type SignedInSupporter } from '../../helpers/supporters';

const SITE_URL = 'https://site.campaign.test';
process.env.SITE_URL = SITE_URL;

const mailbox = useSmtpMailbox();
const app = useStrapi();

const PATH = '/api/account/preferences';
const USER_UID = 'plugin::users-permissions.user';

const read = (jwt: string) => app.http().get(PATH).set(bearer(jwt));
const write = (jwt: string, body: unknown) =>
  app
    .http()
    .put(PATH)
    .set(bearer(jwt))
    .send(body as object);

/** The columns a refused write must leave as they were. */
async function accountRow(userId: number) {
  return app.strapi.db.query(USER_UID).findOne({
    where: { id: userId },
    select: ['preferredLocale', 'firstName', 'lastName', 'email', 'username', 'zip', 'confirmed', 'blocked'],
  });
}

async function grantedActions(roleType: 'public' | 'authenticated') {
  const role = await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: roleType } });
  const rows = await app.strapi.db.query('plugin::users-permissions.permission').findMany({ where: { role: role.id } });
  return rows.map((row: { action: string }) => row.action);
}

describe('my email language: GET and PUT /api/account/preferences', () => {
  let supporter: SignedInSupporter;
  let other: SignedInSupporter;

  beforeAll(async () => {
    supporter = await signUpSupporter(app, { firstName: 'Lena' });
    other = await signUpSupporter(app, { firstName: 'Otto' });
  });

  it('answers the caller’s own language and nothing else of the account, never cached', async () => {
    const res = await read(supporter.jwt);
    expect(res.status).toBe(200);
    // Signed up through the API without a locale: not chosen yet (the committee's default applies).
    expect(res.body).toEqual({ data: { preferredLocale: null }, meta: {} });
    expect(res.headers['cache-control']).toBe('private, no-store');

    // Signed up on the Spanish site: Spanish.
    const registration = aSupporter();
    const signUp = await app
      .http()
      .post('/api/auth/local/register')
      .send({ ...registration, locale: 'es' });
    expect(signUp.status).toBe(200);
    expect((await read(signUp.body.jwt)).body).toEqual({ data: { preferredLocale: 'es' }, meta: {} });
  });

  it('sets the caller’s language only, answers the same shape, and the next read shows it', async () => {
    const before = await accountRow(other.user.id);

    const res = await write(supporter.jwt, { data: { preferredLocale: 'es' } });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ data: { preferredLocale: 'es' }, meta: {} });
    expect(res.headers['cache-control']).toBe('private, no-store');
    expect((await accountRow(supporter.user.id)).preferredLocale).toBe('es');
    expect((await read(supporter.jwt)).body.data).toEqual({ preferredLocale: 'es' });

    // Back to English: a choice can be changed again.
    const back = await write(supporter.jwt, { data: { preferredLocale: 'en' } });
    expect(back.body).toEqual({ data: { preferredLocale: 'en' }, meta: {} });
    expect((await accountRow(supporter.user.id)).preferredLocale).toBe('en');

    // Nobody else's account moved.
    expect(await accountRow(other.user.id)).toEqual(before);
  });

  it('needs an account: anonymous and forged tokens are refused in Strapi’s error shape, nothing written', async () => {
    const before = await accountRow(supporter.user.id);
    for (const [method, headers] of [
      ['get', {}],
      ['put', {}],
      ['get', bearer('not-a-token')],
      ['put', bearer('not-a-token')],
    ] as const) {
      const request = app.http()[method](PATH).set(headers);
      const res = method === 'put' ? await request.send({ data: { preferredLocale: 'es' } }) : await request;
      expect({ method, status: [401, 403].includes(res.status) }).toEqual({ method, status: true });
      expect(res.body).toMatchObject({ data: null, error: { status: res.status, name: expect.any(String), message: expect.any(String) } });
      expect(res.body.error.details.code).toBe(res.status === 401 ? 'unauthorized' : 'forbidden');
      expect(JSON.stringify(res.body)).not.toContain('preferredLocale');
    }
    expect(await accountRow(supporter.user.id)).toEqual(before);
  });

  it('is granted to the Authenticated role, not to Public', async () => {
    const actions = ['api::account.preferences.find', 'api::account.preferences.update'];
    expect(await grantedActions('authenticated')).toEqual(expect.arrayContaining(actions));
    const publicActions = await grantedActions('public');
    for (const action of actions) expect(publicActions).not.toContain(action);
  });

  it('refuses a language it does not have, any other field and an empty body with a 400, and changes nothing', async () => {
    const before = await accountRow(supporter.user.id);
    expect(before.preferredLocale).toBe('en');

    const refused: Array<[string, unknown, string]> = [
      ['unknown language', { data: { preferredLocale: 'fr' } }, 'invalid_request'],
      ['upper case', { data: { preferredLocale: 'ES' } }, 'invalid_request'],
      ['null', { data: { preferredLocale: null } }, 'invalid_request'],
      ['extra field', { data: { preferredLocale: 'es', firstName: 'Mallory' } }, 'invalid_request'],
      ['another account field', { data: { preferredLocale: 'es', email: 'mallory@example.org' } }, 'invalid_request'],
      ['another user', { data: { preferredLocale: 'es', id: other.user.id } }, 'invalid_request'],
      ['nothing to set', { data: {} }, 'invalid_request'],
      ['a key beside data', { data: { preferredLocale: 'es' }, role: 'admin' }, 'invalid_body'],
      ['data not an object', { data: 'es' }, 'invalid_body'],
    ];
    for (const [what, body, code] of refused) {
      const res = await write(supporter.jwt, body);
      expect({ what, status: res.status }).toEqual({ what, status: 400 });
      expect(res.body).toMatchObject({ data: null, error: { status: 400, name: 'ValidationError', message: expect.any(String) } });
      expect({ what, code: res.body.error.details.code }).toEqual({ what, code });
    }
    // The zod issue names the field, for the form to show the message beside it.
    const unknown = await write(supporter.jwt, { data: { preferredLocale: 'fr' } });
    expect(unknown.body.error.details.errors).toEqual([expect.objectContaining({ path: ['preferredLocale'] })]);

    // No query string on this route.
    const query = await app.http().get(`${PATH}?fields=email`).set(bearer(supporter.jwt));
    expect(query.status).toBe(400);
    expect(query.body.error.details.code).toBe('invalid_query');

    expect(await accountRow(supporter.user.id)).toEqual(before);
    expect((await accountRow(other.user.id)).preferredLocale).toBeNull();
  });
});

describe('the next notice comes in the language chosen', () => {
  const RESET_SUBJECT = { en: 'Reset your password', es: 'Restablezca su contraseña' };
  const resetMails = (email: string) => mailbox.messages.filter((m) => m.to.includes(email) && Object.values(RESET_SUBJECT).includes(m.subject));
  const forgot = (email: string) => app.http().post('/api/auth/forgot-password').send({ email });

  /** Asks for a reset and returns the mail it brings (the n-th reset mail to the address). */
  async function resetMail(email: string, nth: number): Promise<MailboxMessage> {
    expect((await forgot(email)).status).toBe(200);
    await mailbox.waitFor(() => resetMails(email).length >= nth);
    return resetMails(email)[nth - 1];
  }

  it('a supporter who signed up in English switches to Spanish: the next reset mail is in Spanish, linking to /es', async () => {
    const registration = aSupporter({ firstName: 'Inés' });
    const signUp = await app
      .http()
      .post('/api/auth/local/register')
      .send({ ...registration, locale: 'en' });
    expect(signUp.status).toBe(200);
    const { jwt } = signUp.body;
    const { email } = registration;

    const english = await resetMail(email, 1);
    expect(english.subject).toBe(RESET_SUBJECT.en);
    expect(english.html).toContain('<html lang="en">');
    expect(new URL(linksIn(english).text[0]).pathname).toBe('/reset-password');

    expect((await write(jwt, { data: { preferredLocale: 'es' } })).status).toBe(200);

    const spanish = await resetMail(email, 2);
    expect(spanish.subject).toBe(RESET_SUBJECT.es);
    expect(spanish.html).toContain('<html lang="es">');
    expect(spanish.text).toContain('Inés');
    const link = new URL(linksIn(spanish).text[0]);
    expect(`${link.origin}${link.pathname}`).toBe(`${SITE_URL}/es/reset-password`);
  });
});
