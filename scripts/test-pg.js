#!/usr/bin/env node
'use strict';
/**
 * `npm run test:pg`: the same jest suite on PostgreSQL. DATABASE_URL (default
 * postgres://postgres@127.0.0.1:5432/postgres) is used only to create and drop one throwaway
 * database per test file (tests/helpers/database.ts); nothing is written to the database it names.
 */
const { spawnSync } = require('child_process');
const { DEFAULT_ADMIN_URL, dropOrphanedDatabases, redactUrl } = require('./lib/throwaway-database');

const adminUrl = process.env.DATABASE_URL || DEFAULT_ADMIN_URL;

async function main() {
  try {
    await dropOrphanedDatabases(adminUrl, 'mymitt_test');
    await dropOrphanedDatabases(adminUrl, 'mymitt_tpl');
  } catch (error) {
    console.error(`PostgreSQL is not reachable at ${redactUrl(adminUrl)}: ${error.message}`);
    console.error('Start it (for example `pg_ctlcluster 15 main start`) or set DATABASE_URL.');
    process.exit(1);
  }

  const env = { ...process.env, TEST_DATABASE_URL: adminUrl };
  delete env.DATABASE_URL;
  console.log(`Running the suite on PostgreSQL (${redactUrl(adminUrl)})`);
  const result = spawnSync(process.execPath, [require.resolve('jest/bin/jest'), '--runInBand', ...process.argv.slice(2)], {
    stdio: 'inherit',
    env,
  });
  process.exit(result.status ?? 1);
}

main();
