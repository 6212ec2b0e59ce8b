import sharp from 'sharp';
import { useStrapi } from '../../helpers/strapi';
import { bearer, signInAdmin, type SignedInAdmin } from '../../helpers/admins';
import { signUpSupporter, type SignedInSupporter } from '../../helpers/supporters';

const app = useStrapi();
const API = '/api/mymitt-profiles';
const POST_UID = 'plugin::mymitt-profiles.post';

interface Author extends SignedInSupporter {
  slug: string;
  displayName: string;
}

async function anAuthor(displayName = 'Blogging Pat'): Promise<Author> {
  const supporter = await signUpSupporter(app);
  const res = await app
    .http()
    .put(`${API}/profiles/me`)
    .set(bearer(supporter.jwt))
    .send({ data: { displayName, visibility: 'public' } });
  expect(res.status).toBe(200);
  return { ...supporter, slug: res.body.data.slug, displayName };
}

const picture = (format: 'png' | 'jpeg' = 'png') =>
  sharp({ create: { width: 320, height: 200, channels: 3, background: { r: 10, g: 60, b: 160 } } })
    .toFormat(format)
    .toBuffer();

async function draft(author: SignedInSupporter, body: Record<string, unknown> = {}) {
  const res = await app
    .http()
    .post(`${API}/posts`)
    .set(bearer(author.jwt))
    .send({ data: { title: 'Why I knock on doors', bodyMarkdown: 'Every **Saturday** morning.', ...body } });
  expect(res.status).toBe(201);
  return res.body.data as { documentId: string; slug: string; [key: string]: any };
}

const publish = (author: SignedInSupporter, documentId: string) =>
  app.http().post(`${API}/posts/${documentId}/publish`).set(bearer(author.jwt)).send({});
const unpublish = (author: SignedInSupporter, documentId: string) =>
  app.http().post(`${API}/posts/${documentId}/unpublish`).set(bearer(author.jwt)).send({});

async function published(author: SignedInSupporter, body: Record<string, unknown> = {}) {
  const post = await draft(author, body);
  const res = await publish(author, post.documentId);
  expect(res.status).toBe(200);
  return res.body.data as typeof post;
}

const feedIds = async (path = `${API}/posts?pagination[pageSize]=100`) =>
  (await app.http().get(path)).body.data.map((p: any) => p.documentId);
const report = (supporter: SignedInSupporter, documentId: string, body: Record<string, unknown> = { reason: 'spam' }) =>
  app.http().post(`${API}/posts/${documentId}/reports`).set(bearer(supporter.jwt)).send({ data: body });

