import { spawn } from 'child_process';
import path from 'path';
import { randomBytes } from 'crypto';
import { createTestDatabase, ROOT, type TestDatabase } from '../../helpers/database';

/** Boots the compiled app in production mode in a child process and reports how it ended. */
function bootInProduction(env: Record<string, string | undefined>): Promise<{ code: number | null; output: string }> {
  const script = `
    const { createStrapi } = require('@strapi/strapi');
    createStrapi({ appDir: ${JSON.stringify(ROOT)}, distDir: ${JSON.stringify(path.join(ROOT, 'dist'))}, autoReload: false, serveAdminPanel: false })
      .load()
      .then(async (app) => { console.log('BOOTED'); await app.destroy(); process.exit(0); })
      .catch((error) => { console.error(error.message); process.exit(1); });
  `;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-e', script], {
      cwd: ROOT,
      env: { ...process.env, ...Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v ?? ''])) },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ code, output }));
  });
}

describe('production start-up', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.drop();
  });

  it('refuses to start with the placeholder secrets of .env.example, naming them', async () => {
    const { code, output } = await bootInProduction({
      ...database.env,
      NODE_ENV: 'production',
      APP_KEYS: 'toBeModified1,toBeModified2',
      API_TOKEN_SALT: 'tobemodified',
      ADMIN_JWT_SECRET: 'tobemodified',
      TRANSFER_TOKEN_SALT: 'tobemodified',
      ENCRYPTION_KEY: 'tobemodified',
      JWT_SECRET: 'tobemodified',
      PREVIEW_SECRET: 'tobemodified',
    });

    expect(code).toBe(1);
    expect(output).toContain('Refusing to start in production');
    expect(output).toContain('ADMIN_JWT_SECRET');
    expect(output).toContain('PREVIEW_SECRET');
    expect(output).not.toContain('BOOTED');
  });

  const realSecrets = () => {
    const secret = () => randomBytes(32).toString('base64');
    return {
      APP_KEYS: `${secret()},${secret()}`,
      API_TOKEN_SALT: secret(),
      ADMIN_JWT_SECRET: secret(),
      TRANSFER_TOKEN_SALT: secret(),
      ENCRYPTION_KEY: secret(),
      JWT_SECRET: secret(),
      PREVIEW_SECRET: secret(),
    };
  };
  // Nothing listens there: the transport connects only when a message is sent.
  const MAIL = { SMTP_HOST: '127.0.0.1', SMTP_PORT: '2525', MAIL_FROM: 'MyMitt for America <receipts@campaign.test>' };

  it('starts with real secrets and a mail relay (so the refusals above and below are about those)', async () => {
    const { code, output } = await bootInProduction({ ...database.env, NODE_ENV: 'production', ...realSecrets(), ...MAIL });
    expect(output).toContain('BOOTED');
    expect(code).toBe(0);
  });

  it('refuses to start without a mail relay rather than falling back to sendmail, naming SMTP_HOST and MAIL_FROM', async () => {
    const { code, output } = await bootInProduction({ ...database.env, NODE_ENV: 'production', ...realSecrets(), SMTP_HOST: '', MAIL_FROM: '' });
    expect(code).toBe(1);
    expect(output).toContain('Refusing to start in production: SMTP_HOST and MAIL_FROM are not set');
    expect(output).not.toContain('BOOTED');
  });

  it('refuses to start with no secrets at all', async () => {
    const { code, output } = await bootInProduction({
      ...database.env,
      NODE_ENV: 'production',
      APP_KEYS: '',
      API_TOKEN_SALT: '',
      ADMIN_JWT_SECRET: '',
      TRANSFER_TOKEN_SALT: '',
      ENCRYPTION_KEY: '',
      JWT_SECRET: '',
      PREVIEW_SECRET: '',
    });
    expect(code).toBe(1);
    expect(output).not.toContain('BOOTED');
  });
});
