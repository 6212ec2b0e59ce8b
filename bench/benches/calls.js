'use strict';
/**
 * `calls`: CALLERS signed-in volunteers loop `next` → `result` on one active phone bank, as the
 * caller page does, until the callable contacts run out or MAX_SECONDS pass. The list holds CONTACTS
 * contacts: half in US time zones where it is calling time now, half where it is not (TEL-02 must skip
 * them), and DNC_SHARE of the callable ones on the do-not-call registry (TEL-03 must skip them too).
 * Dispositions are mixed (no answer, talked, refused, machine, do not call) so cooldowns, done contacts
 * and new DNC rows are written as on a call day.
 *
 * Each caller sends `next` once, then "save and next" (`result` with `next: true`, as the caller page does):
 * every request after the first records one call and leases the following contact.
 * Reported: leases per second (the row's req/s), p50/p99 of the requests that lease; the check counts contacts leased
 * twice (client: the same phone handed out twice; server: a contact with two results) and leases of
 * contacts that must not have been offered (closed zone or DNC). All must be 0.
 */
const http = require('http');
const { bulkInsert, documentId, fitToTable, seededRandom } = require('../lib-bulk-insert');
const { percentile } = require('../lib-latency');

const CALLERS = Number(process.env.BENCH_CALLERS || 200);
const CONTACTS = 60_000;
const DNC_SHARE = 0.05;
const MAX_SECONDS = 20;
const BANK_NAME = 'Bench call day';
const API = '/api/mymitt-callcenter/phone-banks';
const DISPOSITIONS = [
  ['no_answer', 0.5],
  ['talked', 0.25],
  ['machine', 0.12],
  ['refused', 0.1],
  ['do_not_call', 0.03],
];

/** US zones with the state each stands for: at any hour some are inside 08:00–21:00 and some are not. */
const ZONES = [
  ['America/New_York', 'NY'],
  ['America/Chicago', 'IL'],
  ['America/Denver', 'CO'],
  ['America/Phoenix', 'AZ'],
  ['America/Los_Angeles', 'CA'],
  ['America/Anchorage', 'AK'],
  ['Pacific/Honolulu', 'HI'],
  ['America/Puerto_Rico', 'PR'],
  ['Pacific/Guam', 'GU'],
];

/** Minutes after local midnight in `zone` at `at`. */
function localMinutes(zone, at) {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, hour: 'numeric', minute: 'numeric', hourCycle: 'h23' }).formatToParts(
    at
  );
  const value = (type) => Number(parts.find((p) => p.type === type).value);
  return value('hour') * 60 + value('minute');
}

/** Zones callable for the whole run (a margin on both ends) and zones closed for the whole run. */
function zonesByHours(window, at) {
  const open = [];
  const closed = [];
  for (const zone of ZONES) {
    const minutes = localMinutes(zone[0], at);
    if (minutes >= window.startHour * 60 + 5 && minutes < window.endHour * 60 - 10) open.push(zone);
    else if (minutes < window.startHour * 60 - 10 || minutes >= window.endHour * 60 + 5) closed.push(zone);
  }
  return { open, closed };
}

/** +1 NPA NXX XXXX: callable contacts in area 603, closed-zone contacts in 702. */
const phoneOf = (index, callable) =>
  `+1${callable ? '603' : '702'}${200 + Math.floor(index / 10_000)}${String(index % 10_000).padStart(4, '0')}`;

async function seedCallers(strapi) {
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'authenticated' } });
  const jwt = strapi.plugin('users-permissions').service('jwt');
  const tokens = [];
  for (let i = 0; i < CALLERS; i += 1) {
    const user = await strapi.db.query('plugin::users-permissions.user').create({
      data: {
        username: `bench-caller-${i}`,
        email: `bench-caller-${i}@example.org`,
        provider: 'local',
        confirmed: true,
        blocked: false,
        role: role.id,
      },
    });
    tokens.push(await jwt.issue({ id: user.id }));
  }
  return tokens;
}

