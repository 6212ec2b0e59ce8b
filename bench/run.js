#!/usr/bin/env node
'use strict';
/**
 * `npm run bench -- [names…] [--db postgres|sqlite] [--duration s] [--connections n]`
 * Boots the app in production mode on a throwaway database (PostgreSQL by default), seeds, drives
 * each bench with autocannon against 127.0.0.1 only, and prints one table where every figure
 * stands beside the `floor` and `core` baselines measured in the same run.
 */
const os = require('os');
const path = require('path');
const { fork } = require('child_process');
const { randomBytes } = require('crypto');
const autocannon = require('autocannon');
const { BASELINES, BENCHES, expandNames } = require('./benches');
const {
  createPostgresDatabase,
  createSqliteDatabase,
  DEFAULT_ADMIN_URL,
  dropOrphanedDatabases,
} = require('../scripts/lib/throwaway-database');

const root = path.resolve(__dirname, '..');

function parseArgs(argv) {
  const options = { names: [], db: 'postgres', duration: 10, connections: 32, warmup: 2 };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--db') options.db = argv[++i];
    else if (arg === '--duration') options.duration = Number(argv[++i]);
    else if (arg === '--connections') options.connections = Number(argv[++i]);
    else if (arg === '--warmup') options.warmup = Number(argv[++i]);
    else options.names.push(arg);
  }
  if (!['postgres', 'sqlite'].includes(options.db)) throw new Error('--db must be postgres or sqlite');
  if (!(options.duration > 0 && options.duration <= 120)) throw new Error('--duration must be 1..120 seconds');
  const requested = options.names.length > 0 ? expandNames(options.names) : Object.keys(BENCHES);
  // Baselines always run first, so every figure has its ratio.
  options.names = [...BASELINES, ...requested.filter((n) => !BASELINES.includes(n))];
  return options;
}

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
    // The webhook bench signs its events with it (the server reads it from the environment).
    STRIPE_WEBHOOK_SECRET: `whsec_${secret()}`,
    // Every bench caller comes from 127.0.0.1: the per-IP limit of `next` (SEC-04) would measure itself.
    CALL_NEXT_RATE_LIMIT: 'false',
  };
  for (const [key, value] of Object.entries(database.env)) env[key] = value ?? '';
  return env;
}

function startServer(names, env) {
  return new Promise((resolve, reject) => {
    // BENCH_CPU_PROFILE=<dir>: the server writes a V8 CPU profile there when it stops (open it in Chrome DevTools).
    const execArgv = process.env.BENCH_CPU_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROFILE}`] : [];
    const child = fork(path.join(__dirname, 'server.js'), [], { cwd: root, execArgv, env: { ...env, BENCH_NAMES: JSON.stringify(names) } });
    child.on('message', (message) => {
      if (message.type === 'log') console.log(`  ${message.message}`);
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

/** Asks the server to run a bench's correctness check against its database. */
function verifyInServer(child, name) {
  return new Promise((resolve) => {
    const listener = (message) => {
      if (message.type === 'verified' && message.name === name) {
        child.off('message', listener);
        resolve(message.result);
      }
    };
    child.on('message', listener);
    child.send({ type: 'verify', name });
  });
}

function drive({ port, requests, duration, connections }) {
  return autocannon({ url: `http://127.0.0.1:${port}`, requests, duration, connections, timeout: 10 });
}

const pad = (value, width) => String(value).padStart(width);
const ratio = (value, base) => (base > 0 ? `${(value / base).toFixed(2)}x` : 'n/a');

function printTable(rows, options) {
  const floor = rows.find((r) => r.name === 'floor');
  const core = rows.find((r) => r.name === 'core');
  console.log(
    `\nMyMitt bench — ${os.cpus().length} cores, ${options.db}, Node ${process.version}, ${options.connections} connections, ${options.duration} s each\n`
  );
  console.log(
    `${'bench'.padEnd(13)}${pad('req/s', 10)}${pad('p50 ms', 9)}${pad('p99 ms', 9)}${pad('errors', 8)}${pad('vs floor', 10)}${pad('vs core', 9)}  flow`
  );
  for (const row of rows) {
    console.log(
      `${row.name.padEnd(13)}${pad(row.rps.toFixed(0), 10)}${pad(row.p50, 9)}${pad(row.p99, 9)}${pad(row.errors, 8)}` +
        `${pad(ratio(row.rps, floor?.rps), 10)}${pad(ratio(row.rps, core?.rps), 9)}  ${row.description}`
    );
    if (row.check) console.log(`${''.padEnd(13)}check: ${row.check}`);
  }
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const adminUrl = process.env.DATABASE_URL || DEFAULT_ADMIN_URL;
  let database;
  if (options.db === 'postgres') {
    await dropOrphanedDatabases(adminUrl, 'mymitt_bench');
    database = await createPostgresDatabase(adminUrl, 'mymitt_bench');
  } else {
    database = createSqliteDatabase(path.join(root, '.tmp'), 'bench');
  }

  console.log(`Booting the app in production mode on ${options.db} and seeding: ${options.names.join(', ')}`);
  let server;
  try {
    server = await startServer(options.names, productionEnv(database));
    const rows = [];
    for (const name of options.names) {
      const bench = BENCHES[name];
      if (bench.drive) {
        // A flow with its own client (signed, stateful requests), bounded by its own count and time.
        const result = await bench.drive({ port: server.port, seed: server.seeds[name] });
        const verified = bench.verify ? await verifyInServer(server.child, name) : undefined;
        rows.push({ name, description: bench.description, ...result, check: bench.check(server.seeds[name], result, verified) });
        console.log(`  measured ${name}`);
        continue;
      }
      const requests = bench.requests(server.seeds[name]);
      if (options.warmup > 0) await drive({ port: server.port, requests, duration: options.warmup, connections: options.connections });
      const result = await drive({ port: server.port, requests, duration: options.duration, connections: options.connections });
      rows.push({
        name,
        description: bench.description,
        rps: result.requests.average,
        p50: result.latency.p50,
        p99: result.latency.p99,
        errors: result.errors + result.timeouts + result.non2xx,
        check: bench.check ? await bench.check(server.seeds[name], result, { port: server.port }) : undefined,
      });
      console.log(`  measured ${name}`);
    }
    printTable(rows, options);
  } finally {
    if (server) await stopServer(server.child);
    await database.drop();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  }
);
