import fs from 'fs';
import sharp from 'sharp';
// ajv comes with @strapi/database (8.x); its 2020-12 build reads the JSON Schema dialect of OpenAPI 3.1.
import Ajv2020 from 'ajv/dist/2020';
import type { Response } from 'supertest';
import { useStrapi } from '../../helpers/strapi';
import { bearer } from '../../helpers/admins';
import { signUpSupporter, type SignedInSupporter } from '../../helpers/supporters';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { OPENAPI_FILE } = require('../../../scripts/lib/openapi-document');

/**
 * public/openapi.json for this plugin: every route says what it takes and answers, write bodies in
 * `{ data }`, and real answers fit the documented schemas exactly (objects are closed: a field the
 * document does not name fails here).
 */

const app = useStrapi();
const API = '/api/mymitt-profiles';
const YEAR = new Date().getUTCFullYear() + 1;

const document = JSON.parse(fs.readFileSync(OPENAPI_FILE, 'utf8'));
const operations = Object.entries(document.paths as Record<string, Record<string, any>>)
  .filter(([path]) => path.startsWith('/mymitt-profiles/'))
  .flatMap(([path, item]) => Object.entries(item).map(([method, operation]) => ({ route: `${method.toUpperCase()} ${path}`, operation })));
const operationOf = (route: string) => operations.find((o) => o.route === route)?.operation;

const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });

/** The answer fits the 200 schema the document gives `route` (e.g. `GET /posts/{slug}`). */
function expectDocumented(route: string, res: Response, status = 200) {
  expect({ route, status: res.status }).toEqual({ route, status });
  const [method, path] = route.split(' ');
  const schema = operationOf(`${method} /mymitt-profiles${path}`)?.responses?.['200']?.content?.['application/json']?.schema;
  expect({ route, documented: Boolean(schema) }).toEqual({ route, documented: true });
  const validate = ajv.compile(schema);
  validate(res.body);
  expect({ route, errors: validate.errors ?? [] }).toEqual({ route, errors: [] });
}

const picture = () =>
  sharp({ create: { width: 200, height: 150, channels: 3, background: { r: 20, g: 90, b: 200 } } })
    .png()
    .toBuffer();

