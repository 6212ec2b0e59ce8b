'use strict';
/**
 * `calls`: CALLERS signed-in volunteers loop `next` → `result` on one active phone bank, as the
 * caller page does, until the callable contacts run out or MAX_SECONDS pass. The list holds CONTACTS
 * contacts: half in US time zones where it is calling time now, half where it is not (TEL-02 must skip
 * them), and DNC_SHARE of the callable ones on the do-not-call registry (TEL-03 must skip them too).
 * Dispositions are mixed (no answer, talked, refused, machine, do not call) so cooldowns, done contacts
 * and new DNC rows are written as on a call day.
 *
 * The bank is named by its documentId, and write bodies are Strapi's `{ data: { ... } }`, as a site sends them.
 * Each caller sends `next` once, then "save and next" (`result` with `next: true`, as the caller page does):
 * every request after the first records one call and leases the following contact.
 * Reported: leases per second (the row's req/s), p50/p99 of the requests that lease, all callers looping
 * back to back (closed loop: the saturation figure). Then an open loop: "save and next" requests arrive
 * at a fixed rate, half the measured saturation, each handed to an idle caller, and each latency is
 * counted from its scheduled arrival (a request that waited for a free caller counts its wait), so a
 * slow server cannot slow the arrivals down and hide its own latency.
 * The check counts contacts leased twice (client: the same phone handed out twice; server: a contact
 * with two results), leases of contacts in a zone outside calling hours, and leases of numbers on the
 * do-not-call registry, each on its own. All must be 0.
 */
const http = require('http');
const { bulkInsert, documentId, fitToTable, seededRandom } = require('../lib-bulk-insert');
const { percentile } = require('../lib-latency');

const CALLERS = Number(process.env.BENCH_CALLERS || 200);
const CONTACTS = 60_000;
const DNC_SHARE = 0.05;
/** BENCH_QUICK (`--check`): a short run of the same flow. */
const QUICK = process.env.BENCH_QUICK === '1';
const MAX_SECONDS = QUICK ? 6 : 20;
const OPEN_LOOP_SECONDS = QUICK ? 4 : 10;
/**
 * Zones count as open (or closed) only when they stay so, with this margin, from seeding until the bench
 * ends: the calls bench runs last, a few minutes after the data is seeded.
 */
const ZONE_MARGIN_MINUTES = 30;
const BANK_NAME = 'Bench call day';
const API = '/api/mymitt-callcenter/phone-banks';
const DISPOSITIONS = [
  ['no_answer', 0.5],
  ['talked', 0.25],
  ['machine', 0.12],
  ['refused', 0.1],
  ['do_not_call', 0.03],
];

/** US zones with the state each stands for: the contacts of a call day live there when the hour allows it. */
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

/**
 * Every IANA zone this Node knows, for the hours when no US zone is open or none is closed (about 11:00 and
 * 23:00–02:00 UTC): a contact's calling window depends only on its zone, so a zone abroad is as truly open or
 * closed as a US one. Their contacts keep a US state as a stand-in (the bank targets no state).
 */
const ANY_ZONE = Intl.supportedValuesOf('timeZone').map((zone) => [zone, 'NY']);

