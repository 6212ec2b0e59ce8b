#!/usr/bin/env node
'use strict';
/**
 * `npm run test:pg`: the same jest suite on PostgreSQL. DATABASE_URL (default
 * postgres://postgres@127.0.0.1:5432/postgres) is used only to create and drop one throwaway
 * database per test file (tests/helpers/database.ts); nothing is written to the database it names.
 */
const { spawnSync } = require('child_process');
const { Client } = require('pg');

const adminUrl = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const redacted = adminUrl.replace(/\/\/([^:@/]+):[^@/]+@/, '//$1:***@');

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

async function dropOrphanedTestDatabases(client) {
  const { rows } = await client.query("SELECT datname FROM pg_database WHERE datname LIKE 'mymitt_test_%'");
  for (const { datname } of rows) {
    const pid = Number(datname.split('_')[2]);
    if (!isAlive(pid)) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  }
}

async function main() {
  const client = new Client({ connectionString: adminUrl, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await dropOrphanedTestDatabases(client);
  } catch (error) {
    console.error(`PostgreSQL is not reachable at ${redacted}: ${error.message}`);
    console.error('Start it (for example `pg_ctlcluster 15 main start`) or set DATABASE_URL.');
    process.exit(1);
  } finally {
    await client.end().catch(() => undefined);
  }

  const env = { ...process.env, TEST_DATABASE_URL: adminUrl };
  delete env.DATABASE_URL;
  console.log(`Running the suite on PostgreSQL (${redacted})`);
  const result = spawnSync(process.execPath, [require.resolve('jest/bin/jest'), '--runInBand', ...process.argv.slice(2)], {
    stdio: 'inherit',
    env,
  });
  process.exit(result.status ?? 1);
}

main();
