#!/usr/bin/env node
'use strict';
/**
 * `npm run bench -- [names…] [--db postgres|sqlite] [--duration s] [--connections n] [--keep] [--check]`
 * Boots the app in production mode on a throwaway database (PostgreSQL by default), seeds, drives
 * each bench with autocannon against 127.0.0.1 only, and prints one table where every figure
 * stands beside the `floor` and `core` baselines measured in the same run. `--check`: the short guard
 * CI runs instead (check.js): each bench's ratios against the floors it declares; exit code 1 below one.
 */
const os = require('os');
const path = require('path');
const autocannon = require('autocannon');

// Before the benches load: their sizes and durations shrink for the quick check.
if (process.argv.includes('--check')) process.env.BENCH_QUICK = '1';
const { BASELINES, BENCHES, expandNames } = require('./benches');
const { runChecks } = require('./check');
const { productionEnv, startServer, stopServer } = require('./lib-server');
const {
  createPostgresDatabase,
  createSqliteDatabase,
  DEFAULT_ADMIN_URL,
  dropOrphanedDatabases,
} = require('../scripts/lib/throwaway-database');

const root = path.resolve(__dirname, '..');

function parseArgs(argv) {
  const options = { names: [], db: 'postgres', duration: 10, connections: 32, warmup: 2, keep: false, check: false };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--db') options.db = argv[++i];
    else if (arg === '--duration') options.duration = Number(argv[++i]);
    else if (arg === '--connections') options.connections = Number(argv[++i]);
    else if (arg === '--warmup') options.warmup = Number(argv[++i]);
    else if (arg === '--keep') options.keep = true;
    else if (arg === '--check') options.check = true;
    else options.names.push(arg);
  }
  if (!['postgres', 'sqlite'].includes(options.db)) throw new Error('--db must be postgres or sqlite');
  if (!(options.duration > 0 && options.duration <= 120)) throw new Error('--duration must be 1..120 seconds');
  const all = Object.keys(BENCHES).filter((name) => !options.check || BENCHES[name].floors);
  const requested = options.names.length > 0 ? expandNames(options.names) : all;
  // Baselines always run first, so every figure has its ratio.
  options.names = [...BASELINES, ...requested.filter((n) => !BASELINES.includes(n))];
  return options;
}

/** Sends the server one message and resolves with its answer of type `answer` for bench `name`. */
function ask(child, type, answer, name) {
  return new Promise((resolve) => {
    const listener = (message) => {
      if (message.type === answer && message.name === name) {
        child.off('message', listener);
        resolve(message.result);
      }
    };
    child.on('message', listener);
    child.send({ type, name });
  });
}

/** Asks the server to run a bench's correctness check against its database. */
const verifyInServer = (child, name) => ask(child, 'verify', 'verified', name);

/** BENCH_CPU_PROFILE=<dir> or BENCH_QUERIES=1: the server profiles each bench's load (see server.js). */
const profiling = Boolean(process.env.BENCH_CPU_PROFILE) || process.env.BENCH_QUERIES === '1';
const startProfile = (child, name) => (profiling ? ask(child, 'profile-start', 'profiling', name) : undefined);
const stopProfile = (child, name) => (profiling ? ask(child, 'profile-stop', 'profiled', name) : undefined);

function drive({ port, requests, duration, connections }) {
  return autocannon({ url: `http://127.0.0.1:${port}`, requests, duration, connections, timeout: 10 });
}

/** A bench's check answers a line of text, or { ok, text } when it verifies something. */
const checkText = (answer) => (typeof answer === 'string' ? answer : answer.text);

const pad = (value, width) => String(value).padStart(width);
const ratio = (value, base) => (base > 0 ? `${(value / base).toFixed(2)}x` : 'n/a');

function printTable(rows, options) {
  const floor = rows.find((r) => r.name === 'floor');
  const core = rows.find((r) => r.name === 'core');
  console.log(
    `\nMyMitt bench — ${os.cpus().length} cores, ${options.db}, Node ${process.version}, ${options.connections} connections, ${options.duration} s each\n`
  );
  const width = Math.max(13, ...rows.map((r) => r.name.length + 2));
  console.log(
    `${'bench'.padEnd(width)}${pad('req/s', 10)}${pad('p50 ms', 9)}${pad('p99 ms', 9)}${pad('errors', 8)}${pad('vs floor', 10)}${pad('vs core', 9)}  flow`
  );
  for (const row of rows) {
    console.log(
      `${row.name.padEnd(width)}${pad(row.rps.toFixed(0), 10)}${pad(row.p50, 9)}${pad(row.p99, 9)}${pad(row.errors, 8)}` +
        `${pad(ratio(row.rps, floor?.rps), 10)}${pad(ratio(row.rps, core?.rps), 9)}  ${row.description}`
    );
    if (row.check) console.log(`${''.padEnd(width)}check: ${row.check}`);
  }
}

let passed = true;

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
    if (options.check) {
      const context = {
        drive,
        port: server.port,
        seeds: server.seeds,
        connections: options.connections,
        verifyInServer: (name) => verifyInServer(server.child, name),
      };
      passed = await runChecks(context, options.names);
      return;
    }
    const rows = [];
    for (const name of options.names) {
      const bench = BENCHES[name];
      if (bench.drive) {
        // A flow with its own client (signed, stateful requests), bounded by its own count and time.
        await startProfile(server.child, name);
        const result = await bench.drive({ port: server.port, seed: server.seeds[name] });
        await stopProfile(server.child, name);
        const verified = bench.verify ? await verifyInServer(server.child, name) : undefined;
        const checked = bench.check(server.seeds[name], result, verified);
        rows.push({ name, description: bench.description, ...result, check: checkText(checked) });
        if (checked && checked.ok === false) passed = false;
        console.log(`  measured ${name}`);
        continue;
      }
      // A bench whose precondition fails (e.g. the site is not served yet) says why and is skipped.
      const cannot = bench.before ? await bench.before(server.seeds[name], { port: server.port }) : undefined;
      if (cannot) {
        console.log(`  skipped ${name}: ${cannot}`);
        rows.push({ name, description: bench.description, rps: 0, p50: '-', p99: '-', errors: '-', check: `SKIPPED: ${cannot}` });
        passed = false;
        continue;
      }
      const requests = bench.requests(server.seeds[name]);
      if (options.warmup > 0) await drive({ port: server.port, requests, duration: options.warmup, connections: options.connections });
      await startProfile(server.child, name);
      const result = await drive({ port: server.port, requests, duration: options.duration, connections: options.connections });
      await stopProfile(server.child, name);
      // A check that answers { ok: false } (a wrong figure, a missing 304) fails the run.
      const checked = bench.check ? await bench.check(server.seeds[name], result, { port: server.port }) : undefined;
      rows.push({
        name,
        description: bench.description,
        rps: result.requests.average,
        p50: result.latency.p50,
        p99: result.latency.p99,
        errors: result.errors + result.timeouts + result.non2xx,
        check: bench.check ? checkText(checked) : undefined,
      });
      if (checked && checked.ok === false) passed = false;
      console.log(`  measured ${name}`);
    }
    printTable(rows, options);
    if (!passed) console.log('\nbench: a check failed or a bench was skipped (see its check line)');
  } finally {
    if (server) await stopServer(server.child);
    // --keep: the database stays for a look at its query plans, until the next run drops it as orphaned.
    if (options.keep) console.log(`database kept: ${JSON.stringify(database.env)}`);
    else await database.drop();
  }
}

main().then(
  () => process.exit(passed ? 0 : 1),
  (error) => {
    console.error(error);
    process.exit(1);
  }
);
