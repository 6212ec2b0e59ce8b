#!/usr/bin/env node
'use strict';
/**
 * The caller loop's SQL without the app: what "save and next" costs the database alone, the figure the
 * `calls` bench is compared with. 200 virtual callers over a 10-connection pool (POOL) each loop the
 * result statement (release the lease, insert the result) and the lease statement for one zone, as the
 * app sends them on PostgreSQL, for 10 s.
 *
 *   node bench/run.js calls --keep --duration 1            # prints the kept database's URL
 *   createdb -T <kept database> calls_copy                 # a fresh copy per measurement
 *   node bench/calls-sql-alone.js postgres://postgres@127.0.0.1:5432/calls_copy Pacific/Guam [--unnamed]
 *
 * The zone must be one where it is calling time now. `--unnamed` sends unnamed statements (planned on
 * every call, as knex does) instead of named prepared ones.
 */
const crypto = require('crypto');
const { Pool } = require('pg');

const [url, zone] = process.argv.slice(2);
const named = !process.argv.includes('--unnamed');
if (!url || !zone) {
  console.error('usage: node bench/calls-sql-alone.js <database url> <open time zone> [--unnamed]');
  process.exit(2);
}
const SECONDS = 10;
const CALLERS = 200;

const LEASE = `UPDATE mymitt_call_contacts SET leased_by = $1, lease_token = $2, lease_expires_at = now() + interval '10 minutes', updated_at = now()
  WHERE id = (SELECT c.id FROM mymitt_call_contacts c WHERE c.list_id = 1 AND c.status = 'active' AND c.time_zone = $3 AND c.attempts < 3
    AND (c.cooldown_until IS NULL OR c.cooldown_until <= now()) AND (c.leased_by IS NULL OR c.lease_expires_at IS NULL OR c.lease_expires_at <= now())
    AND NOT EXISTS (SELECT 1 FROM mymitt_dnc_entries d WHERE d.phone = c.phone AND d.active = true)
    ORDER BY c.attempts, c.id LIMIT 1 FOR UPDATE SKIP LOCKED)
  RETURNING id, name, phone, lease_token, lease_expires_at`;
const RECORD = `WITH released AS (
    UPDATE mymitt_call_contacts SET status = CASE WHEN attempts + 1 >= 3 THEN 'done' ELSE 'active' END, attempts = attempts + 1,
      last_disposition = 'no_answer', cooldown_until = now() + interval '4 hours', leased_by = NULL, lease_token = NULL,
      lease_expires_at = NULL, updated_at = now()
    WHERE lease_token = $1 AND list_id = 1 AND leased_by = $2 AND status = 'active' AND lease_expires_at > now() RETURNING id),
  recorded AS (
    INSERT INTO mymitt_call_results (document_id, created_at, updated_at, published_at, contact_id, phone_bank_id, caller_user_id, disposition, answers)
    SELECT $3, now(), now(), now(), released.id, 1, $2, 'no_answer', '{}'::jsonb FROM released RETURNING id)
  SELECT recorded.id FROM released, recorded`;

async function main() {
  const pool = new Pool({ connectionString: url, max: Number(process.env.POOL || 10) });
  const run = (name, text, values) => pool.query(named ? { name, text, values } : { text, values });
  const users = (await pool.query('SELECT id FROM up_users ORDER BY id LIMIT $1', [CALLERS])).rows.map((row) => row.id);
  await pool.query(
    'UPDATE mymitt_call_contacts SET leased_by = NULL, lease_token = NULL, lease_expires_at = NULL WHERE leased_by IS NOT NULL'
  );
  const started = Date.now();
  const latencies = [];
  let leases = 0;
  await Promise.all(
    users.map(async (user) => {
      let token = null;
      while (Date.now() - started < SECONDS * 1000) {
        const at = performance.now();
        if (token) await run('calls_alone_record', RECORD, [token, user, crypto.randomBytes(12).toString('hex')]);
        token = crypto.randomBytes(16).toString('hex');
        const { rows } = await run('calls_alone_lease', LEASE, [user, token, zone]);
        latencies.push(performance.now() - at);
        if (!rows.length) break;
        leases += 1;
      }
    })
  );
  latencies.sort((a, b) => a - b);
  const pick = (p) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))].toFixed(1);
  const rate = leases / ((Date.now() - started) / 1000);
  console.log(
    `SQL alone (${named ? 'named' : 'unnamed'} statements): ${rate.toFixed(0)} leases/s, p50 ${pick(0.5)} ms, p99 ${pick(0.99)} ms`
  );
  await pool.end();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