describe('blog posts', () => {
  it('a draft is published: it appears in the public and the author feed with the author card, newest first', async () => {
    const author = await anAuthor('Ann the Blogger');
    await app
      .http()
      .post(`${API}/profiles/me/avatar`)
      .set(bearer(author.jwt))
      .attach('avatar', await picture(), { filename: 'me.png', contentType: 'image/png' })
      .expect(200);

    const created = await draft(author, { title: 'Caucus night in Des Moines', bodyMarkdown: 'We *won* the room.\n\nSecond paragraph.' });
    expect(created).toMatchObject({
      slug: 'caucus-night-in-des-moines',
      title: 'Caucus night in Des Moines',
      status: 'draft',
      bodyMarkdown: 'We *won* the room.\n\nSecond paragraph.',
      bodyHtml: '<p>We <em>won</em> the room.</p>\n<p>Second paragraph.</p>',
      excerpt: 'We won the room. Second paragraph.',
      firstPublishedAt: null,
      removedByModeration: false,
    });
    expect(await feedIds()).not.toContain(created.documentId);

    const res = await publish(author, created.documentId);
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ status: 'published', firstPublishedAt: expect.any(String) });
    const later = await published(author, { title: 'The morning after' });

    const feed = await app.http().get(`${API}/posts?pageSize=100`);
    expect(feed.status).toBe(200);
    const ids = feed.body.data.map((p: any) => p.documentId);
    expect(ids.indexOf(later.documentId)).toBeLessThan(ids.indexOf(created.documentId));
    const item = feed.body.data.find((p: any) => p.documentId === created.documentId);
    expect(item).toEqual({
      documentId: created.documentId,
      slug: 'caucus-night-in-des-moines',
      title: 'Caucus night in Des Moines',
      excerpt: 'We won the room. Second paragraph.',
      coverImage: null,
      author: {
        displayName: 'Ann the Blogger',
        slug: author.slug,
        avatar: { url: expect.stringMatching(/^\/uploads\//), width: 320, height: 200, thumbnailUrl: expect.any(String) },
      },
      firstPublishedAt: res.body.data.firstPublishedAt,
    });
    expect(JSON.stringify(feed.body)).not.toMatch(/authorUserId|bodyMarkdown|"moderation"|email/);

    const mine = await app.http().get(`${API}/authors/${author.slug}/posts`);
    expect(mine.body.data.map((p: any) => p.documentId)).toEqual([later.documentId, created.documentId]);
    expect(mine.body.meta.pagination).toEqual({ page: 1, pageSize: 25, total: 2, pageCount: 1 });

    const single = await app.http().get(`${API}/posts/caucus-night-in-des-moines`);
    expect(single.status).toBe(200);
    expect(single.body.data).toMatchObject({ documentId: created.documentId, bodyHtml: created.bodyHtml, author: { slug: author.slug } });
    expect(single.body.data).not.toHaveProperty('bodyMarkdown');
  });

  it('drafts are invisible to everyone but their author, who sees them in /posts/mine and by slug', async () => {
    const author = await anAuthor();
    const other = await signUpSupporter(app);
    const post = await draft(author, { title: 'Not ready yet' });

    expect((await app.http().get(`${API}/posts/${post.slug}`)).status).toBe(404);
    expect((await app.http().get(`${API}/posts/${post.slug}`).set(bearer(other.jwt))).status).toBe(404);
    expect(await feedIds()).not.toContain(post.documentId);
    expect(await feedIds(`${API}/authors/${author.slug}/posts`)).toEqual([]);

    const own = await app.http().get(`${API}/posts/${post.slug}`).set(bearer(author.jwt));
    expect(own.status).toBe(200);
    expect(own.body.data).toMatchObject({ documentId: post.documentId, status: 'draft', bodyMarkdown: expect.any(String) });

    const live = await published(author, { title: 'Ready' });
    const list = await app.http().get(`${API}/posts/mine`).set(bearer(author.jwt));
    expect(list.status).toBe(200);
    expect(list.body.data.map((p: any) => [p.documentId, p.status])).toEqual([
      [live.documentId, 'published'],
      [post.documentId, 'draft'],
    ]);
    expect((await app.http().get(`${API}/posts/mine`)).status).toBe(403);
  });

  it('the author edits their post: the slug follows the title until first published, then stays; edits to a live post go live', async () => {
    const author = await anAuthor();
    const post = await draft(author, { title: 'First try' });
    const renamed = await app
      .http()
      .put(`${API}/posts/${post.documentId}`)
      .set(bearer(author.jwt))
      .send({ data: { title: 'Second try' } });
    expect(renamed.status).toBe(200);
    expect(renamed.body.data).toMatchObject({ title: 'Second try', slug: 'second-try' });

    await publish(author, post.documentId).expect(200);
    const edited = await app
      .http()
      .put(`${API}/posts/${post.documentId}`)
      .set(bearer(author.jwt))
      .send({ data: { title: 'Second try, edited', bodyMarkdown: 'Now with **news**.' } });
    expect(edited.status).toBe(200);
    expect(edited.body.data).toMatchObject({ title: 'Second try, edited', slug: 'second-try', status: 'published' });

    const shown = await app.http().get(`${API}/posts/second-try`);
    expect(shown.body.data).toMatchObject({ title: 'Second try, edited', bodyHtml: '<p>Now with <strong>news</strong>.</p>' });

    const emptied = await app
      .http()
      .put(`${API}/posts/${post.documentId}`)
      .set(bearer(author.jwt))
      .send({ data: { bodyMarkdown: '  ' } });
    expect(emptied.status).toBe(400);
    expect(emptied.body.error.details.code).toBe('post_body_required');
  });

  it('lists take Strapi parameters: filters on title, date and status, sort, pagination by page or start/limit', async () => {
    const author = await anAuthor('Listing Lou');
    const alpha = await published(author, { title: 'Alpha canvass notes' });
    const beta = await published(author, { title: 'Beta phone bank notes' });
    const gamma = await draft(author, { title: 'Gamma draft notes' });
    const feed = `${API}/authors/${author.slug}/posts`;

    const byTitle = await app.http().get(`${feed}?sort=title:asc`);
    expect(byTitle.headers.deprecation).toBeUndefined();
    expect(byTitle.body.data.map((p: any) => p.documentId)).toEqual([alpha.documentId, beta.documentId]);
    expect(byTitle.body.meta.pagination).toEqual({ page: 1, pageSize: 25, pageCount: 1, total: 2 });
    expect(await feedIds(`${feed}?filters[title][$containsi]=PHONE`)).toEqual([beta.documentId]);
    expect(await feedIds(`${feed}?filters[firstPublishedAt][$gte]=2000-01-01T00:00:00Z&pagination[start]=1&pagination[limit]=1`)).toEqual([
      alpha.documentId,
    ]);
    const paged = await app.http().get(`${feed}?pagination[page]=2&pagination[pageSize]=1`);
    expect(paged.body.data.map((p: any) => p.documentId)).toEqual([alpha.documentId]);
    expect(paged.body.meta.pagination).toEqual({ page: 2, pageSize: 1, pageCount: 2, total: 2 });

    const mine = (query: string) => app.http().get(`${API}/posts/mine?${query}`).set(bearer(author.jwt));
    const drafts = await mine('filters[status][$eq]=draft');
    expect(drafts.body.data.map((p: any) => p.documentId)).toEqual([gamma.documentId]);
    expect(drafts.body.meta.pagination).toEqual({ page: 1, pageSize: 25, pageCount: 1, total: 1 });
    expect((await mine('filters[status]=published&sort=title:desc')).body.data.map((p: any) => p.documentId)).toEqual([
      beta.documentId,
      alpha.documentId,
    ]);
    const byOffset = await mine('sort=title&pagination[start]=2&pagination[limit]=10');
    expect(byOffset.body.data.map((p: any) => p.documentId)).toEqual([gamma.documentId]);
    expect(byOffset.body.meta.pagination).toEqual({ start: 2, limit: 10, total: 3 });

    for (const [path, query] of [
      [feed, 'filters[authorUserId]=1'],
      [feed, 'sort=id:desc'],
      [feed, 'filters[title][$ne]=x'],
      [feed, 'filters[firstPublishedAt][$gte]=yesterday'],
      [`${API}/posts`, 'q=notes'],
      [`${API}/posts/mine`, 'filters[status]=removed'],
    ]) {
      const res = await app.http().get(`${path}?${query}`).set(bearer(author.jwt));
      expect({ query, status: res.status, code: res.body.error?.details?.code }).toEqual({ query, status: 400, code: 'invalid_query' });
    }
  });

  it('gives two posts with the same title different slugs', async () => {
    const author = await anAuthor();
    const first = await draft(author, { title: 'Same Title Here' });
    const second = await draft(author, { title: 'Same title here!' });
    expect([first.slug, second.slug]).toEqual(['same-title-here', 'same-title-here-2']);
    expect((await draft(author, { title: 'Mine' })).slug).toBe('mine-2');
  });

  it('SEC-01: every write on another supporter’s post is 403 and changes nothing', async () => {
    const author = await anAuthor();
    const intruder = await signUpSupporter(app);
    const live = await published(author, { title: 'Hands off' });
    const hidden = await draft(author, { title: 'Hands off the draft' });
    const png = await picture();

    for (const post of [live, hidden]) {
      const attempts = [
        app
          .http()
          .put(`${API}/posts/${post.documentId}`)
          .set(bearer(intruder.jwt))
          .send({ data: { title: 'Mine now' } }),
        app.http().delete(`${API}/posts/${post.documentId}`).set(bearer(intruder.jwt)),
        app.http().post(`${API}/posts/${post.documentId}/publish`).set(bearer(intruder.jwt)).send({}),
        app.http().post(`${API}/posts/${post.documentId}/unpublish`).set(bearer(intruder.jwt)).send({}),
        app
          .http()
          .post(`${API}/posts/${post.documentId}/cover`)
          .set(bearer(intruder.jwt))
          .attach('cover', png, { filename: 'c.png', contentType: 'image/png' }),
        app.http().delete(`${API}/posts/${post.documentId}/cover`).set(bearer(intruder.jwt)),
      ];
      for (const res of await Promise.all(attempts)) {
        expect(res.status).toBe(403);
        expect(res.body).toMatchObject({
          data: null,
          error: {
            status: 403,
            name: 'ForbiddenError',
            message: 'This post belongs to another supporter.',
            details: { code: 'not_post_author' },
          },
        });
      }
    }
    expect((await app.http().get(`${API}/posts/${live.slug}`)).body.data.title).toBe('Hands off');
    const rows = await app.strapi.db.query(POST_UID).findMany({ where: { documentId: { $in: [live.documentId, hidden.documentId] } } });
    expect(rows.map((r: any) => r.title).sort()).toEqual(['Hands off', 'Hands off', 'Hands off the draft']);

    const anonymous = await app
      .http()
      .post(`${API}/posts`)
      .send({ data: { title: 'Anonymous' } });
    expect(anonymous.status).toBe(403);
    expect(
      (
        await app
          .http()
          .put(`${API}/posts/${live.documentId}`)
          .send({ data: { title: 'x' } })
      ).status
    ).toBe(403);
  });

  it('SEC-02: fields a supporter may not set, and bad values, are refused with 400 and write nothing', async () => {
    const author = await anAuthor();
    const post = await draft(author, { title: 'Allow-listed' });
    const before = await app.strapi.db.query(POST_UID).count();

    const forbidden = [
      { authorUserId: 1 },
      { slug: 'my-own-slug' },
      { bodyHtml: '<script>alert(1)</script>' },
      { excerpt: 'hand written' },
      { moderation: 'none' },
      { firstPublishedAt: '2020-01-01T00:00:00.000Z' },
      { publishedAt: '2020-01-01T00:00:00.000Z' },
      { documentId: 'abc' },
      { coverImage: 1 },
      { title: 'x'.repeat(141) },
      { title: '   ' },
      { bodyMarkdown: 'x'.repeat(20_001) },
      { bodyMarkdown: 42 },
    ];
    for (const extra of forbidden) {
      const created = await app
        .http()
        .post(`${API}/posts`)
        .set(bearer(author.jwt))
        .send({ data: { title: 'Sneaky', ...extra } });
      expect({ extra, status: created.status }).toEqual({ extra, status: 400 });
      expect(created.body).toMatchObject({ data: null, error: { status: 400, name: 'ValidationError' } });

      const updated = await app.http().put(`${API}/posts/${post.documentId}`).set(bearer(author.jwt)).send({ data: extra });
      expect({ extra, status: updated.status }).toEqual({ extra, status: 400 });
    }
    expect((await app.http().put(`${API}/posts/${post.documentId}`).set(bearer(author.jwt)).send({})).status).toBe(400);
    expect(await app.strapi.db.query(POST_UID).count()).toBe(before);
    const own = await app.http().get(`${API}/posts/${post.slug}`).set(bearer(author.jwt));
    expect(own.body.data).toMatchObject({ title: 'Allow-listed', slug: post.slug });

    expect((await app.http().get(`${API}/posts?pageSize=500`)).status).toBe(400);
    expect((await app.http().get(`${API}/posts?sort=authorUserId`)).status).toBe(400);
  });

  it('renders Markdown to sanitized HTML: no script, no event handlers, no iframes, no javascript: or data: URLs', async () => {
    const author = await anAuthor();
    const bodyMarkdown = [
      '<script>alert(1)</script>',
      '[click](javascript:alert(1)) and [also](JAVASCRIPT:alert(2))',
      '<img src=x onerror=alert(1)>',
      '<iframe src="https://evil.example"></iframe>',
      '<a href="javascript:alert(3)">raw link</a>',
      '[data link](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
      '![data image](data:image/png;base64,iVBORw0KGgo=)',
      '![plain http](http://example.org/cat.png)',
      '![ok](https://example.org/cat.png)',
      '[site](https://example.org/page) and <https://mymitt.example/auto> and [mail](mailto:team@example.org)',
      '# Big heading',
    ].join('\n\n');
    const post = await published(author, { title: 'XSS attempts', bodyMarkdown });
    const html: string = (await app.http().get(`${API}/posts/${post.slug}`)).body.data.bodyHtml;

    // Raw HTML is shown as text, never as markup.
    expect(html).toContain('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>');
    expect(html).toContain('<p>&lt;img src=x onerror=alert(1)&gt;</p>');
    expect(html).not.toMatch(/<(script|iframe|h1|style|object|embed)/i);
    // Every tag left is on the allow-list, with allowed attributes only, and every URL is https or mailto.
    const tags = [...html.matchAll(/<([a-z0-9]+)([^>]*)>/gi)];
    for (const [, tag, attributes] of tags) {
      expect(['p', 'a', 'img', 'h2']).toContain(tag);
      for (const [, name, value] of attributes.matchAll(/([a-z-]+)="([^"]*)"/gi)) {
        expect(['href', 'src', 'alt', 'rel']).toContain(name);
        if (name === 'href' || name === 'src') expect(value).toMatch(/^(https:\/\/|mailto:)/);
      }
    }
    expect(html).toContain('<img src="https://example.org/cat.png" alt="ok" />');
    expect(html).not.toContain('src="http://example.org/cat.png"');
    expect(html).not.toMatch(/(src|href)="data:/);
    expect(html).toContain('<a href="https://example.org/page" rel="nofollow ugc noopener">site</a>');
    expect(html).toContain('<a href="https://mymitt.example/auto" rel="nofollow ugc noopener">https://mymitt.example/auto</a>');
    expect(html).toContain('<a href="mailto:team@example.org" rel="nofollow ugc noopener">mail</a>');
    expect(html).toContain('<h2>Big heading</h2>');
  });

  it('the author deletes their post: gone from the feeds, their list and the database', async () => {
    const author = await anAuthor();
    const post = await published(author, { title: 'Short-lived' });
    await app
      .http()
      .post(`${API}/posts/${post.documentId}/cover`)
      .set(bearer(author.jwt))
      .attach('cover', await picture(), { filename: 'c.png', contentType: 'image/png' })
      .expect(200);
    const files = await app.strapi.db.query('plugin::upload.file').count();

    const res = await app.http().delete(`${API}/posts/${post.documentId}`).set(bearer(author.jwt));
    expect(res.status).toBe(200);
    expect(await feedIds()).not.toContain(post.documentId);
    expect(await feedIds(`${API}/authors/${author.slug}/posts`)).toEqual([]);
    expect((await app.http().get(`${API}/posts/mine`).set(bearer(author.jwt))).body.data).toEqual([]);
    expect(await app.strapi.db.query(POST_UID).count({ where: { documentId: post.documentId } })).toBe(0);
    expect(await app.strapi.db.query('plugin::upload.file').count()).toBe(files - 1);
    expect((await app.http().delete(`${API}/posts/${post.documentId}`).set(bearer(author.jwt))).status).toBe(404);
  });

  it('a cover image is checked like an avatar, shown in the feed, and replaced without leaving the old file', async () => {
    const author = await anAuthor();
    const post = await published(author, { title: 'With a cover' });
    const cover = (content: Buffer, filename: string, contentType: string) =>
      app.http().post(`${API}/posts/${post.documentId}/cover`).set(bearer(author.jwt)).attach('cover', content, { filename, contentType });

    const svg = await cover(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), 'c.svg', 'image/svg+xml');
    expect(svg.status).toBe(400);

    const first = await cover(await picture('png'), 'c.png', 'image/png');
    expect(first.status).toBe(200);
    expect(first.body.data.coverImage).toEqual({ url: expect.any(String), width: 320, height: 200, thumbnailUrl: expect.any(String) });
    const inFeed = (await app.http().get(`${API}/authors/${author.slug}/posts`)).body.data[0];
    expect(inFeed.coverImage).toEqual(first.body.data.coverImage);

    const second = await cover(await picture('jpeg'), 'c.jpg', 'image/jpeg');
    expect(second.status).toBe(200);
    expect(await app.strapi.db.query('plugin::upload.file').findOne({ where: { url: first.body.data.coverImage.url } })).toBeNull();
    expect((await app.http().get(`${API}/posts/${post.slug}`)).body.data.coverImage.url).toBe(second.body.data.coverImage.url);

    const removed = await app.http().delete(`${API}/posts/${post.documentId}/cover`).set(bearer(author.jwt));
    expect(removed.body.data.coverImage).toBeNull();
    expect(await app.strapi.db.query('plugin::upload.file').findOne({ where: { url: second.body.data.coverImage.url } })).toBeNull();
  });

  it('publishing records exactly one post.published activity, even after unpublishing and publishing again', async () => {
    const author = await anAuthor();
    const post = await draft(author, { title: 'Counts once' });
    const activities = () =>
      app.strapi.db.query('plugin::mymitt-profiles.activity').findMany({ where: { userId: author.user.id, kind: 'post.published' } });

    expect(await activities()).toHaveLength(0);
    await publish(author, post.documentId).expect(200);
    await unpublish(author, post.documentId).expect(200);
    expect(await feedIds()).not.toContain(post.documentId);
    await publish(author, post.documentId).expect(200);
    await publish(author, post.documentId).expect(200);

    const rows = await activities();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ sourceKey: `post.published:${post.documentId}`, quantity: 1 });
    expect(await feedIds()).toContain(post.documentId);
  });

  it('a draft with an empty body cannot be published', async () => {
    const author = await anAuthor();
    const post = await draft(author, { title: 'Only a title', bodyMarkdown: '' });
    const res = await publish(author, post.documentId);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe('Write the post before publishing it.');
  });
});

