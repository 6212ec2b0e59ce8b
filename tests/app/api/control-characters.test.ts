import sharp from 'sharp';
import { useStrapi } from '../../helpers/strapi';
import { bearer, signInAdmin, type SignedInAdmin } from '../../helpers/admins';
import { signUpSupporter, type SignedInSupporter } from '../../helpers/supporters';
import { signWebhook } from '../../helpers/stripe-fake';
import { fillPath, parameterNames, registeredRoutes, type RegisteredRoute } from '../../helpers/route-table';

/** The webhook's endpoint secret (read from the environment by the fundraising config at boot). */
const WEBHOOK_SECRET = 'whsec_mymitt_control_characters_test';
process.env.STRIPE_WEBHOOK_SECRET = WEBHOOK_SECRET;

const app = useStrapi();

const NUL = 'a\u0000b';
const NUL_IN_URL = 'a%00b';
const QUERY_FIELD = 'filters[title][$eq]';

type Location = 'path' | 'query' | 'body';
interface Probe {
  location: Location;
  url: string;
  body?: unknown;
  /** How the refusal must name the place: a query parameter or a body field path. */
  field?: string;
}

/** The methods whose body `strapi::body` parses (koa-body's default); a DELETE body is never read. */
const BODY_METHODS = ['POST', 'PUT', 'PATCH'];

/** One request per place a route can carry text: a path parameter, the query string, a JSON body (writes). */
function probesOf(route: RegisteredRoute): Probe[] {
  const plain = fillPath(route.path, () => 'a');
  const probes: Probe[] = [{ location: 'query', url: `${plain}?${QUERY_FIELD}=${NUL_IN_URL}`, field: QUERY_FIELD }];
  if (parameterNames(route.path).length) probes.push({ location: 'path', url: fillPath(route.path, () => NUL_IN_URL) });
  if (BODY_METHODS.includes(route.method))
    probes.push({ location: 'body', url: plain, body: { data: { title: NUL } }, field: 'data.title' });
  return probes;
}

/** The webhooks whose signed body the guard lets through, as config/middlewares.ts lists them. */
function signedBodyPaths(): string[] {
  const entry = (app.strapi.config.get('middlewares') as any[]).find((m) => m?.name === 'global::control-characters');
  return entry?.config?.signedBodyPaths ?? [];
}

/** What is wrong with an answer to a probe, or null if it is the control-character refusal. */
function problemWith(res: { status: number; body: any }, probe: Probe): string | null {
  const error = res.body?.error;
  // A signed body is the handler's to refuse (an unsigned one is a 400 there); it must never be a 5xx.
  if (probe.location === 'body' && signedBodyPaths().includes(probe.url))
    return res.status >= 400 && res.status < 500 ? null : `answered ${res.status}`;
  if (res.status !== 400) return `answered ${res.status}`;
  if (res.body?.data !== null || error?.name !== 'ValidationError' || error?.details?.location !== probe.location) {
    return `400, but not the control-character refusal: ${JSON.stringify(res.body).slice(0, 160)}`;
  }
  if (probe.field && error.details.field !== probe.field) return `named "${error.details.field}" instead of "${probe.field}"`;
  return null;
}

/** Sends every probe of every route as each viewer; returns the failures, one line each, and the count sent. */
async function probeAll(routes: RegisteredRoute[], viewers: Record<string, Record<string, string>>) {
  const failures: string[] = [];
  let sent = 0;
  for (const route of routes) {
    for (const probe of probesOf(route)) {
      for (const [viewer, headers] of Object.entries(viewers)) {
        const request = app.http()[route.method.toLowerCase() as 'get'](probe.url).set(headers);
        const res = probe.body === undefined ? await request : await request.send(probe.body as object);
        sent += 1;
        const problem = problemWith(res, probe);
        if (problem) failures.push(`${viewer} ${route.method} ${route.path} — NUL in ${probe.location}: ${problem}`);
      }
    }
  }
  return { failures, sent };
}

const refusal = (location: Location, message: string, extra: Record<string, unknown>, path: Array<string | number>) => ({
  data: null,
  error: {
    status: 400,
    name: 'ValidationError',
    message,
    details: { code: 'control_character', location, ...extra, errors: [{ path, message, name: 'ValidationError' }] },
  },
});