async function seed(strapi) {
  const knex = strapi.db.connection;
  const random = seededRandom(1861);
  const now = new Date();
  const stamp = { created_at: now, updated_at: now, published_at: now };
  const config = strapi.config.get('plugin::mymitt-callcenter');
  let { open, closed } = zonesByHours(config.callingWindow, now);
  let note = '';
  if (!open.length) {
    // 11:00–12:00 UTC it is calling time in no US zone: the bench widens the window rather than measure nothing.
    strapi.config.set('plugin::mymitt-callcenter.callingWindow', { startHour: 0, endHour: 24 });
    ({ open, closed } = zonesByHours({ startHour: 0, endHour: 24 }, now));
    note = ' (no US zone was in calling hours: window widened to 0–24 for this run)';
  }
  if (!closed.length) closed = [['Pacific/Guam', 'GU']];

  const [list] = await knex('mymitt_call_lists')
    .insert({ document_id: documentId(), name: 'Bench list', ...stamp })
    .returning('id');
  const listId = Number(list.id ?? list);
  const contacts = [];
  const dncPhones = [];
  for (let i = 0; i < CONTACTS; i += 1) {
    const callable = i % 2 === 0;
    const [zone, state] = (callable ? open : closed)[Math.floor(random() * (callable ? open : closed).length)];
    const phone = phoneOf(i, callable);
    if (callable && random() < DNC_SHARE) dncPhones.push(phone);
    contacts.push({
      document_id: documentId(),
      list_id: listId,
      name: `Bench Contact ${i}`,
      phone,
      state,
      zip: null,
      time_zone: zone,
      status: 'active',
      attempts: 0,
      ...stamp,
    });
  }
  await bulkInsert(knex, 'mymitt_call_contacts', await fitToTable(knex, 'mymitt_call_contacts', contacts));
  await bulkInsert(
    knex,
    'mymitt_dnc_entries',
    await fitToTable(
      knex,
      'mymitt_dnc_entries',
      dncPhones.map((phone) => ({ document_id: documentId(), phone, active: true, source: 'import', reason: 'Bench', ...stamp }))
    )
  );
  const [bank] = await knex('mymitt_phone_banks')
    .insert({
      document_id: documentId(),
      name: BANK_NAME,
      list_id: listId,
      status: 'active',
      who_may_call: 'any',
      script_en: 'Hi, this is a volunteer with the campaign…',
      questions: JSON.stringify([
        {
          id: 'support',
          type: 'single',
          label: 'Support?',
          options: [
            { value: 'yes', label: 'Yes' },
            { value: 'no', label: 'No' },
          ],
        },
      ]),
      recontact_rules: JSON.stringify({}),
      target_states: JSON.stringify([]),
      ...stamp,
    })
    .returning('id');
  // Analyse the freshly loaded tables so PostgreSQL plans the lease query as it would on a live list.
  if (strapi.db.dialect.client === 'postgres') await knex.raw('ANALYZE mymitt_call_contacts, mymitt_dnc_entries');
  return {
    bankId: Number(bank.id ?? bank),
    tokens: await seedCallers(strapi),
    callable: CONTACTS / 2 - dncPhones.length,
    dnc: dncPhones,
    note,
  };
}

function pickDisposition(random) {
  let roll = random();
  for (const [disposition, share] of DISPOSITIONS) {
    if ((roll -= share) < 0) return disposition;
  }
  return 'no_answer';
}