describe('the OpenAPI document of mymitt-profiles', () => {
  it('documents every route with its answer in { data, meta }', () => {
    expect(operations.length).toBe(47);
    const undocumented = operations.filter(({ operation }) => {
      const schema = operation.responses?.['200']?.content?.['application/json']?.schema;
      return !schema?.properties?.data || !schema?.properties?.meta;
    });
    expect(undocumented.map((o) => o.route)).toEqual([]);
  });

  it('documents write bodies as { data: fields } from the handlers’ schemas, and uploads as multipart forms', () => {
    const jsonBodies = operations.filter(({ operation }) => operation.requestBody?.content?.['application/json']);
    for (const { route, operation } of jsonBodies) {
      const schema = operation.requestBody.content['application/json'].schema;
      expect({ route, keys: Object.keys(schema.properties), required: schema.required }).toEqual({
        route,
        keys: ['data'],
        required: ['data'],
      });
    }
    expect(jsonBodies.map((o) => o.route).sort()).toEqual(
      [
        'POST /mymitt-profiles/events',
        'POST /mymitt-profiles/events/{documentId}/cohosts',
        'POST /mymitt-profiles/groups',
        'POST /mymitt-profiles/groups/{slug}/announcements',
        'POST /mymitt-profiles/groups/{slug}/join',
        'POST /mymitt-profiles/groups/{slug}/leave',
        'POST /mymitt-profiles/groups/{slug}/requests/{profileSlug}/approve',
        'POST /mymitt-profiles/groups/{slug}/requests/{profileSlug}/reject',
        'POST /mymitt-profiles/notices/unsubscribe',
        'POST /mymitt-profiles/posts',
        'POST /mymitt-profiles/posts/{documentId}/reports',
        'PUT /mymitt-profiles/events/{documentId}',
        'PUT /mymitt-profiles/groups/{slug}',
        'PUT /mymitt-profiles/groups/{slug}/members/{profileSlug}',
        'PUT /mymitt-profiles/posts/{documentId}',
        'PUT /mymitt-profiles/profiles/me',
      ].sort()
    );
    const post = operationOf('POST /mymitt-profiles/posts').requestBody.content['application/json'].schema.properties.data;
    expect(post).toMatchObject({ properties: { title: { type: 'string', maxLength: expect.any(Number) } }, additionalProperties: false });

    const avatar = operationOf('POST /mymitt-profiles/profiles/me/avatar').requestBody.content['multipart/form-data'].schema;
    expect(avatar.properties.avatar).toMatchObject({ type: 'string', format: 'binary' });
    const cover = operationOf('POST /mymitt-profiles/posts/{documentId}/cover').requestBody.content['multipart/form-data'].schema;
    expect(cover.properties.cover).toMatchObject({ type: 'string', format: 'binary' });
  });

  it('documents each list’s filters, sort and deprecated parameters, and the path parameters', () => {
    const names = (route: string) => operationOf(route).parameters.map((p: any) => p.name);
    expect(names('GET /mymitt-profiles/groups')).toEqual(
      expect.arrayContaining([
        'pagination[page]',
        'pagination[start]',
        'sort',
        'filters[name][$containsi]',
        'filters[state][$in]',
        'filters[interests][$contains]',
        'q',
      ])
    );
    const parameter = (route: string, name: string) => operationOf(route).parameters.find((p: any) => p.name === name);
    expect(parameter('GET /mymitt-profiles/groups', 'q').schema.deprecated).toBe(true);
    expect(parameter('GET /mymitt-profiles/groups', 'filters[state][$in]').schema.type).toBe('array');
    expect(parameter('GET /mymitt-profiles/posts', 'filters[firstPublishedAt][$gte]').schema).toMatchObject({
      type: 'string',
      format: 'date-time',
    });
    expect(parameter('GET /mymitt-profiles/events', 'radiusMiles')).toMatchObject({ required: false });

    const missingPathParameters = operations.flatMap(({ route, operation }) =>
      [...route.matchAll(/\{(\w+)\}/g)]
        .map(([, name]) => name)
        .filter((name) => !operation.parameters.some((p: any) => p.in === 'path' && p.name === name && p.required))
        .map((name) => `${route}: ${name}`)
    );
    expect(missingPathParameters).toEqual([]);
  });
});

