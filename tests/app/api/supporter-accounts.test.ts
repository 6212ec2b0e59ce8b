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

  it('refuses an unknown or forbidden field with a 400 and creates nobody (SEC-02)', async () => {
    const before = await countUsers();
    for (const extra of [{ favoriteColor: 'red' }, { role: 1 }, { confirmed: true }, { blocked: false }]) {
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