describe('control characters are refused with a 400 before any route runs (issue 11)', () => {
  let supporter: SignedInSupporter;
  let admin: SignedInAdmin;

  beforeAll(async () => {
    supporter = await signUpSupporter(app);
    admin = await signInAdmin(app);
  });

  it('every content-API route refuses a NUL in a path parameter, the query string and a JSON body field, from the public and from a supporter', async () => {
    const routes = registeredRoutes(app.strapi, 'content-api');
    expect(routes.length).toBeGreaterThan(100);
    const { failures, sent } = await probeAll(routes, { anonymous: {}, supporter: bearer(supporter.jwt) });
    expect(failures).toEqual([]);
    expect(sent).toBeGreaterThan(400);
  });

  it('every admin route (admin, content manager, upload, plugins) refuses them too, with an admin JWT', async () => {
    const routes = registeredRoutes(app.strapi, 'admin');
    expect(routes.map((r) => r.path)).toEqual(expect.arrayContaining(['/admin/login', '/content-manager/collection-types/:model']));
    const { failures, sent } = await probeAll(routes, { admin: bearer(admin.token) });
    expect(failures).toEqual([]);
    expect(sent).toBeGreaterThan(400);
  });

  it('names the place: the path, the query parameter, the body field path; field names are checked too', async () => {
    const inPath = await app.http().get(`/api/pages/${NUL_IN_URL}`);
    expect(inPath.body).toEqual(
      refusal(
        'path',
        'Control character U+0000 is not allowed in the URL path. Remove it and send the request again.',
        { character: 'U+0000' },
        []
      )
    );

    const inQuery = await app.http().get('/api/pages?filters[title][$eq]=ok&pagination[pageSize]=1%7F');
    expect(inQuery.body).toEqual(
      refusal(
        'query',
        'Control character U+007F is not allowed in query parameter "pagination[pageSize]". Remove it and send the request again.',
        { field: 'pagination[pageSize]', character: 'U+007F' },
        ['pagination', 'pageSize']
      )
    );

    const inBody = await app
      .http()
      .post('/api/auth/local/register')
      .send({ email: 'x@example.org', blocks: [{ heading: 'ok' }, { heading: 'bell\u0007' }] });
    expect(inBody.body).toEqual(
      refusal(
        'body',
        'Control character U+0007 is not allowed in body field "blocks[1].heading". Remove it and send the request again.',
        { field: 'blocks[1].heading', character: 'U+0007' },
        ['blocks', 1, 'heading']
      )
    );

    const inKey = await app.http().post('/api/auth/local').send({ identifier: 'x', 'pass\u0000word': 'y' });
    expect(inKey.status).toBe(400);
    expect(inKey.body.error.details).toMatchObject({ location: 'body', field: 'pass\\u0000word', errors: [{ path: ['pass\u0000word'] }] });
    expect(inKey.body.error.message).not.toContain('\u0000');

    const inQueryKey = await app.http().get('/api/pages?a%01b=1');
    expect(inQueryKey.body.error.details).toMatchObject({ location: 'query', field: 'a\\u0001b' });
  });

  it('allows tab and line breaks in body text only: a post keeps them; a tab in a query, or a vertical tab in a body, is refused', async () => {
    const text = 'Line one\r\nLine two\n\tIndented';
    const post = await app
      .http()
      .post('/api/mymitt-profiles/posts')
      .set(bearer(supporter.jwt))
      .send({ title: 'Tabs\tand lines', bodyMarkdown: text });
    expect(post.status).toBe(201);
    const stored = await app.strapi.db
      .query('plugin::mymitt-profiles.post')
      .findOne({ where: { documentId: post.body.data.documentId }, select: ['bodyMarkdown'] });
    expect(stored.bodyMarkdown).toBe(text);

    const tabInQuery = await app.http().get('/api/mymitt-profiles/posts?page=1%09');
    expect(tabInQuery.status).toBe(400);
    expect(tabInQuery.body.error.details).toMatchObject({ location: 'query', field: 'page', character: 'U+0009' });

    const verticalTab = await app.http().post('/api/mymitt-profiles/posts').set(bearer(supporter.jwt)).send({ title: 'Soft\u000bbreak' });
    expect(verticalTab.status).toBe(400);
    expect(verticalTab.body.error.details).toMatchObject({ location: 'body', field: 'title', character: 'U+000B' });
  });

  it('refuses a deeply nested body with a NUL at the bottom with a 400, not a stack overflow', async () => {
    const depth = 5000;
    const body = `${'['.repeat(depth)}"${'\\u0000'}"${']'.repeat(depth)}`;
    const res = await app.http().post('/api/auth/local').set('Content-Type', 'application/json').send(body);
    expect(res.status).toBe(400);
    expect(res.body.error.details).toMatchObject({ location: 'body', character: 'U+0000' });
    expect(res.body.error.details.errors[0].path).toHaveLength(depth);
  });

  it('multipart: checks the text fields, never the file bytes', async () => {
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: { r: 0, g: 0, b: 0 } } })
      .png()
      .toBuffer();
    expect(png.includes(0)).toBe(true);

    const avatar = await app
      .http()
      .post('/api/mymitt-profiles/profiles/me/avatar')
      .set(bearer(supporter.jwt))
      .attach('avatar', png, { filename: 'me.png', contentType: 'image/png' });
    expect(avatar.status).toBe(200);

    const textField = await app
      .http()
      .post('/api/mymitt-profiles/profiles/me/avatar')
      .set(bearer(supporter.jwt))
      .field('caption', NUL)
      .attach('avatar', png, { filename: 'me.png', contentType: 'image/png' });
    expect(textField.status).toBe(400);
    expect(textField.body.error.details).toMatchObject({ location: 'body', field: 'caption', character: 'U+0000' });
  });

  it('leaves a CSV import body (text/csv, streamed unparsed) to the call center', async () => {
    const res = await app
      .http()
      .post('/mymitt-callcenter/dnc/import')
      .set(bearer(admin.token))
      .set('Content-Type', 'text/csv')
      .send(`phone\n603555${'\u0000'}0100\n`);
    expect(res.body?.error?.details?.location).toBeUndefined();
  });

  it('accepts a signed Stripe event carrying a NUL as sent (a 400 would be retried for days) and stores it without the NUL', async () => {
    const sessionId = `cs_test_nul_${Date.now().toString(36)}`;
    const event = {
      id: `evt_test_nul_${Date.now().toString(36)}`,
      object: 'event',
      api_version: '2025-09-30.clover',
      created: Math.floor(Date.now() / 1000),
      livemode: false,
      type: 'checkout.session.completed',
      data: {
        object: {
          id: sessionId,
          object: 'checkout.session',
          mode: 'payment',
          status: 'complete',
          payment_status: 'paid',
          amount_total: 2500,
          currency: 'usd',
          payment_intent: `pi_test_nul_${Date.now().toString(36)}`,
          customer_details: { name: 'Ann\u0000 Romney', address: { line1: '1 Main St\u0000' } },
          metadata: {},
        },
      },
    };
    const payload = JSON.stringify(event);
    expect(payload).toContain('\\u0000');

    const res = await app
      .http()
      .post('/api/mymitt-fundraising/stripe/webhook')
      .set('Content-Type', 'application/json')
      .set('Stripe-Signature', signWebhook(payload, WEBHOOK_SECRET))
      .send(payload);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ received: true, eventId: event.id, outcome: 'parked' });

    const stored = await app.strapi.db.query('plugin::mymitt-fundraising.stripe-event').findOne({ where: { eventId: event.id } });
    const storedPayload = typeof stored.payload === 'string' ? JSON.parse(stored.payload) : stored.payload;
    expect(storedPayload.data.object.customer_details).toEqual({ name: 'Ann Romney', address: { line1: '1 Main St' } });

    const unsigned = await app.http().post('/api/mymitt-fundraising/stripe/webhook').send({ id: NUL });
    expect(unsigned.status).toBe(400);
    expect(unsigned.body.error.message).toMatch(/Stripe-Signature/);
  });
});
