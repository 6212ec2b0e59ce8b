'use strict';
/**
 * The app under load: boots the compiled app in production mode on the database the runner made,
 * lets each selected bench seed its records in-process, listens on 127.0.0.1, and reports the port
 * and seed results to the runner over IPC.
 */
const fs = require('fs');
const path = require('path');
const inspector = require('inspector');
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

/**
 * BENCH_CPU_PROFILE=<dir>: one V8 CPU profile per bench, of the load only (seeding and the other benches
 * left out), written as <dir>/<bench>.cpuprofile (open it in Chrome DevTools).
 */
function createProfiler(dir) {
  if (!dir) return { start: async () => {}, stop: async () => {} };

  const session = new inspector.Session();
  session.connect();
  const post = (method, params) =>
    new Promise((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))));
  fs.mkdirSync(dir, { recursive: true });
  return {
    async start() {
      await post('Profiler.enable');
      await post('Profiler.start');
    },
    async stop(name) {
      const { profile } = await post('Profiler.stop');
      fs.writeFileSync(path.join(dir, `${name}.cpuprofile`), JSON.stringify(profile));
    },
  };
}

/**
 * BENCH_QUERIES=1: counts the SQL statements the server sends during each bench's load, by statement,
 * and logs the most frequent ones (a request that repeats a lookup shows up here first). Only statements
 * sent through knex: the kit's `preparedQuery` (the caller loop's lease and result) goes around it.
 */
function createQueryCounter(strapi, enabled) {
  const stats = new Map();
  const sentAt = new Map();
  const onQuery = (query) => {
    const stat = stats.get(query.sql) ?? { count: 0, ms: 0 };
    stat.count += 1;
    stats.set(query.sql, stat);
    sentAt.set(query.__knexQueryUid, [query.sql, performance.now()]);
  };
  const onResponse = (_response, query) => {
    const sent = sentAt.get(query.__knexQueryUid);
    if (!sent) return;
    sentAt.delete(query.__knexQueryUid);
    stats.get(sent[0]).ms += performance.now() - sent[1];
  };
  return {
    start() {
      if (!enabled) return;
      stats.clear();
      strapi.db.connection.on('query', onQuery).on('query-response', onResponse);
    },
    stop(name) {
      if (!enabled) return;
      strapi.db.connection.off('query', onQuery).off('query-response', onResponse);
      const total = [...stats.values()].reduce((sum, stat) => sum + stat.count, 0);
      const top = [...stats].sort((a, b) => b[1].count - a[1].count).slice(0, 12);
      // ms: from the statement's send to its answer, as this process saw it (event-loop delay included).
      const lines = top.map(
        ([sql, { count, ms }]) =>
          `    ${String(count).padStart(7)} ${(ms / count).toFixed(2).padStart(7)} ms  ${sql.replace(/\s+/g, ' ').slice(0, 130)}`
      );
      process.send({ type: 'log', message: `${name}: ${total} SQL statements (count, mean ms from send to answer)\n${lines.join('\n')}` });
    },
  };
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

  const profiler = createProfiler(process.env.BENCH_CPU_PROFILE);
  const queries = createQueryCounter(strapi, process.env.BENCH_QUERIES === '1');
  process.on('message', async (message) => {
    if (message && message.type === 'profile-start') {
      queries.start();
      await profiler.start();
      process.send({ type: 'profiling', name: message.name });
    }
    if (message && message.type === 'profile-stop') {
      await profiler.stop(message.name);
      queries.stop(message.name);
      process.send({ type: 'profiled', name: message.name });
    }
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
