import { useStrapi } from '../../helpers/strapi';
import { aSupporter, signUpSupporter } from '../../helpers/supporters';
import { bearer } from '../../helpers/admins';

const app = useStrapi();

const countUsers = () => app.strapi.db.query('plugin::users-permissions.user').count();

describe('supporter accounts', () => {
  it('registers, logs in and reads /users/me', async () => {
    const registration = aSupporter({ firstName: 'Ann', lastName: 'Romney', zip: '02108-1234' });

    const signUp = await app.http().post('/api/auth/local/register').send(registration);
    expect(signUp.status).toBe(200);
    expect(signUp.body.jwt).toEqual(expect.any(String));
    expect(signUp.body.user).toMatchObject({ email: registration.email, username: registration.email, firstName: 'Ann' });
    expect(signUp.body.user.password).toBeUndefined();

    const login = await app.http().post('/api/auth/local').send({ identifier: registration.email, password: registration.password });
    expect(login.status).toBe(200);

    const me = await app.http().get('/api/users/me').set(bearer(login.body.jwt));
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ email: registration.email, firstName: 'Ann', lastName: 'Romney', zip: '02108-1234' });
    expect(me.body.password).toBeUndefined();
    expect(me.body.resetPasswordToken).toBeUndefined();
  });

  it('refuses a password shorter than 10 characters with a 400 and creates nobody', async () => {
    const before = await countUsers();
    const res = await app
      .http()
      .post('/api/auth/local/register')
      .send(aSupporter({ password: 'short-pw1' }));

    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      data: null,
      error: { status: 400, name: 'ValidationError', message: 'Password must be at least 10 characters.' },
    });
    expect(res.body.error.details.errors[0].path).toEqual(['password']);
    expect(await countUsers()).toBe(before);
  });

  it('refuses a duplicate email with a 400, whatever its case', async () => {
    const first = await signUpSupporter(app);
    const res = await app
      .http()
      .post('/api/auth/local/register')
      .send(aSupporter({ email: first.registration.email.toUpperCase() }));

    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ status: 400, message: 'Email or Username are already taken' });
  });

  it('refuses an unknown or forbidden field, username included, with a 400 and creates nobody (SEC-02)', async () => {
    const before = await countUsers();
    for (const extra of [{ favoriteColor: 'red' }, { role: 1 }, { confirmed: true }, { blocked: false }, { username: 'ann-the-great' }]) {
      const res = await app
        .http()
        .post('/api/auth/local/register')
        .send({ ...aSupporter(), ...extra });
      expect(res.status).toBe(400);
      expect(res.body.data).toBeNull();
      expect(res.body.error.name).toBe('ValidationError');
      expect(res.body.error.message).toContain(Object.keys(extra)[0]);
    }
    expect(await countUsers()).toBe(before);
  });

  it('refuses a malformed ZIP and a missing name with 400s', async () => {
    const badZip = await app
      .http()
      .post('/api/auth/local/register')
      .send(aSupporter({ zip: '1234' }));
    expect(badZip.status).toBe(400);
    expect(badZip.body.error.details.errors[0]).toMatchObject({ path: ['zip'] });

    const { firstName, ...noFirstName } = aSupporter();
    const noName = await app.http().post('/api/auth/local/register').send(noFirstName);
    expect(noName.status).toBe(400);
    expect(noName.body.error.details.errors[0]).toMatchObject({ path: ['firstName'] });
  });

  it('sets the username to the email itself', async () => {
    const { user, registration } = await signUpSupporter(app);
    const row = await app.strapi.db.query('plugin::users-permissions.user').findOne({ where: { id: user.id } });
    expect(row.username).toBe(registration.email);
  });

  it('20 simultaneous sign-ups of one email, in mixed case, make exactly one account and one profile; the others get the 400 a taken email gets', async () => {
    const users = app.strapi.db.query('plugin::users-permissions.user');
    const profiles = app.strapi.db.query('plugin::mymitt-profiles.profile');
    const [usersBefore, profilesBefore] = [await users.count(), await profiles.count()];
    const password = 'correct-horse-battery';

    const attempts = Array.from({ length: 20 }, (_, i) =>
      app
        .http()
        .post('/api/auth/local/register')
        .send(aSupporter({ email: i % 2 === 0 ? 'Ann@Example.org' : 'ann@example.org', firstName: 'Ann', password }))
    );
    const answers = await Promise.all(attempts);

    const winners = answers.filter((res) => res.status === 200);
    expect(winners).toHaveLength(1);
    expect(winners[0].body.jwt).toEqual(expect.any(String));
    expect(winners[0].body.user.email).toBe('ann@example.org');
    const losers = answers.filter((res) => res.status !== 200);
    expect(losers).toHaveLength(19);
    for (const res of losers) {
      expect(res.body).toEqual({
        data: null,
        error: { status: 400, name: 'ApplicationError', message: 'Email or Username are already taken', details: { code: 'email_taken' } },
      });
    }

    const accounts = await users.findMany({ where: { email: { $eqi: 'ann@example.org' } } });
    expect(accounts.map((u: any) => u.id)).toEqual([winners[0].body.user.id]);
    expect(await users.count()).toBe(usersBefore + 1);
    // No orphan profile from a losing insert: one profile, the winner's.
    expect(await profiles.count()).toBe(profilesBefore + 1);
    expect(await profiles.count({ where: { userId: winners[0].body.user.id } })).toBe(1);

    const login = await app.http().post('/api/auth/local').send({ identifier: 'ANN@example.org', password });
    expect(login.status).toBe(200);
    expect(login.body.user.id).toBe(winners[0].body.user.id);
  });

  it('refuses malformed JSON with a 400', async () => {
    const res = await app.http().post('/api/auth/local/register').set('Content-Type', 'application/json').send('{"email":');
    expect(res.status).toBe(400);
  });

  it('does not let the public read /users/me', async () => {
    const res = await app.http().get('/api/users/me');
    expect([401, 403]).toContain(res.status);
    expect(res.body.data).toBeNull();
  });
});
