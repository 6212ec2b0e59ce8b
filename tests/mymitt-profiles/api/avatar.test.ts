import sharp from 'sharp';
import { useStrapi } from '../../helpers/strapi';
import { bearer } from '../../helpers/admins';
import { signUpSupporter, type SignedInSupporter } from '../../helpers/supporters';

const app = useStrapi();
const AVATAR = '/api/mymitt-profiles/profiles/me/avatar';
const FILE_UID = 'plugin::upload.file';

/** A real picture of the given format, 400×300, so the upload plugin makes a thumbnail. */
function picture(format: 'png' | 'jpeg' | 'webp' | 'gif', width = 400, height = 300) {
  return sharp({ create: { width, height, channels: 3, background: { r: 200, g: 30, b: 40 } } })
    .toFormat(format)
    .toBuffer();
}

const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><circle r="10"/></svg>');

const storedFiles = () => app.strapi.db.query(FILE_UID).count();

function upload(supporter: SignedInSupporter, content: Buffer, filename: string, contentType: string, field = 'avatar') {
  return app.http().post(AVATAR).set(bearer(supporter.jwt)).attach(field, content, { filename, contentType });
}

async function publicSupporter() {
  const supporter = await signUpSupporter(app);
  const res = await app
    .http()
    .put('/api/mymitt-profiles/profiles/me')
    .set(bearer(supporter.jwt))
    .send({ data: { visibility: 'public' } });
  expect(res.status).toBe(200);
  return { ...supporter, slug: res.body.data.slug as string };
}

