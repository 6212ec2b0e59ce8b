'use strict';
/**
 * Throwaway databases for tests and benchmarks: a SQLite file, or a PostgreSQL database created
 * through an admin connection and dropped afterwards. Names carry the creating process id, so a
 * later run can drop what a crashed run left behind.
 */
const fs = require('fs');
const path = require('path');
const { randomUUID } = require('crypto');
const { Client } = require('pg');

function uniqueName(prefix) {
  return `${prefix}_${process.pid}_${randomUUID().replace(/-/g, '').slice(0, 10)}`;
}

async function withClient(connectionString, work) {
  const client = new Client({ connectionString, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function createSqliteDatabase(directory, prefix) {
  const filename = path.join(directory, `${uniqueName(prefix)}.db`);
  fs.mkdirSync(directory, { recursive: true });
  return {
    client: 'sqlite',
    env: { DATABASE_URL: undefined, DATABASE_FILENAME: filename },
    async drop() {
      for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${filename}${suffix}`, { force: true });
    },
  };
}

async function createPostgresDatabase(adminUrl, prefix) {
  const name = uniqueName(prefix);
  await withClient(adminUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  return postgresDatabase(adminUrl, name);
}

/** The throwaway database `name` on the server of `adminUrl`: its variables and how to drop it. */
function postgresDatabase(adminUrl, name) {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    client: 'postgres',
    env: { DATABASE_URL: url.toString(), DATABASE_FILENAME: undefined },
    drop: () => withClient(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)),
  };
}

/** A copy of a prepared SQLite database file (and its WAL, if any) under a new throwaway name. */
function cloneSqliteDatabase(templateFile, directory, prefix) {
  const database = createSqliteDatabase(directory, prefix);
  const filename = database.env.DATABASE_FILENAME;
  for (const suffix of ['', '-wal', '-shm']) {
    if (fs.existsSync(`${templateFile}${suffix}`)) fs.copyFileSync(`${templateFile}${suffix}`, `${filename}${suffix}`);
  }
  return database;
}

/** A new throwaway PostgreSQL database copied from a prepared one (CREATE DATABASE … TEMPLATE). */
async function clonePostgresDatabase(adminUrl, templateName, prefix) {
  const name = uniqueName(prefix);
  for (let attempt = 1; ; attempt++) {
    try {
      await withClient(adminUrl, (client) => client.query(`CREATE DATABASE ${name} TEMPLATE ${templateName}`));
      break;
    } catch (error) {
      // 55006: the template is briefly in use (another worker copying it).
      if (error.code !== '55006' || attempt >= 20) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }
  return postgresDatabase(adminUrl, name);
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/** Drops databases named `<prefix>_<pid>_…` whose process is gone. */
async function dropOrphanedDatabases(adminUrl, prefix) {
  await withClient(adminUrl, async (client) => {
    const { rows } = await client.query('SELECT datname FROM pg_database WHERE datname LIKE $1', [`${prefix}\\_%`]);
    for (const { datname } of rows) {
      const pid = Number(datname.slice(prefix.length + 1).split('_')[0]);
      if (!isAlive(pid)) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
  });
}

const DEFAULT_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

function redactUrl(url) {
  return url.replace(/\/\/([^:@/]+):[^@/]+@/, '//$1:***@');
}

module.exports = { createSqliteDatabase, createPostgresDatabase, cloneSqliteDatabase, clonePostgresDatabase, dropOrphanedDatabases, withClient, redactUrl, DEFAULT_ADMIN_URL };
