import { useStrapi } from '../../helpers/strapi';
import { bearer, signInAdmin } from '../../helpers/admins';
import { signUpSupporter } from '../../helpers/supporters';

const app = useStrapi();
const SETTINGS_URL = '/content-manager/single-types/api::committee-setting.committee-setting';

describe('committee settings', () => {
  it('are readable by the public, with the disclaimer', async () => {
    const res = await app.http().get('/api/committee-setting');
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({
      committeeName: expect.any(String),
      disclaimer: expect.stringMatching(/^Paid for by /),
      defaultTimeZone: 'America/New_York',
      supportedLocales: ['en', 'es'],
    });
  });

  it('are edited by an admin and the change is served publicly', async () => {
    const webTeam = await signInAdmin(app, 'Web team');
    const res = await app
      .http()
      .put(SETTINGS_URL)
      .set(bearer(webTeam.token))
      .send({
        committeeName: 'Granite State Victory',
        disclaimer: 'Paid for by Granite State Victory.',
        defaultTimeZone: 'America/Chicago',
        supportedLocales: ['en', 'es'],
      });
    expect(res.status).toBe(200);

    const read = await app.http().get('/api/committee-setting');
    expect(read.body.data).toMatchObject({
      committeeName: 'Granite State Victory',
      disclaimer: 'Paid for by Granite State Victory.',
      defaultTimeZone: 'America/Chicago',
    });
    const page = await app.http().get('/api/pages');
    expect(page.body.meta.disclaimer).toBe('Paid for by Granite State Victory.');
  });

  it('refuses an unknown time zone or locale with a 400 and keeps the old values', async () => {
    const admin = await signInAdmin(app);
    const before = await app.http().get('/api/committee-setting');

    const badZone = await app
      .http()
      .put(SETTINGS_URL)
      .set(bearer(admin.token))
      .send({ ...before.body.data, defaultTimeZone: 'Mars/Olympus' });
    expect(badZone.status).toBe(400);
    expect(badZone.body.error).toMatchObject({ status: 400, name: 'ValidationError', message: expect.stringContaining('IANA') });

    const badLocale = await app
      .http()
      .put(SETTINGS_URL)
      .set(bearer(admin.token))
      .send({ ...before.body.data, supportedLocales: ['en', 'fr'] });
    expect(badLocale.status).toBe(400);

    const blankDisclaimer = await app
      .http()
      .put(SETTINGS_URL)
      .set(bearer(admin.token))
      .send({ ...before.body.data, disclaimer: '  ' });
    expect(blankDisclaimer.status).toBe(400);

    const after = await app.http().get('/api/committee-setting');
    expect(after.body.data).toEqual(before.body.data);
  });

  it('cannot be changed by the public or a supporter, nor by an admin role without the right', async () => {
    const before = await app.http().get('/api/committee-setting');

    const publicWrite = await app
      .http()
      .put('/api/committee-setting')
      .send({ data: { disclaimer: 'Paid for by nobody.' } });
    expect([403, 405]).toContain(publicWrite.status);

    const supporter = await signUpSupporter(app);
    const supporterWrite = await app
      .http()
      .put('/api/committee-setting')
      .set(bearer(supporter.jwt))
      .send({ data: { disclaimer: 'Paid for by nobody.' } });
    expect([403, 405]).toContain(supporterWrite.status);

    const callCenter = await signInAdmin(app, 'Call center manager');
    const staffWrite = await app
      .http()
      .put(SETTINGS_URL)
      .set(bearer(callCenter.token))
      .send({ ...before.body.data, disclaimer: 'Paid for by nobody.' });
    expect(staffWrite.status).toBe(403);

    const after = await app.http().get('/api/committee-setting');
    expect(after.body.data.disclaimer).toBe(before.body.data.disclaimer);
  });
});
