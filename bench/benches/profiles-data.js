'use strict';
/**
 * The supporter network the `profiles` benches run on: SUPPORTERS accounts with profiles spread over
 * real ZIP codes, a share of them active over the last months (activity rows), and EVENT_COUNT
 * events with shifts. Loaded once per server however many profiles benches run.
 */
const zipcodes = require('zipcodes');
const { isUsStateCode } = require('@mymitt/plugin-kit');
const { bulkInsert, documentId, fitToTable, seededRandom } = require('../lib-bulk-insert');

const SUPPORTERS = 100_000;
const EVENT_COUNT = 20_000;
const EVENT_TYPES = ['house-party', 'phone-bank', 'canvass', 'meet-and-greet', 'fundraiser', 'watch-party'];
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

async function loadSupporters(strapi, random, zips) {
  const knex = strapi.db.connection;
  const now = new Date();
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

/** Published, upcoming events hosted by bench supporters, one shift each, in the supporters' ZIPs. */
async function loadEvents(strapi, random, userIds, zips) {
  const knex = strapi.db.connection;
  const now = Date.now();
  const events = [];
  for (let i = 0; i < EVENT_COUNT; i += 1) {
    const place = zips[Math.floor(random() * zips.length)];
    const startsAt = new Date(now + (1 + Math.floor(random() * 60)) * DAY + Math.floor(random() * 12) * 3600_000);
    const endsAt = new Date(startsAt.getTime() + 3 * 3600_000);
    events.push({
      document_id: documentId(),
      title: `Bench ${EVENT_TYPES[i % EVENT_TYPES.length]} ${i}`,
      description: 'Come meet your neighbours and make calls for the campaign.',
      type: EVENT_TYPES[i % EVENT_TYPES.length],
      time_zone: 'America/New_York',
      host_user_id: userIds[Math.floor(random() * userIds.length)],
      status: 'published',
      venue_name: "A supporter's home",
      street_address: `${1 + i} Main Street`,
      city: place.city,
      state: place.state,
      zip: place.zip,
      latitude: place.latitude,
      longitude: place.longitude,
      starts_at: startsAt,
      ends_at: endsAt,
      starts_on: startsAt.toISOString().slice(0, 10),
      created_at: new Date(now),
      updated_at: new Date(now),
      published_at: new Date(now),
    });
  }
  await bulkInsert(knex, 'mymitt_events', await fitToTable(knex, 'mymitt_events', events));
  const rows = await knex('mymitt_events').select('id', 'starts_at', 'ends_at');
  const shifts = rows.map((e) => ({
    document_id: documentId(),
    event_id: e.id,
    starts_at: e.starts_at,
    ends_at: e.ends_at,
    capacity: 20,
    confirmed_count: 0,
    created_at: new Date(now),
    updated_at: new Date(now),
    published_at: new Date(now),
  }));
  await bulkInsert(knex, 'mymitt_event_shifts', await fitToTable(knex, 'mymitt_event_shifts', shifts));
  return rows.length;
}

/** Loads the data once; later callers get the same summary. */
function loadProfilesData(strapi) {
  loaded ??= (async () => {
    const random = seededRandom(2012);
    const started = Date.now();
    const zips = usZips(random, 3000);
    const userIds = await loadSupporters(strapi, random, zips);
    const activities = await loadActivity(strapi, random, userIds);
    const events = await loadEvents(strapi, random, userIds, zips);
    const states = await strapi.db.connection('mymitt_profiles').distinct('state').whereNotNull('state');
    return {
      supporters: userIds.length,
      activities,
      events,
      states: states.map((s) => s.state).sort(),
      // Search centres: ZIPs where events are, so each search finds some.
      searchZips: zips.slice(0, 50).map((z) => z.zip),
      loadMs: Date.now() - started,
    };
  })();
  return loaded;
}

module.exports = { loadProfilesData, SUPPORTERS };