/** Zones inside the window for the whole run (a margin on both ends) and zones outside it for the whole run. */
function zonesByHours(zones, window, at) {
  const open = [];
  const closed = [];
  const start = window.startHour * 60;
  const end = window.endHour * 60;
  for (const zone of zones) {
    const minutes = localMinutes(zone[0], at);
    if (minutes >= start + ZONE_MARGIN_MINUTES && minutes < end - ZONE_MARGIN_MINUTES) open.push(zone);
    else if (minutes < start - ZONE_MARGIN_MINUTES || minutes >= end + ZONE_MARGIN_MINUTES) closed.push(zone);
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
  const us = zonesByHours(ZONES, config.callingWindow, now);
  const abroad = zonesByHours(ANY_ZONE, config.callingWindow, now);
  const open = us.open.length ? us.open : abroad.open;
  const closed = us.closed.length ? us.closed : abroad.closed;
  const abroadFor = [!us.open.length && 'open', !us.closed.length && 'closed'].filter(Boolean);
  const note = abroadFor.length ? ` (no US zone stayed ${abroadFor.join(' or ')} for the run: zones abroad stand in)` : '';

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
  // The caller loop names the bank by its documentId; the numeric id is for the server-side check (verify).
  const bankDocumentId = documentId();
  const [bank] = await knex('mymitt_phone_banks')
    .insert({
      document_id: bankDocumentId,
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
    bankDocumentId,
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
  /** Refused requests by status and reason, e.g. "409 lease_lost" (shown by the check). */
  const refusals = new Map();
  const refused = (response) => {
    errors += 1;
    const details = response.body?.error?.details;
    const kind = `${response.status} ${details?.code ?? details?.reason ?? response.body?.error?.message ?? ''}`.trim();
    refusals.set(kind, (refusals.get(kind) ?? 0) + 1);
  };
  let resultsRecorded = 0;

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
      // A network failure (e.g. ECONNRESET) counts as a refusal named by its code.
      req.on('error', (error) => resolve({ status: 0, body: { error: { message: error.code ?? error.message } } }));
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
  const leased = (offer) => leasedPhones.set(offer.contact.phone, (leasedPhones.get(offer.contact.phone) ?? 0) + 1);
  const askNext = (token) => post(`${API}/${seed.bankDocumentId}/next`, token, {});
  /** "Save and next": records the call on `offer` and, with `next`, leases the following contact (its offer, or null). */
  const saveAndNext = async (token, offer, next = true) => {
    const response = await post(`${API}/${seed.bankDocumentId}/result`, token, {
      data: { leaseToken: offer.leaseToken, ...disposed(), next },
    });
    if (response.status !== 201) {
      refused(response);
      return undefined;
    }
    resultsRecorded += 1;
    return next ? response.body?.data?.next : null;
  };

  // Closed loop: every caller loops back to back until the deadline; the throughput is the saturation.
  const started = Date.now();
  const deadline = started + MAX_SECONDS * 1000;
  async function caller(token) {
    const response = await timed(leaseLatencies, () => askNext(token));
    let offer = response.status === 200 ? response.body?.data : undefined;
    if (response.status !== 200) refused(response);
    while (offer && Date.now() < deadline) {
      leased(offer);
      offer = await timed(leaseLatencies, () => saveAndNext(token, offer)); // null: the list is worked through
    }
    if (offer) {
      // Time is up: the contact in hand is recorded without asking for another.
      leased(offer);
      await saveAndNext(token, offer, false);
    }
  }
  await Promise.all(seed.tokens.map(caller));
  const seconds = (Date.now() - started) / 1000;
  const closedLoopLeases = [...leasedPhones.values()].reduce((sum, n) => sum + n, 0);
  const saturation = closedLoopLeases / seconds;

  const openLoop = await driveOpenLoop(Math.max(1, Math.round(saturation / 2)));

  /**
   * Open loop at `rate` leases/s: every caller first takes a contact (not timed); then arrivals come on a
   * fixed schedule, each given to an idle caller (or queued until one is free), and each latency runs from the
   * scheduled arrival to the answer, so waiting for a caller or the server is counted (no coordinated omission).
   */
  async function driveOpenLoop(rate) {
    const idle = [];
    await Promise.all(
      seed.tokens.map(async (token) => {
        const response = await askNext(token);
        if (response.status === 200 && response.body?.data) idle.push({ token, offer: response.body.data });
      })
    );
    const latencies = [];
    const waiting = [];
    const inFlight = new Set();
    const serve = (arrivedAt) => {
      const caller = idle.shift();
      leased(caller.offer);
      const call = saveAndNext(caller.token, caller.offer).then((offer) => {
        latencies.push(Number(process.hrtime.bigint() - arrivedAt) / 1e6);
        inFlight.delete(call);
        if (offer) idle.push({ token: caller.token, offer });
        if (waiting.length && idle.length) serve(waiting.shift());
      });
      inFlight.add(call);
    };
    const begin = process.hrtime.bigint();
    const arrivals = rate * OPEN_LOOP_SECONDS;
    for (let i = 0; i < arrivals; i += 1) {
      const due = begin + BigInt(Math.round((i * 1e9) / rate));
      const aheadMs = Number(due - process.hrtime.bigint()) / 1e6;
      if (aheadMs > 1) await new Promise((resolve) => setTimeout(resolve, aheadMs));
      if (idle.length) serve(due);
      else waiting.push(due);
    }
    while (inFlight.size) await Promise.all([...inFlight]);
    // Arrivals still waiting found no caller with a contact: the list ran out under them.
    const unserved = waiting.length;
    await Promise.all(idle.map((caller) => (leased(caller.offer), saveAndNext(caller.token, caller.offer, false))));
    latencies.sort((a, b) => a - b);
    return {
      rate,
      served: latencies.length,
      unserved,
      p50: Math.round(percentile(latencies, 50)),
      p99: Math.round(percentile(latencies, 99)),
    };
  }

  agent.destroy();
  leaseLatencies.sort((a, b) => a - b);
  const dnc = new Set(seed.dnc);
  const phones = [...leasedPhones.keys()];
  return {
    rps: saturation,
    p50: Math.round(percentile(leaseLatencies, 50)),
    p99: Math.round(percentile(leaseLatencies, 99)),
    errors,
    refusals: Object.fromEntries(refusals),
    leases: closedLoopLeases,
    seconds,
    resultsRecorded,
    openLoop,
    leasedTwiceByClient: [...leasedPhones.values()].filter((n) => n > 1).length,
    closedZoneLeased: phones.filter((phone) => phone.startsWith('+1702')).length,
    dncLeased: phones.filter((phone) => dnc.has(phone)).length,
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
  const open = result.openLoop;
  const ok =
    twice === 0 &&
    result.closedZoneLeased === 0 &&
    result.dncLeased === 0 &&
    verified.results === result.resultsRecorded &&
    open.unserved === 0;
  const text =
    `${ok ? 'OK' : 'FAILED'}: closed loop ${result.leases} leases in ${result.seconds.toFixed(1)} s by ${seed.tokens.length} callers ` +
    `(${seed.callable} callable of ${CONTACTS}); open loop at ${open.rate}/s (half the saturation) for ${OPEN_LOOP_SECONDS} s: ` +
    `${open.served} leases, p50 ${open.p50} ms, p99 ${open.p99} ms${open.unserved ? `, ${open.unserved} arrivals found no contact` : ''}; ` +
    `contacts leased twice: ${twice}; closed-zone leased: ${result.closedZoneLeased}; DNC leased: ${result.dncLeased}; ` +
    `results stored ${verified.results} of ${result.resultsRecorded} answered (both loops)${seed.note}` +
    (result.errors ? `; refused: ${JSON.stringify(result.refusals)}` : '');
  return { ok, text };
}

module.exports = {
  name: 'calls',
  description: `next-contact leases, ${CALLERS} callers looping result+next (closed loop), then an open loop at half that rate`,
  seed,
  drive,
  verify,
  check,
  floors: { floor: 0.08 },
};