describe('reporting and moderation', () => {
  let webTeam: SignedInAdmin;
  const admin = () => ({
    queue: (query = '') => app.http().get(`/mymitt-profiles/moderation/posts${query}`).set(bearer(webTeam.token)),
    remove: (documentId: string) => app.http().post(`/mymitt-profiles/moderation/posts/${documentId}/remove`).set(bearer(webTeam.token)),
    dismiss: (documentId: string) => app.http().post(`/mymitt-profiles/moderation/posts/${documentId}/dismiss`).set(bearer(webTeam.token)),
  });

  beforeAll(async () => {
    webTeam = await signInAdmin(app, 'Web team');
  });

  it('a report puts the post in the queue; the web team removes it: gone from the feeds, and its author cannot republish it', async () => {
    const author = await anAuthor('Reported Author');
    const reporter = await signUpSupporter(app);
    const second = await signUpSupporter(app);
    const post = await published(author, { title: 'Buy cheap watches', bodyMarkdown: 'Totally on topic.' });

    const first = await report(reporter, post.documentId, { reason: 'spam', note: 'Selling watches.' });
    expect(first.status).toBe(201);
    expect(first.body.data).toEqual({
      documentId: post.documentId,
      reason: 'spam',
      note: 'Selling watches.',
      createdAt: expect.any(String),
    });
    const again = await report(reporter, post.documentId, { reason: 'abuse' });
    expect(again.status).toBe(200);
    expect(again.body.data.reason).toBe('spam');
    expect((await report(second, post.documentId, { reason: 'off-topic' })).status).toBe(201);

    const queue = await admin().queue();
    expect(queue.status).toBe(200);
    const item = queue.body.data.find((i: any) => i.documentId === post.documentId);
    expect(item).toEqual({
      documentId: post.documentId,
      title: 'Buy cheap watches',
      slug: post.slug,
      excerpt: 'Totally on topic.',
      authorDisplayName: 'Reported Author',
      authorSlug: author.slug,
      published: true,
      moderation: 'open',
      reportCount: 2,
      lastReportedAt: expect.any(String),
      reports: [
        { reason: 'off-topic', note: null, createdAt: expect.any(String) },
        { reason: 'spam', note: 'Selling watches.', createdAt: expect.any(String) },
      ],
    });
    expect(item.lastReportedAt).toBe(item.reports[0].createdAt);
    expect(queue.body.meta.pagination).toMatchObject({ page: 1, pageSize: 25 });
    expect(JSON.stringify(queue.body)).not.toMatch(/reporterUserId|authorUserId|email/);

    const removed = await admin().remove(post.documentId);
    expect(removed.status).toBe(200);
    expect(removed.body.data).toMatchObject({ documentId: post.documentId, published: false, moderation: 'removed', reportCount: 2 });

    expect(await feedIds()).not.toContain(post.documentId);
    expect(await feedIds(`${API}/authors/${author.slug}/posts`)).not.toContain(post.documentId);
    expect((await app.http().get(`${API}/posts/${post.slug}`)).status).toBe(404);
    expect((await report(second, post.documentId)).status).toBe(404);

    const own = await app.http().get(`${API}/posts/${post.slug}`).set(bearer(author.jwt));
    expect(own.body.data).toMatchObject({ status: 'draft', removedByModeration: true });
    const republish = await publish(author, post.documentId);
    expect(republish.status).toBe(403);
    expect(republish.body.error.message).toBe('Moderators removed this post; it cannot be published again.');
    expect(republish.body.error.details).toEqual({ code: 'post_removed', moderation: 'removed' });
    expect(await feedIds()).not.toContain(post.documentId);

    expect((await admin().queue()).body.data.map((i: any) => i.documentId)).not.toContain(post.documentId);
    expect((await admin().queue('?status=all&pageSize=100')).body.data.map((i: any) => i.documentId)).toContain(post.documentId);
    expect((await admin().remove(post.documentId)).status).toBe(200);
    expect((await admin().dismiss(post.documentId)).status).toBe(400);
  });

  it('dismissing closes the reports and keeps the post; a new report opens it again', async () => {
    const author = await anAuthor();
    const reporter = await signUpSupporter(app);
    const later = await signUpSupporter(app);
    const post = await published(author, { title: 'Strong opinions' });
    await report(reporter, post.documentId, { reason: 'other', note: 'I disagree.' }).expect(201);

    const dismissed = await admin().dismiss(post.documentId);
    expect(dismissed.status).toBe(200);
    expect(dismissed.body.data).toMatchObject({ moderation: 'dismissed', published: true, reportCount: 1 });
    expect((await admin().queue()).body.data.map((i: any) => i.documentId)).not.toContain(post.documentId);
    expect(await feedIds()).toContain(post.documentId);
    expect((await report(reporter, post.documentId)).status).toBe(200);
    expect((await admin().queue()).body.data.map((i: any) => i.documentId)).not.toContain(post.documentId);

    await report(later, post.documentId, { reason: 'abuse' }).expect(201);
    const reopened = (await admin().queue()).body.data.find((i: any) => i.documentId === post.documentId);
    expect(reopened).toMatchObject({ moderation: 'open', reportCount: 2 });
  });

  it('reports are refused on drafts (404), on one’s own post (403), without signing in (403), and with bad bodies (400)', async () => {
    const author = await anAuthor();
    const reporter = await signUpSupporter(app);
    const hidden = await draft(author, { title: 'Private draft' });
    const live = await published(author, { title: 'Public post' });

    const onDraft = await report(reporter, hidden.documentId);
    expect(onDraft.status).toBe(404);
    expect(onDraft.body.error.details.code).toBe('post_not_found');
    const own = await report(author, live.documentId);
    expect(own.status).toBe(403);
    expect(own.body.error.details.code).toBe('own_post');
    expect(
      (
        await app
          .http()
          .post(`${API}/posts/${live.documentId}/reports`)
          .send({ data: { reason: 'spam' } })
      ).status
    ).toBe(403);
    for (const body of [{}, { reason: 'boring' }, { reason: 'spam', note: 'x'.repeat(501) }, { reason: 'spam', reporterUserId: 1 }]) {
      expect({ body, status: (await report(reporter, live.documentId, body)).status }).toEqual({ body, status: 400 });
    }
    expect(await app.strapi.db.query('plugin::mymitt-profiles.post-report').count({ where: { postDocumentId: live.documentId } })).toBe(0);
  });

  it('the admin routes refuse supporters, anonymous callers and staff without the moderation action', async () => {
    const supporter = await signUpSupporter(app);
    const finance = await signInAdmin(app, 'Finance');
    const paths: Array<['get' | 'post', string]> = [
      ['get', '/mymitt-profiles/moderation/posts'],
      ['post', '/mymitt-profiles/moderation/posts/abc/remove'],
      ['post', '/mymitt-profiles/moderation/posts/abc/dismiss'],
    ];
    for (const [method, path] of paths) {
      expect((await app.http()[method](path)).status).toBe(401);
      expect((await app.http()[method](path).set(bearer(supporter.jwt))).status).toBe(401);
      expect((await app.http()[method](path).set(bearer(finance.token))).status).toBe(403);
    }
    expect((await admin().queue('?status=closed')).status).toBe(400);
    expect((await admin().remove('no-such-post')).status).toBe(404);
  });
});
