'use strict';
/**
 * The app under load, seen from the runner: the production environment it boots with (fresh secrets,
 * the throwaway database's variables), and the forked bench/server.js that seeds the selected benches
 * and listens on 127.0.0.1. Shared by run.js and site-weight.js.
 */
const path = require('path');
const { fork } = require('child_process');
const { randomBytes } = require('crypto');

function productionEnv(database) {
  const secret = () => randomBytes(32).toString('base64');
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    CRON_ENABLED: 'false',
    APP_KEYS: `${secret()},${secret()}`,
    API_TOKEN_SALT: secret(),
    ADMIN_JWT_SECRET: secret(),
    TRANSFER_TOKEN_SALT: secret(),
    ENCRYPTION_KEY: secret(),
    JWT_SECRET: secret(),
    // Signs the content manager's draft-preview links on the site (issue 14).
    PREVIEW_SECRET: secret(),
    // The webhook bench signs its events with it (the server reads it from the environment).
    STRIPE_WEBHOOK_SECRET: `whsec_${secret()}`,
    // Production refuses to start without a mail relay; nothing listens on this port, so receipts fail at
    // once (recorded as failed) and no bench donor is ever mailed.
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: '2525',
    SMTP_REQUIRE_TLS: 'false',
    MAIL_FROM: 'MyMitt bench <bench@mymitt.localhost>',
    // Every bench caller comes from 127.0.0.1: the per-IP limit of `next` (SEC-04) would measure itself.
    CALL_NEXT_RATE_LIMIT: 'false',
  };
  for (const [key, value] of Object.entries(database.env)) env[key] = value ?? '';
  return env;
}

/** Forks bench/server.js, which seeds `names` and listens; resolves with { child, port, seeds }. */
function startServer(names, env, { log = (message) => console.log(`  ${message}`) } = {}) {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(__dirname, 'server.js'), [], {
      cwd: path.resolve(__dirname, '..'),
      env: { ...env, BENCH_NAMES: JSON.stringify(names) },
    });
    child.on('message', (message) => {
      if (message.type === 'log') log(message.message);
      if (message.type === 'ready') resolve({ child, port: message.port, seeds: message.seeds });
    });
    child.on('exit', (code) => reject(new Error(`bench server exited with code ${code} before it was ready`)));
  });
}

function stopServer(child) {
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 10000);
    child.removeAllListeners('exit');
    child.on('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.send({ type: 'stop' });
  });
}

module.exports = { productionEnv, startServer, stopServer };
