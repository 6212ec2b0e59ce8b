import { useStrapi } from '../../helpers/strapi';
import { signUpSupporter } from '../../helpers/supporters';

/**
 * Strapi's REST conventions on the plugin routes (kit: rest-envelope, error-codes): `{ data }` write bodies,
 * `{ data, meta }` answers, and a stable `error.details.code` on every refusal under a plugin prefix.
 */
describe('REST conventions on plugin routes', () => {
  const app = useStrapi();

  it('takes a write body as { data: {...} } and answers { data, meta }', async () => {
    const supporter = await signUpSupporter(app);
    const res = await app
      .http()
      .put('/api/mymitt-profiles/profiles/me')
      .set('Authorization', `Bearer ${supporter.jwt}`)
      .send({ data: { bio: 'Knocking doors in Concord.' } });
    expect(res.status).toBe(200);
    expect(res.body.data.bio).toBe('Knocking doors in Concord.');
    expect(res.body.meta).toEqual({});
    expect(res.headers.deprecation).toBeUndefined();
  });

  it('still takes a bare body for one release, flagged with a Deprecation header', async () => {
    const supporter = await signUpSupporter(app);
    const res = await app
      .http()
      .put('/api/mymitt-profiles/profiles/me')
      .set('Authorization', `Bearer ${supporter.jwt}`)
      .send({ bio: 'Phone banking on Tuesdays.' });
    expect(res.status).toBe(200);
    expect(res.body.data.bio).toBe('Phone banking on Tuesdays.');
    expect(res.headers.deprecation).toBe('true');
  });

  it('refuses data beside other keys, or data that is not an object, with invalid_body and changes nothing', async () => {
    const supporter = await signUpSupporter(app);
    const put = (body: unknown) =>
      app
        .http()
        .put('/api/mymitt-profiles/profiles/me')
        .set('Authorization', `Bearer ${supporter.jwt}`)
        .send(body as object);

    const beside = await put({ data: { bio: 'first' }, bio: 'second' });
    expect(beside.status).toBe(400);
    expect(beside.body).toMatchObject({ data: null, error: { status: 400, name: 'ValidationError', details: { code: 'invalid_body' } } });

    const notObject = await put({ data: 'bio' });
    expect(notObject.status).toBe(400);
    expect(notObject.body.error.details.code).toBe('invalid_body');

    const me = await app.http().get('/api/mymitt-profiles/profiles/me').set('Authorization', `Bearer ${supporter.jwt}`);
    expect(me.body.data.bio ?? null).toBeNull();
  });

  it('gives every refusal a stable details.code: bad fields, no token, unknown route, failed login, unknown parameter', async () => {
    const supporter = await signUpSupporter(app);
    const invalid = await app
      .http()
      .put('/api/mymitt-profiles/profiles/me')
      .set('Authorization', `Bearer ${supporter.jwt}`)
      .send({ data: { role: 'admin' } });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.details.code).toBe('invalid_request');

    const anonymous = await app.http().get('/api/mymitt-profiles/profiles/me');
    expect([401, 403]).toContain(anonymous.status);
    expect(anonymous.body.error.details.code).toBe(anonymous.status === 401 ? 'unauthorized' : 'forbidden');

    const unknown = await app.http().get('/api/mymitt-profiles/no-such-route');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ data: null, error: { status: 404, name: 'NotFoundError', details: { code: 'not_found' } } });

    const login = await app.http().post('/api/auth/local').send({ identifier: 'nobody@example.org', password: 'wrong-password-1' });
    expect(login.status).toBe(400);
    expect(login.body.error.details.code).toBe('invalid_request');

    const query = await app.http().get('/api/mymitt-profiles/profiles/me?sneaky=1').set('Authorization', `Bearer ${supporter.jwt}`);
    expect(query.status).toBe(400);
    expect(query.body.error.details.code).toBe('invalid_query');
  });
});
