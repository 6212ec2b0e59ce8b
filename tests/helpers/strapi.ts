import path from 'path';
import request from 'supertest';
import { createStrapi, type Core } from '@strapi/strapi';
import { createTestDatabase, ROOT, type TestDatabase } from './database';

export interface BootedApp {
  strapi: Core.Strapi;
  database: TestDatabase;
}

/**
 * Unset variables become empty strings rather than being deleted: Strapi loads `.env` with dotenv,
 * which fills in missing keys, and a developer's DATABASE_URL must never reach a test run.
 */
function applyEnv(env: Record<string, string | undefined>) {
  for (const [key, value] of Object.entries(env)) process.env[key] = value ?? '';
}

export interface BootOptions {
  /** Serve the built admin panel (dist/build, from `npm run build`) at /admin; off by default (tests/e2e/admin*.test.ts turn it on). */
  serveAdminPanel?: boolean;
  /** The compiled app's directory; default dist/ (tests/e2e/helpers/browser.ts passes a private copy for the admin). */
  distDir?: string;
}

/** Boots the compiled app (dist/) on the given database and listens on an ephemeral port. */
export async function bootStrapi(database: TestDatabase, options: BootOptions = {}): Promise<Core.Strapi> {
  // MYMITT_ID_AUDIT=fail: a plugin content-API answer holding a numeric database id is a 500, so every
  // test checks the identifiers of every route it calls (kit identifier-audit.ts).
  applyEnv({ NODE_ENV: 'test', MYMITT_ID_AUDIT: 'fail', ...database.env });
  const strapi = createStrapi({ appDir: ROOT, distDir: options.distDir ?? path.join(ROOT, 'dist'), autoReload: false, serveAdminPanel: options.serveAdminPanel ?? false });
  try {
    await strapi.load();
  } catch (error) {
    await strapi.destroy().catch(() => undefined);
    throw error;
  }
  // Listen without strapi.listen(): that also prints the start-up banner.
  await new Promise<void>((resolve) => strapi.server.listen(0, '127.0.0.1', () => resolve()));
  return strapi;
}

export async function stopStrapi(strapi: Core.Strapi) {
  await strapi.destroy();
}

/**
 * Boots Strapi once for the test file on a fresh database and tears both down after it.
 * Use the returned getters inside tests: `app.strapi`, `app.http()`.
 */
export function useStrapi() {
  let booted: BootedApp | undefined;

  beforeAll(async () => {
    const database = await createTestDatabase({ fromTemplate: true });
    booted = { strapi: await bootStrapi(database), database };
  });

  afterAll(async () => {
    if (!booted) return;
    await stopStrapi(booted.strapi);
    await booted.database.drop();
    booted = undefined;
  });

  return {
    get strapi(): Core.Strapi {
      if (!booted) throw new Error('Strapi is not booted: use it inside a test or hook');
      return booted.strapi;
    },
    http() {
      return request(this.strapi.server.httpServer);
    },
  };
}

export type TestApp = ReturnType<typeof useStrapi>;
