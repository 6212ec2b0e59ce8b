import { useStrapi } from '../../helpers/strapi';
import { bearer } from '../../helpers/admins';
import { signUpSupporter } from '../../helpers/supporters';

const app = useStrapi();

const PRIVATE_KEYS = ['email', 'phone', 'streetAddress', 'zip', 'latitude', 'longitude', 'userId', 'recruiterUserId', 'password'];

function expectNoPrivateFields(body: unknown) {
  const text = JSON.stringify(body);
  for (const key of PRIVATE_KEYS) expect(text).not.toContain(`"${key}"`);
}

describe('supporter profiles', () => {
  it('are made at registration, with city and state from the ZIP', async () => {
    const ann = await signUpSupporter(app, { firstName: 'Ann', lastName: 'Romney', zip: '03301' });

    const res = await app.http().get('/api/mymitt-profiles/profiles/me').set(bearer(ann.jwt));
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({
      displayName: 'Ann R.',
      slug: 'ann-r',
      city: 'Concord',
      state: 'NH',
      zip: '03301',
      visibility: 'supporters',
      leaderboardOptIn: false,
    });
    expect(await app.strapi.db.query('plugin::mymitt-profiles.profile').count({ where: { userId: ann.user.id } })).toBe(1);
  });

  it('get unique slugs for supporters with the same name', async () => {
    const first = await signUpSupporter(app, { firstName: 'Tagg', lastName: 'Smith' });
    const second = await signUpSupporter(app, { firstName: 'Tagg', lastName: 'Stone' });
    const slugs = await Promise.all(
      [first, second].map(async (s) => (await app.http().get('/api/mymitt-profiles/profiles/me').set(bearer(s.jwt))).body.data.slug)
    );
    expect(slugs).toEqual(['tagg-s', 'tagg-s-2']);
  });

  it('get distinct slugs when supporters with the same name sign up at the same moment', async () => {
    const crowd = await Promise.all(Array.from({ length: 6 }, () => signUpSupporter(app, { firstName: 'Mitt', lastName: 'Rush' })));
    const slugs = await Promise.all(
      crowd.map(async (s) => (await app.http().get('/api/mymitt-profiles/profiles/me').set(bearer(s.jwt))).body.data.slug)
    );
    expect(new Set(slugs).size).toBe(6);
    expect(slugs.every((slug) => /^mitt-r(-\d+)?$/.test(slug))).toBe(true);
  });

  it('are edited by their owner; a new ZIP moves city and state', async () => {
    const pat = await signUpSupporter(app, { firstName: 'Pat', zip: '03301' });
    const res = await app
      .http()
      .put('/api/mymitt-profiles/profiles/me')
      .set(bearer(pat.jwt))
      .send({
        data: {
          displayName: 'Pat from Vegas',
          bio: 'Phone-banker.',
          zip: '89101',
          interests: ['economy', 'jobs'],
          visibility: 'public',
          phone: '+1 702 555 0100',
          leaderboardOptIn: true,
        },
      });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({
      displayName: 'Pat from Vegas',
      bio: 'Phone-banker.',
      zip: '89101',
      city: 'Las Vegas',
      state: 'NV',
      interests: ['economy', 'jobs'],
      visibility: 'public',
      phone: '+1 702 555 0100',
      leaderboardOptIn: true,
    });
  });

  it('refuse fields a supporter may not set, bad values and unknown ZIPs with 400, changing nothing (SEC-02)', async () => {
    const pat = await signUpSupporter(app, { firstName: 'Pat', zip: '03301' });
    const before = (await app.http().get('/api/mymitt-profiles/profiles/me').set(bearer(pat.jwt))).body.data;

    const attempts = [
      { userId: 1 },
      { slug: 'the-boss' },
      { city: 'Boston' },
      { state: 'MA' },
      { latitude: 1 },
      { level: 10 },
      { visibility: 'everyone' },
      { interests: ['crypto'] },
      { zip: '99999' },
      { zip: 'abcde' },
      { displayName: '' },
    ];
    for (const body of attempts) {
      const res = await app.http().put('/api/mymitt-profiles/profiles/me').set(bearer(pat.jwt)).send({ data: body });
      expect({ body, status: res.status }).toEqual({ body, status: 400 });
      expect(res.body).toMatchObject({ data: null, error: { status: 400, name: 'ValidationError' } });
      const code = 'zip' in body && body.zip === '99999' ? 'unknown_zip' : 'invalid_request';
      expect({ body, code: res.body.error.details.code }).toEqual({ body, code });
    }
    const after = (await app.http().get('/api/mymitt-profiles/profiles/me').set(bearer(pat.jwt))).body.data;
    expect(after).toEqual(before);
  });

  it('refuse a huge body with 413 and change nothing (SEC-05)', async () => {
    const pat = await signUpSupporter(app, { firstName: 'Pat' });
    const before = (await app.http().get('/api/mymitt-profiles/profiles/me').set(bearer(pat.jwt))).body.data;
    const res = await app
      .http()
      .put('/api/mymitt-profiles/profiles/me')
      .set(bearer(pat.jwt))
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ data: { bio: 'x'.repeat(300 * 1024) } }));
    expect(res.status).toBe(413);
    expect((await app.http().get('/api/mymitt-profiles/profiles/me').set(bearer(pat.jwt))).body.data).toEqual(before);
  });

  it('are not readable or writable as "me" without signing in', async () => {
    expect((await app.http().get('/api/mymitt-profiles/profiles/me')).status).toBe(403);
    expect(
      (
        await app
          .http()
          .put('/api/mymitt-profiles/profiles/me')
          .send({ data: { bio: 'x' } })
      ).status
    ).toBe(403);
  });

  describe('visibility', () => {
    async function supporterWithVisibility(visibility: string) {
      const supporter = await signUpSupporter(app, { firstName: `Vis${visibility}` });
      const res = await app
        .http()
        .put('/api/mymitt-profiles/profiles/me')
        .set(bearer(supporter.jwt))
        .send({ data: { visibility, phone: '555-010-0199', streetAddress: '1 Main St', bio: `I am ${visibility}` } });
      expect(res.status).toBe(200);
      return { ...supporter, slug: res.body.data.slug as string };
    }

    it('public: anyone sees the public fields and never the private ones (SEC-03)', async () => {
      const owner = await supporterWithVisibility('public');
      const res = await app.http().get(`/api/mymitt-profiles/profiles/${owner.slug}`);
      expect(res.status).toBe(200);
      expect(res.body.data).toMatchObject({ slug: owner.slug, bio: 'I am public', city: 'Concord', state: 'NH', level: 1 });
      expectNoPrivateFields(res.body);
      expect(JSON.stringify(res.body)).not.toContain('1 Main St');
      expect(JSON.stringify(res.body)).not.toContain(owner.registration.email);
    });

    it('supporters only: signed-in supporters see it, the public gets 404', async () => {
      const owner = await supporterWithVisibility('supporters');
      const viewer = await signUpSupporter(app);
      expect((await app.http().get(`/api/mymitt-profiles/profiles/${owner.slug}`)).status).toBe(404);
      const seen = await app.http().get(`/api/mymitt-profiles/profiles/${owner.slug}`).set(bearer(viewer.jwt));
      expect(seen.status).toBe(200);
      expectNoPrivateFields(seen.body);
    });

    it('private: only its owner sees it; others get the same 404 as a missing profile', async () => {
      const owner = await supporterWithVisibility('private');
      const viewer = await signUpSupporter(app);
      const hidden = await app.http().get(`/api/mymitt-profiles/profiles/${owner.slug}`).set(bearer(viewer.jwt));
      const missing = await app.http().get('/api/mymitt-profiles/profiles/nobody-here').set(bearer(viewer.jwt));
      expect(hidden.status).toBe(404);
      expect(hidden.body.error.message).toBe(missing.body.error.message);
      expect(hidden.body.error.details).toEqual({ code: 'profile_not_found' });
      expect(missing.body.error.details).toEqual({ code: 'profile_not_found' });
      expect((await app.http().get(`/api/mymitt-profiles/profiles/${owner.slug}`).set(bearer(owner.jwt))).status).toBe(200);
    });
  });
});
