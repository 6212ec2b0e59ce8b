'use strict';
/**
 * Fast generated data for benches: multi-row INSERTs in chunks inside one transaction, which works on
 * PostgreSQL and SQLite alike. Statements stay under each database's cap on bound variables
 * (PostgreSQL 65535, SQLite 32766 in better-sqlite3's build).
 */
const { randomBytes } = require('crypto');

const documentId = () => randomBytes(12).toString('hex').slice(0, 24);

async function bulkInsert(knex, table, rows, { maxVariables = 30000 } = {}) {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]).length;
  const isSqlite = knex.client.config.client === 'sqlite' || knex.client.config.client === 'better-sqlite3';
  const perStatement = Math.max(1, Math.floor((isSqlite ? 32000 : maxVariables) / columns));
  await knex.transaction(async (trx) => {
    for (let i = 0; i < rows.length; i += perStatement) {
      await trx(table).insert(rows.slice(i, i + perStatement));
    }
  });
}

/** Keeps only the columns the table really has (Strapi adds some per version, e.g. published_at). */
async function fitToTable(knex, table, rows) {
  const columns = new Set(Object.keys(await knex(table).columnInfo()));
  return rows.map((row) => Object.fromEntries(Object.entries(row).filter(([key]) => columns.has(key))));
}

/** A deterministic pseudo-random generator, so every run loads the same data. */
function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 0x100000000;
  };
}

module.exports = { bulkInsert, documentId, fitToTable, seededRandom };
