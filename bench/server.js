'use strict';
/**
 * The app under load: boots the compiled app in production mode on the database the runner made,
 * lets each selected bench seed its records in-process, listens on 127.0.0.1, and reports the port
 * and seed results to the runner over IPC.
 */
const path = require('path');
const { createStrapi } = require('@strapi/strapi');
const { loadBenches } = require('./benches');

const root = path.resolve(__dirname, '..');

/** Requests still queued for a connection when the load stops would be aborted by destroy(). */
async function untilPoolIdle(strapi, timeoutMs = 10000) {
  const pool = strapi.db.connection.client.pool;
  const deadline = Date.now() + timeoutMs;
  while (pool && (pool.numPendingAcquires() > 0 || pool.numUsed() > 0) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function main() {
  const names = JSON.parse(process.env.BENCH_NAMES || '[]');
  const strapi = createStrapi({ appDir: root, distDir: path.join(root, 'dist'), autoReload: false, serveAdminPanel: false });
  await strapi.load();

  const seeds = {};
  for (const bench of loadBenches(names)) {
    const started = Date.now();
    seeds[bench.name] = bench.seed ? await bench.seed(strapi) : {};
    process.send({ type: 'log', message: `seeded ${bench.name} in ${Date.now() - started} ms` });
  }

  await new Promise((resolve) => strapi.server.listen(0, '127.0.0.1', resolve));
  process.send({ type: 'ready', port: strapi.server.httpServer.address().port, seeds });

  process.on('message', async (message) => {
    if (message && message.type === 'verify') {
      // A bench's correctness check reads the database the server wrote (e.g. the webhook ledger).
      const bench = loadBenches([message.name])[0];
      process.send({ type: 'verified', name: message.name, result: await bench.verify(strapi, seeds[message.name]) });
    }
    if (message && message.type === 'stop') {
      await untilPoolIdle(strapi);
      await strapi.destroy();
      process.exit(0);
    }
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