describe('supporter avatars', () => {
  it('a new profile has no avatar', async () => {
    const supporter = await publicSupporter();
    const me = await app.http().get('/api/mymitt-profiles/profiles/me').set(bearer(supporter.jwt));
    expect(me.body.data.avatar).toBeNull();
    expect((await app.http().get(`/api/mymitt-profiles/profiles/${supporter.slug}`)).body.data.avatar).toBeNull();
  });

  it('accepts a PNG; the own and the public profile show url, size and thumbnail, never the upload record', async () => {
    const supporter = await publicSupporter();
    const res = await upload(supporter, await picture('png'), 'me.png', 'image/png');
    expect(res.status).toBe(200);
    const avatar = res.body.data.avatar;
    expect(avatar).toEqual({
      url: expect.stringMatching(/^\/uploads\/avatar_.+\.png$/),
      width: 400,
      height: 300,
      thumbnailUrl: expect.stringMatching(/^\/uploads\/thumbnail_avatar_.+\.png$/),
    });

    const me = await app.http().get('/api/mymitt-profiles/profiles/me').set(bearer(supporter.jwt));
    expect(me.body.data.avatar).toEqual(avatar);
    const shown = await app.http().get(`/api/mymitt-profiles/profiles/${supporter.slug}`);
    expect(shown.status).toBe(200);
    expect(shown.body.data.avatar).toEqual(avatar);
    for (const internal of ['hash', 'provider', 'mime', 'formats', 'folderPath', 'related', 'sizeInBytes']) {
      expect(JSON.stringify(shown.body)).not.toContain(`"${internal}"`);
    }

    const served = await app.http().get(avatar.url);
    expect(served.status).toBe(200);
    expect(served.headers['content-type']).toBe('image/png');
  });

  it.each([
    ['jpeg', 'me.jpg', 'image/jpeg', /\.jpg$/],
    ['webp', 'me.webp', 'image/webp', /\.webp$/],
    ['gif', 'me.gif', 'image/gif', /\.gif$/],
  ] as const)('accepts a %s image', async (format, filename, contentType, extension) => {
    const supporter = await signUpSupporter(app);
    const res = await upload(supporter, await picture(format, 64, 64), filename, contentType);
    expect(res.status).toBe(200);
    expect(res.body.data.avatar).toMatchObject({ url: expect.stringMatching(extension), width: 64, height: 64 });
  });

  it('trusts the bytes, not the name or declared type: a PNG sent as "photo.bin" is stored as a PNG', async () => {
    const supporter = await signUpSupporter(app);
    const res = await upload(supporter, await picture('png', 64, 64), 'photo.bin', 'application/octet-stream');
    expect(res.status).toBe(200);
    expect(res.body.data.avatar.url).toMatch(/\.png$/);
  });

  it('replacing the avatar deletes the previous file', async () => {
    const supporter = await signUpSupporter(app);
    const first = await upload(supporter, await picture('png'), 'one.png', 'image/png');
    const firstFile = await app.strapi.db.query(FILE_UID).findOne({ where: { url: first.body.data.avatar.url } });
    expect(firstFile).not.toBeNull();

    const second = await upload(supporter, await picture('jpeg'), 'two.jpg', 'image/jpeg');
    expect(second.status).toBe(200);
    expect(second.body.data.avatar.url).not.toBe(first.body.data.avatar.url);
    expect(await app.strapi.db.query(FILE_UID).findOne({ where: { id: firstFile.id } })).toBeNull();
    expect((await app.http().get(first.body.data.avatar.url)).status).toBe(404);
  });

  describe('refuses, storing nothing and keeping the current avatar', () => {
    let supporter: SignedInSupporter;
    let current: unknown;

    beforeAll(async () => {
      supporter = await signUpSupporter(app);
      current = (await upload(supporter, await picture('png', 64, 64), 'keep.png', 'image/png')).body.data.avatar;
    });

    async function expectRefused(send: () => Promise<any>, status: number) {
      const before = await storedFiles();
      const res = await send();
      expect(res.status).toBe(status);
      expect(res.body).toMatchObject({ data: null, error: { status } });
      expect(await storedFiles()).toBe(before);
      const me = await app.http().get('/api/mymitt-profiles/profiles/me').set(bearer(supporter.jwt));
      expect(me.body.data.avatar).toEqual(current);
      return res;
    }

    it('an SVG, even declared as an image', async () => {
      const res = await expectRefused(() => upload(supporter, SVG, 'logo.svg', 'image/svg+xml'), 400);
      expect(res.body.error.message).toBe('Only JPEG, PNG, WebP or GIF images are accepted.');
      expect(res.body.error.details.code).toBe('unsupported_image');
      await expectRefused(() => upload(supporter, SVG, 'logo.png', 'image/png'), 400);
    });

    it('a file of another type renamed to .png', async () => {
      await expectRefused(() => upload(supporter, Buffer.from('%PDF-1.7\n...'), 'cv.png', 'image/png'), 400);
      await expectRefused(() => upload(supporter, Buffer.from('<html><script>alert(1)</script></html>'), 'x.jpg', 'image/jpeg'), 400);
    });

    it('a file with an image signature that is not a valid image', async () => {
      const fake = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(200, 7)]);
      const res = await expectRefused(() => upload(supporter, fake, 'broken.png', 'image/png'), 400);
      expect(res.body.error.details.code).toBe('unreadable_image');
    });

    it('an image over avatarMaxBytes (default 2 MB) with 413', async () => {
      const limit = (app.strapi.config.get('plugin::mymitt-profiles') as any).avatarMaxBytes;
      expect(limit).toBe(2_000_000);
      const tooBig = Buffer.concat([await picture('png', 64, 64), Buffer.alloc(limit)]);
      const res = await expectRefused(() => upload(supporter, tooBig, 'huge.png', 'image/png'), 413);
      expect(res.body.error.details).toEqual({ code: 'image_too_large', sizeBytes: tooBig.length, maxBytes: limit });
    });

    it('a request without the file, with the wrong field, or with two files, with 400', async () => {
      const png = await picture('png', 32, 32);
      await expectRefused(
        () =>
          app
            .http()
            .post(AVATAR)
            .set(bearer(supporter.jwt))
            .send({ data: { avatar: 'https://example.org/me.png' } }),
        400
      );
      const wrongField = await expectRefused(() => upload(supporter, png, 'me.png', 'image/png', 'files'), 400);
      expect(wrongField.body.error.details.code).toBe('one_image_expected');
      await expectRefused(
        () =>
          app
            .http()
            .post(AVATAR)
            .set(bearer(supporter.jwt))
            .attach('avatar', png, { filename: 'a.png', contentType: 'image/png' })
            .attach('avatar', png, { filename: 'b.png', contentType: 'image/png' }),
        400
      );
    });
  });

  it('is removed with DELETE, file included', async () => {
    const supporter = await signUpSupporter(app);
    const uploaded = await upload(supporter, await picture('png', 64, 64), 'me.png', 'image/png');
    const file = await app.strapi.db.query(FILE_UID).findOne({ where: { url: uploaded.body.data.avatar.url } });

    const res = await app.http().delete(AVATAR).set(bearer(supporter.jwt));
    expect(res.status).toBe(200);
    expect(res.body.data.avatar).toBeNull();
    expect(await app.strapi.db.query(FILE_UID).findOne({ where: { id: file.id } })).toBeNull();
    expect((await app.http().delete(AVATAR).set(bearer(supporter.jwt))).status).toBe(200);
  });

  it('cannot be changed without signing in', async () => {
    const png = await picture('png', 32, 32);
    expect((await app.http().post(AVATAR).attach('avatar', png, { filename: 'a.png', contentType: 'image/png' })).status).toBe(403);
    expect((await app.http().delete(AVATAR)).status).toBe(403);
  });
});