async function drive({ port, seed }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CALLERS });
  const random = seededRandom(99);
  const leaseLatencies = [];
  const leasedPhones = new Map();
  let errors = 0;
  let resultsRecorded = 0;
  const started = Date.now();
  const deadline = started + MAX_SECONDS * 1000;

  const post = (path, token, body) =>
    new Promise((resolve) => {
      const payload = JSON.stringify(body);
      const req = http.request(
        {
          host: '127.0.0.1',
          port,
          path,
          method: 'POST',
          agent,
          headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload), Authorization: `Bearer ${token}` },
        },
        (res) => {
          const chunks = [];
          res.on('data', (chunk) => chunks.push(chunk));
          res.on('end', () => {
            try {
              resolve({ status: res.statusCode, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
            } catch {
              resolve({ status: res.statusCode, body: null });
            }
          });
        }
      );
      req.on('error', () => resolve({ status: 0, body: null }));
      req.end(payload);
    });

  const timed = async (latencies, request) => {
    const t0 = process.hrtime.bigint();
    const response = await request();
    latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
    return response;
  };

  const disposed = () => {
    const disposition = pickDisposition(random);
    return { disposition, answers: disposition === 'talked' ? { support: random() < 0.7 ? 'yes' : 'no' } : {} };
  };

  /** The caller page's loop: `next` once, then "save and next" (the result and the following lease in one request). */
  async function caller(token) {
    let response = await timed(leaseLatencies, () => post(`${API}/${seed.bankId}/next`, token, {}));
    let offer = response.status === 200 ? response.body?.data : undefined;
    if (response.status !== 200) errors += 1;
    while (offer && Date.now() < deadline) {
      leasedPhones.set(offer.contact.phone, (leasedPhones.get(offer.contact.phone) ?? 0) + 1);
      response = await timed(leaseLatencies, () =>
        post(`${API}/${seed.bankId}/result`, token, { leaseToken: offer.leaseToken, ...disposed(), next: true })
      );
      if (response.status !== 201) {
        errors += 1;
        return;
      }
      resultsRecorded += 1;
      offer = response.body?.data?.next; // null: nothing to call now, the list is worked through
    }
    if (offer) {
      // Time is up: the contact in hand is recorded without asking for another.
      leasedPhones.set(offer.contact.phone, (leasedPhones.get(offer.contact.phone) ?? 0) + 1);
      response = await post(`${API}/${seed.bankId}/result`, token, { leaseToken: offer.leaseToken, ...disposed() });
      if (response.status === 201) resultsRecorded += 1;
      else errors += 1;
    }
  }

  await Promise.all(seed.tokens.map(caller));
  agent.destroy();
  const seconds = (Date.now() - started) / 1000;
  leaseLatencies.sort((a, b) => a - b);
  const leases = [...leasedPhones.values()].reduce((sum, n) => sum + n, 0);
  const dnc = new Set(seed.dnc);
  return {
    rps: leases / seconds,
    p50: Math.round(percentile(leaseLatencies, 50)),
    p99: Math.round(percentile(leaseLatencies, 99)),
    errors,
    leases,
    seconds,
    resultsRecorded,
    leasedTwiceByClient: [...leasedPhones.values()].filter((n) => n > 1).length,
    forbidden: [...leasedPhones.keys()].filter((phone) => phone.startsWith('+1702') || dnc.has(phone)).length,
  };
}

/** In the server: contacts holding more than one result (each was leased more than once). */
async function verify(strapi, seed) {
  const knex = strapi.db.connection;
  const twice = await knex('mymitt_call_results')
    .where('phone_bank_id', seed.bankId)
    .groupBy('contact_id')
    .havingRaw('count(*) > 1')
    .select('contact_id');
  const results = await knex('mymitt_call_results').where('phone_bank_id', seed.bankId).count({ n: '*' }).first();
  return { contactsWithTwoResults: twice.length, results: Number(results.n) };
}

function check(seed, result, verified) {
  const twice = result.leasedTwiceByClient + verified.contactsWithTwoResults;
  const ok = twice === 0 && result.forbidden === 0 && verified.results === result.resultsRecorded;
  return (
    `${ok ? 'OK' : 'FAILED'}: ${result.leases} leases in ${result.seconds.toFixed(1)} s by ${seed.tokens.length} callers ` +
    `(${seed.callable} callable of ${CONTACTS}); contacts leased twice: ${twice}; closed-zone or DNC leased: ${result.forbidden}; ` +
    `results stored ${verified.results} of ${result.resultsRecorded} answered${seed.note}`
  );
}

module.exports = {
  name: 'calls',
  description: `next-contact leases, ${CALLERS} callers looping result+next`,
  seed,
  drive,
  verify,
  check,
};
