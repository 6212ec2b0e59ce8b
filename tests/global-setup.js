'use strict';
/**
 * Once per test run: boots the compiled app on an empty database (in a child process) so the schema is
 * synced and the seeds are in, and names that database in MYMITT_TEST_TEMPLATE for tests/helpers/database.ts
 * to copy for each test file. A copy boots in about half the time of an empty database (most of a file's
 * fixed cost), and every file still gets a database of its own. MYMITT_TEST_TEMPLATE=off turns it off.
 */
const path = require('path');
const { spawnSync } = require('child_process');
const { createPostgresDatabase, createSqliteDatabase } = require('../scripts/lib/throwaway-database');

const ROOT = path.resolve(__dirname, '..');

module.exports = async () => {
  if (process.env.MYMITT_TEST_TEMPLATE === 'off') return;
  const adminUrl = process.env.TEST_DATABASE_URL;
  const database = adminUrl ? await createPostgresDatabase(adminUrl, 'mymitt_tpl') : createSqliteDatabase(path.join(ROOT, '.tmp'), 'template');
  const env = { ...process.env, NODE_ENV: 'test', DATABASE_URL: '', DATABASE_FILENAME: '' };
  for (const [key, value] of Object.entries(database.env)) env[key] = value ?? '';
  const booted = spawnSync(process.execPath, [path.join(ROOT, 'scripts/lib/boot-once.js')], { cwd: ROOT, env, encoding: 'utf8' });
  if (booted.status !== 0) {
    await database.drop();
    throw new Error(`preparing the test database template failed:\n${booted.stdout}\n${booted.stderr}`);
  }
  globalThis.__MYMITT_TEMPLATE__ = database;
  process.env.MYMITT_TEST_TEMPLATE = adminUrl ? new URL(database.env.DATABASE_URL).pathname.slice(1) : database.env.DATABASE_FILENAME;
};