describe('answers fit the document', () => {
  let author: SignedInSupporter;
  let reader: SignedInSupporter;
  let third: SignedInSupporter;
  const slugs: Record<string, string> = {};
  const as = (who: SignedInSupporter) => bearer(who.jwt);

  beforeAll(async () => {
    author = await signUpSupporter(app, { firstName: 'Docs', zip: '80202' });
    reader = await signUpSupporter(app, { firstName: 'Reader' });
    third = await signUpSupporter(app, { firstName: 'Third' });
    for (const [name, who] of Object.entries({ author, reader, third })) {
      slugs[name] = (await app.http().get(`${API}/profiles/me`).set(as(who))).body.data.slug;
    }
  });

  it('profiles, standing, avatar and the leaderboard', async () => {
    expectDocumented('GET /meta', await app.http().get(`${API}/meta`));
    expectDocumented('GET /profiles/me', await app.http().get(`${API}/profiles/me`).set(as(author)));
    const update = { bio: 'Knocks doors.', interests: ['jobs'], visibility: 'public', leaderboardOptIn: true, phone: '603 555 0100' };
    expectDocumented('PUT /profiles/me', await app.http().put(`${API}/profiles/me`).set(as(author)).send({ data: update }));
    const uploaded = await app
      .http()
      .post(`${API}/profiles/me/avatar`)
      .set(as(author))
      .attach('avatar', await picture(), { filename: 'me.png', contentType: 'image/png' });
    expectDocumented('POST /profiles/me/avatar', uploaded);
    expect(uploaded.body.data.avatar).not.toBeNull();
    expectDocumented('GET /profiles/{slug}', await app.http().get(`${API}/profiles/${slugs.author}`));
    expectDocumented('DELETE /profiles/me/avatar', await app.http().delete(`${API}/profiles/me/avatar`).set(as(author)));
    expectDocumented('GET /profiles/me/standing', await app.http().get(`${API}/profiles/me/standing`).set(as(author)));
    expectDocumented('GET /leaderboard', await app.http().get(`${API}/leaderboard`).query({ 'filters[state]': 'CO' }));
  });

  it('blog posts, from draft to deletion', async () => {
    const created = await app
      .http()
      .post(`${API}/posts`)
      .set(as(author))
      .send({ data: { title: 'Why I canvass', bodyMarkdown: 'Every **door** counts.' } });
    expectDocumented('POST /posts', created, 201);
    const { documentId } = created.body.data;
    const post = `${API}/posts/${documentId}`;
    expectDocumented(
      'PUT /posts/{documentId}',
      await app
        .http()
        .put(post)
        .set(as(author))
        .send({ data: { title: 'Why I still canvass' } })
    );
    const published = await app.http().post(`${post}/publish`).set(as(author));
    expectDocumented('POST /posts/{documentId}/publish', published);
    const { slug } = published.body.data;
    const cover = await app
      .http()
      .post(`${post}/cover`)
      .set(as(author))
      .attach('cover', await picture(), 'cover.png');
    expectDocumented('POST /posts/{documentId}/cover', cover);

    const feed = await app.http().get(`${API}/posts`).query({ 'filters[title][$containsi]': 'canvass' });
    expectDocumented('GET /posts', feed);
    expect(feed.body.data.length).toBeGreaterThan(0);
    expectDocumented('GET /posts/mine', await app.http().get(`${API}/posts/mine`).set(as(author)).query({ 'pagination[limit]': 5 }));
    expectDocumented('GET /posts/{slug}', await app.http().get(`${API}/posts/${slug}`));
    expectDocumented('GET /posts/{slug}', await app.http().get(`${API}/posts/${slug}`).set(as(author)));
    expectDocumented('GET /authors/{profileSlug}/posts', await app.http().get(`${API}/authors/${slugs.author}/posts`));
    const report = await app
      .http()
      .post(`${post}/reports`)
      .set(as(reader))
      .send({ data: { reason: 'off-topic', note: 'Hmm.' } });
    expectDocumented('POST /posts/{documentId}/reports', report, 201);

    expectDocumented('DELETE /posts/{documentId}/cover', await app.http().delete(`${post}/cover`).set(as(author)));
    expectDocumented('POST /posts/{documentId}/unpublish', await app.http().post(`${post}/unpublish`).set(as(author)));
    expectDocumented('DELETE /posts/{documentId}', await app.http().delete(post).set(as(author)));
  });

  it('groups: search, membership, roles and announcements', async () => {
    const created = await app
      .http()
      .post(`${API}/groups`)
      .set(as(author))
      .send({ data: { name: 'Denver doors', joinPolicy: 'approval', zip: '80202', interests: ['jobs'] } });
    expectDocumented('POST /groups', created, 201);
    const group = `${API}/groups/${created.body.data.slug}`;

    expectDocumented(
      'GET /groups',
      await app
        .http()
        .get(`${API}/groups`)
        .query({ 'filters[state][$in]': ['CO'] })
    );
    expectDocumented('GET /groups/{slug}', await app.http().get(group));
    expectDocumented(
      'PUT /groups/{slug}',
      await app
        .http()
        .put(group)
        .set(as(author))
        .send({ data: { description: 'Saturdays.' } })
    );
    expectDocumented('POST /groups/{slug}/join', await app.http().post(`${group}/join`).set(as(reader)));
    expectDocumented('POST /groups/{slug}/join', await app.http().post(`${group}/join`).set(as(third)).send({ data: {} }));
    expectDocumented('GET /groups/{slug}/requests', await app.http().get(`${group}/requests`).set(as(author)));
    const approve = `POST /groups/{slug}/requests/{profileSlug}/approve`;
    expectDocumented(approve, await app.http().post(`${group}/requests/${slugs.reader}/approve`).set(as(author)));
    const reject = `POST /groups/{slug}/requests/{profileSlug}/reject`;
    expectDocumented(reject, await app.http().post(`${group}/requests/${slugs.third}/reject`).set(as(author)));
    expectDocumented(
      'GET /groups/{slug}/members',
      await app.http().get(`${group}/members`).set(as(reader)).query({ sort: 'joinedAt:desc' })
    );
    const role = await app
      .http()
      .put(`${group}/members/${slugs.reader}`)
      .set(as(author))
      .send({ data: { role: 'organizer' } });
    expectDocumented('PUT /groups/{slug}/members/{profileSlug}', role);
    const posted = await app
      .http()
      .post(`${group}/announcements`)
      .set(as(reader))
      .send({ data: { title: 'Kickoff', body: 'Bring water.' } });
    expectDocumented('POST /groups/{slug}/announcements', posted, 201);
    expectDocumented('GET /groups/{slug}/announcements', await app.http().get(`${group}/announcements`).set(as(author)));
    expectDocumented('GET /groups/{slug}', await app.http().get(group).set(as(reader)));
    expectDocumented('GET /groups/mine', await app.http().get(`${API}/groups/mine`).set(as(reader)));
    expectDocumented('POST /groups/{slug}/leave', await app.http().post(`${group}/leave`).set(as(reader)));
  });

  it('events: search near a ZIP, RSVPs, attendees, check-in and co-hosts', async () => {
    const body = {
      title: 'Phone bank night',
      type: 'phone-bank',
      timeZone: 'America/Denver',
      streetAddress: '1 Main St',
      zip: '80202',
      shifts: [{ startsAt: `${YEAR}-11-05T18:00`, endsAt: `${YEAR}-11-05T20:00`, capacity: 1 }],
    };
    const created = await app.http().post(`${API}/events`).set(as(author)).send({ data: body });
    expectDocumented('POST /events', created, 201);
    const { documentId } = created.body.data;
    const shift = created.body.data.shifts[0].documentId;
    const event = `${API}/events/${documentId}`;

    const near = await app.http().get(`${API}/events`).query({ zip: '80202', radiusMiles: 10 });
    expectDocumented('GET /events', near);
    expect(near.body.meta).toMatchObject({ center: { zip: '80202' }, radiusMiles: 10 });
    expectDocumented('GET /events', await app.http().get(`${API}/events`).query({ 'filters[type][$eq]': 'phone-bank' }));
    expectDocumented(
      'PUT /events/{documentId}',
      await app
        .http()
        .put(event)
        .set(as(author))
        .send({ data: { venueName: 'Union hall' } })
    );

    const seat = await app.http().post(`${event}/shifts/${shift}/rsvp`).set(as(reader));
    expectDocumented('POST /events/{documentId}/shifts/{shiftDocumentId}/rsvp', seat, 201);
    const waiting = await app.http().post(`${event}/shifts/${shift}/rsvp`).set(as(third));
    expectDocumented('POST /events/{documentId}/shifts/{shiftDocumentId}/rsvp', waiting, 201);
    expect(waiting.body.data).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });

    expectDocumented('GET /events/{documentId}', await app.http().get(event));
    expectDocumented('GET /events/{documentId}', await app.http().get(event).set(as(reader)));
    expectDocumented('GET /events/mine', await app.http().get(`${API}/events/mine`).set(as(reader)));
    expectDocumented('GET /events/{documentId}/attendees', await app.http().get(`${event}/attendees`).set(as(author)));
    const checkIn = await app.http().post(`${event}/rsvps/${seat.body.data.documentId}/check-in`).set(as(author));
    expectDocumented('POST /events/{documentId}/rsvps/{rsvpDocumentId}/check-in', checkIn);

    const cohost = await app
      .http()
      .post(`${event}/cohosts`)
      .set(as(author))
      .send({ data: { profileSlug: slugs.third } });
    expectDocumented('POST /events/{documentId}/cohosts', cohost);
    const removed = await app.http().delete(`${event}/cohosts/${slugs.third}`).set(as(author));
    expectDocumented('DELETE /events/{documentId}/cohosts/{profileSlug}', removed);
    const cancelled = await app.http().delete(`${event}/shifts/${shift}/rsvp`).set(as(reader));
    expectDocumented('DELETE /events/{documentId}/shifts/{shiftDocumentId}/rsvp', cancelled);
    expect(cancelled.body.data.promotedRsvpDocumentId).toBe(waiting.body.data.documentId);
    expectDocumented('POST /events/{documentId}/cancel', await app.http().post(`${event}/cancel`).set(as(author)));
  });
});
