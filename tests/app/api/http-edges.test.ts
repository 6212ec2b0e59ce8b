import fs from 'fs';
import path from 'path';
import Transport from 'winston-transport';
import { useStrapi } from '../../helpers/strapi';
import { ROOT } from '../../helpers/database';

/** The default allow-list: the API's own origin (PUBLIC_URL) and the supporter site (SITE_URL). */
process.env.CORS_ORIGINS = '';
process.env.PUBLIC_URL = 'https://act.example.org';
process.env.SITE_URL = 'https://www.example.org/donate';

const app = useStrapi();
const SITE = 'https://www.example.org';
const API_ORIGIN = 'https://act.example.org';
const STRANGER = 'https://evil.example.com';

const varyOf = (res: { headers: Record<string, string> }) => (res.headers.vary ?? '').split(/\s*,\s*/).map((v) => v.toLowerCase());

interface LogEntry {
  level: string;
  message: string;
}

/** Collects what the app logs at `http` and above while `run` runs. */
async function logsOf(run: () => Promise<unknown>): Promise<LogEntry[]> {
  const entries: LogEntry[] = [];
  const transport = new (class extends Transport {
    log(info: any, done: () => void) {
      entries.push({ level: info[Symbol.for('level')] ?? info.level, message: String(info.message instanceof Error ? info.message.message : info.message) });
      done();
    }
  })();
  const logger = app.strapi.log as any;
  const level = logger.level;
  logger.level = 'http';
  logger.add(transport);
  try {
    await run();
  } finally {
    logger.remove(transport);
    logger.level = level;
  }
  return entries;
}

describe('CORS', () => {
  it.each([SITE, API_ORIGIN])('answers an allowed origin (%s) with that origin and credentials', async (origin) => {
    const res = await app.http().get('/api/health').set('Origin', origin);
    expect(res.status).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBe(origin);
    expect(res.headers['access-control-allow-credentials']).toBe('true');
    expect(varyOf(res)).toContain('origin');
  });

  it('gives an unknown origin no allow-origin and no credentials', async () => {
    const res = await app.http().get('/api/health').set('Origin', STRANGER);
    expect(res.status).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    expect(res.headers['access-control-allow-credentials']).toBeUndefined();
  });

  it('answers a preflight from an allowed origin, and none from an unknown one', async () => {
    const preflight = (origin: string) =>
      app
        .http()
        .options('/api/auth/local')
        .set('Origin', origin)
        .set('Access-Control-Request-Method', 'POST')
        .set('Access-Control-Request-Headers', 'Content-Type, Authorization');

    const allowed = await preflight(SITE);
    expect(allowed.status).toBe(204);
    expect(allowed.headers['access-control-allow-origin']).toBe(SITE);
    expect(allowed.headers['access-control-allow-credentials']).toBe('true');
    expect(allowed.headers['access-control-allow-methods']).toContain('POST');

    const refused = await preflight(STRANGER);
    expect(refused.headers['access-control-allow-origin']).toBeUndefined();
    expect(refused.headers['access-control-allow-credentials']).toBeUndefined();
    expect(refused.headers['access-control-allow-methods']).toBeUndefined();
  });

  it('a CDN-cacheable answer varies on Origin as well as Authorization and Accept-Encoding', async () => {
    for (const origin of [SITE, STRANGER]) {
      const res = await app.http().get('/api/committee-setting').set('Origin', origin);
      expect(res.status).toBe(200);
      expect(res.headers['cache-control']).toMatch(/^public/);
      expect(varyOf(res)).toEqual(expect.arrayContaining(['origin', 'authorization', 'accept-encoding']));
    }
  });
});

describe('static files', () => {
  it('serves the favicon from public/', async () => {
    const res = await app.http().get('/favicon.ico').buffer(true);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('image/x-icon');
    expect(Buffer.compare(res.body, fs.readFileSync(path.join(ROOT, 'public/favicon.ico')))).toBe(0);
  });

  it('answers a missing static file with a 404 envelope, logged below error', async () => {
    let res: any;
    const logs = await logsOf(async () => {
      res = await app.http().get('/no-such-file.png');
    });
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ data: null, error: { status: 404, name: 'NotFoundError', message: 'Not Found', details: {} } });
    expect(logs.filter((l) => l.level === 'error')).toEqual([]);

    expect((await app.http().get('/robots.txt')).status).toBe(200);
  });
});

describe('log levels', () => {
  beforeAll(() => {
    // Downstream of every route: a request no route answers reaches these.
    app.strapi.server.app.use(async (ctx: any, next: () => Promise<unknown>) => {
      if (ctx.path === '/__test/fault') throw new Error('a real fault');
      if (ctx.path === '/__test/teapot') throw Object.assign(new Error('I only brew tea'), { status: 418, expose: true });
      return next();
    });
  });

  it("a client's malformed JSON is a 400 envelope logged at http, not error", async () => {
    let res: any;
    const logs = await logsOf(async () => {
      res = await app.http().post('/api/auth/local/register').set('Content-Type', 'application/json').send('{"email":');
    });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ data: null, error: { status: 400, details: {} } });
    expect(res.body.error.name).toEqual(expect.any(String));
    expect(res.body.error.message).toEqual(expect.any(String));
    expect(logs.filter((l) => l.level === 'error' || l.level === 'warn')).toEqual([]);
    expect(logs.some((l) => l.level === 'http' && l.message.includes('POST /api/auth/local/register: 400'))).toBe(true);
  });

  it('a thrown 4xx outside Strapi error classes keeps its status and message, below error level', async () => {
    let res: any;
    const logs = await logsOf(async () => {
      res = await app.http().get('/__test/teapot');
    });
    expect(res.status).toBe(418);
    expect(res.body).toEqual({ data: null, error: { status: 418, name: 'Error', message: 'I only brew tea', details: {} } });
    expect(logs.filter((l) => l.level === 'error')).toEqual([]);
  });

  it('a fault is still a 500 logged at error level, without its message in the answer', async () => {
    let res: any;
    const logs = await logsOf(async () => {
      res = await app.http().get('/__test/fault');
    });
    expect(res.status).toBe(500);
    expect(res.body).toEqual({ data: null, error: { status: 500, name: 'InternalServerError', message: 'Internal Server Error' } });
    const errors = logs.filter((l) => l.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toContain('a real fault');
  });
});
