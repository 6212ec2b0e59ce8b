'use strict';
/**
 * The supporter network the `profiles` benches run on: SUPPORTERS accounts with profiles spread over
 * real ZIP codes, a share of them active over the last months (activity rows), and EVENT_COUNT
 * events with shifts. Loaded once per server however many profiles benches run.
 */
const zipcodes = require('zipcodes');
const { isUsStateCode } = require('../../plugins/mymitt-profiles/dist/server/src/domain/us-states');
const { bulkInsert, documentId, seededRandom } = require('../lib-bulk-insert');

const SUPPORTERS = 100_000;
const ACTIVE_SHARE = 0.3;
const OPT_IN_SHARE = 0.4;
const KINDS = ['event.rsvp', 'call.completed', 'donation.given', 'post.published', 'group.joined', 'event.hosted', 'event.attended'];
const DAY = 24 * 60 * 60 * 1000;

let loaded;

function usZips(random, count) {
  // The same places the plugin accepts (it refuses the freely associated states, as the API does).
  const all = Object.values(zipcodes.codes).filter((z) => z.country === 'US' && isUsStateCode(z.state));
  return Array.from({ length: count }, () => all[Math.floor(random() * all.length)]);
}

/** Keeps only the columns the table really has (Strapi adds some per version, e.g. published_at). */
async function fitToTable(knex, table, rows) {
  const columns = new Set(Object.keys(await knex(table).columnInfo()));
  return rows.map((row) => Object.fromEntries(Object.entries(row).filter(([key]) => columns.has(key))));
}

async function loadSupporters(strapi, random) {
  const knex = strapi.db.connection;
  const now = new Date();
  const zips = usZips(random, 3000);
  const users = [];
  const profiles = [];
  for (let i = 1; i <= SUPPORTERS; i += 1) {
    const place = zips[Math.floor(random() * zips.length)];
    users.push({
      document_id: documentId(),
      username: `bench-${i}@example.org`,
      email: `bench-${i}@example.org`,
      provider: 'local',
      password: 'not-a-real-hash',
      confirmed: true,
      blocked: false,
      first_name: 'Bench',
      last_name: `Supporter ${i}`,
      zip: place.zip,
      created_at: now,
      updated_at: now,
      published_at: now,
    });
  }
  await bulkInsert(knex, 'up_users', await fitToTable(knex, 'up_users', users));
  const ids = (await knex('up_users').select('id', 'zip').where('email', 'like', 'bench-%').orderBy('id')).map((u) => u.id);
  for (const id of ids) {
    const place = zips[Math.floor(random() * zips.length)];
    profiles.push({
      document_id: documentId(),
      user_id: id,
      display_name: `Bench S.${id}`,
      slug: `bench-s-${id}`,
      city: place.city,
      state: place.state,
      zip: place.zip,
      latitude: place.latitude,
      longitude: place.longitude,
      interests: JSON.stringify([]),
      visibility: random() < 0.9 ? 'public' : 'private',
      leaderboard_opt_in: random() < OPT_IN_SHARE,
      created_at: new Date(now.getTime() - Math.floor(random() * 365) * DAY),
      updated_at: now,
      published_at: now,
    });
  }
  await bulkInsert(knex, 'mymitt_profiles', await fitToTable(knex, 'mymitt_profiles', profiles));
  return ids;
}

async function loadActivity(strapi, random, userIds) {
  const knex = strapi.db.connection;
  const now = Date.now();
  const rows = [];
  let n = 0;
  for (const userId of userIds) {
    if (random() >= ACTIVE_SHARE) continue;
    const actions = 1 + Math.floor(random() * 15);
    for (let a = 0; a < actions; a += 1) {
      const kind = KINDS[Math.floor(random() * KINDS.length)];
      n += 1;
      rows.push({
        document_id: documentId(),
        user_id: userId,
        kind,
        source_key: `bench:${n}`,
        quantity: 1,
        amount_cents: kind === 'donation.given' ? 2500 : 0,
        // Spread over 180 days: about half falls inside the default 90-day window.
        occurred_at: new Date(now - Math.floor(random() * 180 * DAY)),
        created_at: new Date(now),
        updated_at: new Date(now),
        published_at: new Date(now),
      });
    }
  }
  await bulkInsert(strapi.db.connection, 'mymitt_activities', await fitToTable(knex, 'mymitt_activities', rows));
  return rows.length;
}

/** Loads the data once; later callers get the same summary. */
function loadProfilesData(strapi) {
  loaded ??= (async () => {
    const random = seededRandom(2012);
    const started = Date.now();
    const userIds = await loadSupporters(strapi, random);
    const activities = await loadActivity(strapi, random, userIds);
    const states = await strapi.db.connection('mymitt_profiles').distinct('state').whereNotNull('state');
    return { supporters: userIds.length, activities, states: states.map((s) => s.state), loadMs: Date.now() - started };
  })();
  return loaded;
}

module.exports = { loadProfilesData, SUPPORTERS };
