import { randomBytes } from 'crypto';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  publishDomainEvent,
  conflict,
  createTtlCache,
  isUniqueViolation,
  preparedBuilder,
  preparedQuery,
  rowCount,
} from '@mymitt/plugin-kit';
import { minutesLeftToCall } from '../../domain/calling-window';
import {
  answerProblems,
  localizeQuestions,
  scriptFor,
  type Language,
  type LocalizedQuestion,
  type SurveyQuestion,
} from '../../domain/survey';
import { maxAttemptsOf, outcomeOf, rulesOf, type Disposition } from '../../domain/dispositions';
import { PLUGIN_ID } from '../../plugin-id';
import type { CallcenterConfig } from '../../config';
import { getService } from '../../utils/get-service';
import { TABLES, isPostgres, parseJson, strapiRowColumns, toDate, type Knex, type QueryBuilder } from './tables';
import type { BankRow, ContactRow, LeasedContact } from './rows';
import type { ResultBody } from '../../validators/calls';

/** A caller's result as the route validated it, less `next` (the controller's concern). */
export type CallResultInput = Omit<ResultBody, 'next'>;

type NothingReason = 'list_exhausted' | 'outside_calling_hours';

interface OpenZone {
  zone: string | null;
  /** Only these states of the zone are open now (a stricter state window); null: all of them. */
  states: Array<string | null> | null;
  minutesLeft: number;
}

const ZONE_CACHE_MS = 30_000;
/** A zone where nothing was callable is not scanned again for this long (on the plugin's clock). */
const EMPTY_ZONE_MS = 5_000;
/** A manager's change to a bank (pause, script) reaches callers within this; this process drops it at once. */
const BANK_CACHE_MS = 2_000;
/** The leased contact's columns the offer shows (its language picks the script: no query of its own). */
const LEASE_COLUMNS = ['id', 'name', 'phone', 'language', 'lease_token', 'lease_expires_at'];

/**
 * The caller loop (TEL-02..05): `next` leases one eligible contact to one caller (PostgreSQL: FOR UPDATE
 * SKIP LOCKED; SQLite: a conditional update with a retry), `result` records an append-only call result
 * on a live lease only (409 otherwise), `skip` hands the contact back. A caller only ever sees the one
 * contact they hold.
 */
const caller = ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection;
  const config = () => strapi.config.get(`plugin::${PLUGIN_ID}`) as CallcenterConfig;
  const clock = () => getService('clock');
  // Single-flight: when 200 callers start together, one scan of the list answers them all.
  const zonePairs = createTtlCache<Array<{ zone: string | null; state: string | null }>>(ZONE_CACHE_MS);
  const banks = createTtlCache<BankRow | undefined>(BANK_CACHE_MS);

  /**
   * The phone bank a caller works in, by its documentId (the content API's only way to name it; the row,
   * numeric id included, comes from the 2 s cache, so naming banks by documentId costs no query on the
   * hot path). New leases need an active bank; a call already under way may still be recorded or skipped
   * when a manager pauses or closes the bank meanwhile (the lease still decides).
   */
  async function activeBank(documentId: string, userId: number, { finishing = false } = {}) {
    const bank = await banks.get(documentId, () => knex()(TABLES.banks).where({ document_id: documentId }).first());
    if (!bank || bank.status === 'draft') throw new errors.NotFoundError('No such phone bank', { code: 'phone_bank_not_found' });
    if (bank.status !== 'active' && !finishing) {
      throw new errors.NotFoundError('This phone bank is not taking calls now', { code: 'phone_bank_inactive', status: bank.status });
    }
    // Who may call (group members, approved callers) decides new leases; a live lease is proof enough to finish.
    if (!finishing) await getService('caller-access').assertMayCall(bank, userId);
    return bank;
  }

  function pairsOf(listId: number) {
    return zonePairs.get(String(listId), async () => {
      const rows = await knex()(TABLES.contacts).where('list_id', listId).distinct('time_zone', 'state');
      return (rows as Array<Pick<ContactRow, 'time_zone' | 'state'>>).map((row) => ({ zone: row.time_zone ?? null, state: row.state ?? null }));
    });
  }

  /**
   * The zones of a list where it is calling time now (TEL-02), the soonest to close first: a campaign
   * reaches the East before it closes and the West after. `states`: only these states of the zone are
   * open (a stricter state window), null when all are.
   */
  async function openZones(listId: number, now: Date): Promise<OpenZone[]> {
    const rules = config();
    const byZone = new Map<string | null, { open: Array<string | null>; closed: number; minutesLeft: number }>();
    for (const { zone, state } of await pairsOf(listId)) {
      const group = byZone.get(zone) ?? { open: [], closed: 0, minutesLeft: Infinity };
      const left = minutesLeftToCall(now, zone, state, rules);
      if (left === null) group.closed += 1;
      else {
        group.open.push(state);
        group.minutesLeft = Math.min(group.minutesLeft, left);
      }
      byZone.set(zone, group);
    }
    return [...byZone.entries()]
      .filter(([, group]) => group.open.length > 0)
      .map(([zone, group]) => ({ zone, states: group.closed > 0 ? group.open : null, minutesLeft: group.minutesLeft }))
      .sort((a, b) => a.minutesLeft - b.minutesLeft);
  }

  /** The contacts of one open zone (and its open states). */
  function inZone({ zone, states }: OpenZone) {
    return (q: QueryBuilder) => {
      if (zone === null) q.whereNull('time_zone');
      else q.where('time_zone', zone);
      if (states) {
        const named = states.filter((s): s is string => s !== null);
        q.where((s: QueryBuilder) => {
          if (named.length) s.whereIn('state', named);
          if (states.includes(null)) s.orWhereNull('state');
        });
      }
    };
  }

  /** Any open zone (the dashboard's count). */
  const inAnyZone = (zones: OpenZone[]) => (qb: QueryBuilder) => zones.forEach((zone) => qb.orWhere(inZone(zone)));

  /** Zones found empty lately, per list: `${listId}:${zone}` → until (clock ms). */
  const emptyZones = new Map<string, number>();
  const zoneKey = (listId: number, zone: string | null) => `${listId}:${zone ?? ''}`;
  const forgetEmptyZones = (listId: number) => {
    for (const key of emptyZones.keys()) if (key.startsWith(`${listId}:`)) emptyZones.delete(key);
  };

  function eligible(bank: BankRow, now: Date, where: (qb: QueryBuilder) => void) {
    const rules = rulesOf(parseJson(bank.recontact_rules, {}));
    const states = parseJson<string[]>(bank.target_states, []);
    return (qb: QueryBuilder) => {
      qb.where('list_id', bank.list_id)
        .where('status', 'active')
        .where(where)
        .where('attempts', '<', maxAttemptsOf(rules))
        .where((q: QueryBuilder) => q.whereNull('cooldown_until').orWhere('cooldown_until', '<=', now))
        .where((q: QueryBuilder) => q.whereNull('leased_by').orWhereNull('lease_expires_at').orWhere('lease_expires_at', '<=', now))
        .whereNotExists(function (this: QueryBuilder) {
          this.select(knex().raw('1'))
            .from(TABLES.dnc)
            .whereRaw(`${TABLES.dnc}.phone = ${TABLES.contacts}.phone`)
            .where(`${TABLES.dnc}.active`, true);
        });
      if (states.length) qb.whereIn('state', states);
    };
  }

  async function heldBy(bank: BankRow, userId: number, now: Date): Promise<LeasedContact | undefined> {
    return knex()(TABLES.contacts)
      .where({ list_id: bank.list_id, leased_by: userId, status: 'active' })
      .where('lease_expires_at', '>', now)
      .first(LEASE_COLUMNS);
  }

  /** A cached bank row's questions in each language, worked out once per row (the bank cache renews the row). */
  const localizedQuestions = new WeakMap<object, Partial<Record<Language, LocalizedQuestion[]>>>();
  function questionsIn(bank: BankRow, language: Language) {
    const byLanguage = localizedQuestions.get(bank) ?? {};
    localizedQuestions.set(bank, byLanguage);
    return (byLanguage[language] ??= localizeQuestions(parseJson<SurveyQuestion[]>(bank.questions, []), language));
  }

  /**
   * What the caller sees: the contact, and the bank's script and questions in the contact's language
   * (English when unknown; Spanish text staff did not write falls back to English, flagged). Both scripts
   * stay in the offer so the caller can switch when the person answers in the other language.
   */
  function offer(bank: BankRow, contact: LeasedContact) {
    const contactLanguage: Language | null = contact.language === 'es' || contact.language === 'en' ? contact.language : null;
    const language: Language = contactLanguage ?? 'en';
    const scriptEn = bank.script_en ?? null;
    const scriptEs = bank.script_es ?? null;
    return {
      leaseToken: contact.lease_token,
      leaseExpiresAt: toDate(contact.lease_expires_at)!.toISOString(),
      language,
      contact: { name: contact.name, phone: contact.phone, language: contactLanguage },
      phoneBank: {
        documentId: bank.document_id,
        name: bank.name,
        ...scriptFor(scriptEn, scriptEs, language),
        scriptEn,
        scriptEs,
        questions: questionsIn(bank, language),
        instructions: bank.instructions ?? null,
      },
    };
  }

  async function leaseIn(bank: BankRow, userId: number, now: Date, zone: OpenZone): Promise<LeasedContact | null> {
    const token = randomBytes(16).toString('hex');
    const expires = new Date(now.getTime() + config().leaseSeconds * 1000);
    const claim = { leased_by: userId, lease_token: token, lease_expires_at: expires, updated_at: now };
    const candidates = () =>
      knex()(TABLES.contacts)
        .where(eligible(bank, now, inZone(zone)))
        .orderBy([{ column: 'attempts' }, { column: 'id' }]);

    if (isPostgres(strapi)) {
      // One statement, run as a named prepared statement (planned once per connection); the index
      // (list, status, zone, attempts, id) gives the candidates in order, SKIP LOCKED passes over the
      // ones other callers are taking.
      const pick = candidates().select('id').limit(1).forUpdate().skipLocked();
      const [row] = await preparedBuilder(knex()(TABLES.contacts).where('id', pick).update(claim).returning(LEASE_COLUMNS));
      return row ?? null;
    }
    // SQLite writes one at a time: a conditional update that lost a race moves on to the next candidate.
    for (let round = 0; round < 3; round += 1) {
      const ids = ((await candidates().select('id').limit(5)) as Array<Pick<ContactRow, 'id'>>).map((r) => r.id);
      if (!ids.length) return null;
      for (const id of ids) {
        const changed = await knex()(TABLES.contacts)
          .where({ id, status: 'active' })
          .where((q: QueryBuilder) => q.whereNull('leased_by').orWhereNull('lease_expires_at').orWhere('lease_expires_at', '<=', now))
          .update(claim);
        if (changed === 1) return knex()(TABLES.contacts).where({ id }).first(LEASE_COLUMNS);
      }
    }
    return null;
  }

  /**
   * One indexed scan per open zone, the soonest to close first, until one leases a contact: the index
   * (list, status, zone, attempts, id) never walks the contacts of closed zones, which a national list
   * holds by the thousand after 9 pm in the East. A zone with nothing callable is skipped for a few seconds.
   */
  async function lease(bank: BankRow, userId: number, now: Date, zones: OpenZone[]) {
    const at = now.getTime();
    for (const zone of zones) {
      const key = zoneKey(bank.list_id, zone.zone);
      if ((emptyZones.get(key) ?? 0) > at) continue;
      const contact = await leaseIn(bank, userId, now, zone);
      if (contact) return contact;
      emptyZones.set(key, at + EMPTY_ZONE_MS);
    }
    return null;
  }

  /**
   * Leases one contact, at most one per caller and list: the unique index `(list_id, leased_by)` refuses
   * a second row leased to the same caller, on either database and across processes. A refused lease
   * means another request of this caller got there first (→ that contact, so concurrent `next` calls all
   * answer the same lease), or the caller still owns a lease that expired or left the list (→ released,
   * then leased again). Expired leases keep `leased_by` until someone leases the row or this happens.
   */
  async function leaseOnce(bank: BankRow, userId: number, now: Date, zones: OpenZone[]) {
    for (let round = 0; round < 3; round += 1) {
      try {
        return await lease(bank, userId, now, zones);
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
      }
      const held = await heldBy(bank, userId, now);
      if (held) return held;
      await knex()(TABLES.contacts)
        .where({ list_id: bank.list_id, leased_by: userId })
        .where((q: QueryBuilder) => q.whereNull('lease_expires_at').orWhere('lease_expires_at', '<=', now).orWhereNot('status', 'active'))
        .update({ leased_by: null, lease_token: null, lease_expires_at: null, updated_at: now });
    }
    throw conflict('Another request of yours is leasing a contact right now: ask again', { reason: 'lease_in_progress' });
  }

  /** The caller's live lease by token, inside `trx`; 409 when it expired, was released or is another's (TEL-04). */
  async function liveLease(trx: Knex, bank: BankRow, userId: number, token: string, now: Date) {
    const contact: ContactRow | undefined = await trx(TABLES.contacts).where({ lease_token: token }).first();
    const expires = contact ? toDate(contact.lease_expires_at) : null;
    if (
      !contact ||
      contact.list_id !== bank.list_id ||
      contact.leased_by !== userId ||
      contact.status !== 'active' ||
      !expires ||
      expires <= now
    ) {
      throw conflict('This contact is no longer leased to you: the lease expired or was released', { reason: 'lease_lost' });
    }
    return contact;
  }

  /**
   * Ends the caller's live lease on `token` and writes the result's outcome in one conditional UPDATE per
   * case: `outcomeOf` differs only by whether this attempt is the disposition's last, so the row's own
   * attempts pick the statement that matches. Null when the lease is not live and theirs (TEL-04).
   */
  async function releaseLease(
    trx: Knex,
    bank: BankRow,
    userId: number,
    token: string,
    disposition: Disposition,
    now: Date,
    callBackAt: Date | null
  ) {
    const rules = rulesOf(parseJson(bank.recontact_rules, {}));
    const { maxAttempts } = rules[disposition];
    const cases = [
      {
        attempts: (q: QueryBuilder) => q.where('attempts', '>=', maxAttempts - 1),
        outcome: outcomeOf(disposition, maxAttempts - 1, now, rules, callBackAt),
      },
      { attempts: (q: QueryBuilder) => q.where('attempts', '<', maxAttempts - 1), outcome: outcomeOf(disposition, 0, now, rules, callBackAt) },
    ];
    for (const { attempts, outcome } of cases) {
      const [row] = await trx(TABLES.contacts)
        .where({ lease_token: token, list_id: bank.list_id, leased_by: userId, status: 'active' })
        .where('lease_expires_at', '>', now)
        .where(attempts)
        .update({
          status: outcome.status,
          attempts: trx.raw('attempts + 1'),
          last_disposition: disposition,
          cooldown_until: outcome.cooldownUntil,
          call_back_at: outcome.callBackAt,
          leased_by: null,
          lease_token: null,
          lease_expires_at: null,
          updated_at: now,
        })
        .returning(['id', 'phone', 'status']);
      if (row) return row as { id: number; phone: string; status: string };
    }
    return null;
  }

  /**
   * PostgreSQL: the lease check, the contact's outcome and the result row in one statement (a data-modifying
   * CTE is atomic on its own), instead of BEGIN, UPDATE, INSERT and COMMIT on a call day's hottest path.
   * Same outcome as `releaseLease`: the row's own attempts pick the last-attempt or the ordinary outcome.
   */
  async function recordInOneStatement(bank: BankRow, userId: number, input: CallResultInput, now: Date, callBackAt: Date | null) {
    const rules = rulesOf(parseJson(bank.recontact_rules, {}));
    const { maxAttempts } = rules[input.disposition];
    const last = outcomeOf(input.disposition, maxAttempts - 1, now, rules, callBackAt);
    const before = outcomeOf(input.disposition, 0, now, rules, callBackAt);
    const isLast = 'attempts + 1 >= CAST(? AS integer)';
    const row = strapiRowColumns(now);
    const rows = await preparedQuery<{ result_id: number; status: ContactRow['status'] }>(
      `WITH released AS (
         UPDATE ${TABLES.contacts} SET
           status = CASE WHEN ${isLast} THEN ? ELSE ? END,
           attempts = attempts + 1,
           last_disposition = ?,
           cooldown_until = CASE WHEN ${isLast} THEN CAST(? AS timestamp) ELSE CAST(? AS timestamp) END,
           call_back_at = CASE WHEN ${isLast} THEN CAST(? AS timestamp) ELSE CAST(? AS timestamp) END,
           leased_by = NULL, lease_token = NULL, lease_expires_at = NULL, updated_at = ?
         WHERE lease_token = ? AND list_id = ? AND leased_by = ? AND status = 'active' AND lease_expires_at > ?
         RETURNING id, status
       ), recorded AS (
         INSERT INTO ${TABLES.results}
           (document_id, created_at, updated_at, published_at, contact_id, phone_bank_id, caller_user_id, disposition, answers, notes, call_back_at)
         SELECT ?, CAST(? AS timestamp), CAST(? AS timestamp), CAST(? AS timestamp), released.id, ?, ?, ?, CAST(? AS jsonb), ?, CAST(? AS timestamp)
         FROM released
         RETURNING id
       )
       SELECT recorded.id AS result_id, released.status FROM released, recorded`,
      [
        maxAttempts,
        last.status,
        before.status,
        input.disposition,
        maxAttempts,
        last.cooldownUntil,
        before.cooldownUntil,
        maxAttempts,
        last.callBackAt,
        before.callBackAt,
        now,
        input.leaseToken,
        bank.list_id,
        userId,
        now,
        row.document_id,
        now,
        now,
        now,
        bank.id,
        userId,
        input.disposition,
        JSON.stringify(input.answers ?? {}),
        input.notes ?? null,
        callBackAt,
      ]
    );
    return rows[0] ? { resultId: Number(rows[0].result_id), documentId: row.document_id, contactStatus: String(rows[0].status) } : null;
  }

  return {
    /**
     * TEL-04: a caller holding a live lease on the bank's list gets that same contact back (also when
     * several `next` calls race: see `leaseOnce`). `afterResult`: called by "save and next" right after
     * this caller's result ended their lease, so the lookup of a lease they still hold is skipped (a
     * lease from a second open tab is still found by `leaseOnce` and offered).
     */
    async next(
      bankDocumentId: string,
      userId: number,
      { afterResult = false } = {}
    ): Promise<{ offer: ReturnType<typeof offer> | null; reason?: NothingReason }> {
      const bank = await activeBank(bankDocumentId, userId);
      const now = clock().now();
      const held = afterResult ? null : await heldBy(bank, userId, now);
      if (held) return { offer: offer(bank, held) };
      const zones = await openZones(bank.list_id, now);
      if (!zones.length) return { offer: null, reason: 'outside_calling_hours' };
      const contact = await leaseOnce(bank, userId, now, zones);
      return contact ? { offer: offer(bank, contact) } : { offer: null, reason: 'list_exhausted' };
    },

    async current(bankDocumentId: string, userId: number) {
      const bank = await activeBank(bankDocumentId, userId);
      const held = await heldBy(bank, userId, clock().now());
      return held ? offer(bank, held) : null;
    },

    /** Records the call; answers the result by documentId (the event keeps the numeric id, for other plugins). */
    async result(bankDocumentId: string, userId: number, input: CallResultInput) {
      const bank = await activeBank(bankDocumentId, userId, { finishing: true });
      const now = clock().now();
      const problems = answerProblems(parseJson<SurveyQuestion[]>(bank.questions, []), input.answers ?? {});
      if (problems.length) {
        throw new errors.ValidationError('Answers do not match the questions', { code: 'answers_mismatch', errors: problems });
      }
      const callBackAt = input.callBackAt ? new Date(input.callBackAt) : null;
      if (isPostgres(strapi) && input.disposition !== 'do_not_call') {
        const recorded = await recordInOneStatement(bank, userId, input, now, callBackAt);
        if (!recorded)
          throw conflict('This contact is no longer leased to you: the lease expired or was released', { reason: 'lease_lost' });
        // Joining is idempotent: were this to fail, the caller's next result joins them.
        await getService('call-days').joinOnResult(knex(), bank.id, userId, now);
        await publishDomainEvent(strapi, 'mymitt.call.completed', { sourceId: recorded.resultId, userId, occurredAt: now.toISOString() });
        return { documentId: recorded.documentId, disposition: input.disposition, contactStatus: recorded.contactStatus };
      }
      return strapi.db.transaction(async ({ trx }) => {
        const contact = await releaseLease(trx, bank, userId, input.leaseToken, input.disposition, now, callBackAt);
        if (!contact)
          throw conflict('This contact is no longer leased to you: the lease expired or was released', { reason: 'lease_lost' });

        const columns = strapiRowColumns(now);
        const inserted = await trx(TABLES.results)
          .insert({
            ...columns,
            contact_id: contact.id,
            phone_bank_id: bank.id,
            caller_user_id: userId,
            disposition: input.disposition,
            answers: JSON.stringify(input.answers ?? {}),
            notes: input.notes ?? null,
            call_back_at: callBackAt,
          })
          .returning('id');
        const resultId = Number(typeof inserted[0] === 'object' ? inserted[0].id : inserted[0]);
        // A first result inside a live call day counts the caller in (and announces it once, after commit).
        await getService('call-days').joinOnResult(trx, bank.id, userId, now);

        if (input.disposition === 'do_not_call') {
          await getService('dnc').addMany(trx, [contact.phone], {
            source: 'result',
            actor: `user:${userId}`,
            reason: 'Asked not to be called',
          });
        }
        await publishDomainEvent(strapi, 'mymitt.call.completed', { sourceId: resultId, userId, occurredAt: now.toISOString() });
        return { documentId: columns.document_id, disposition: input.disposition, contactStatus: contact.status };
      });
    },

    async skip(bankDocumentId: string, userId: number, token: string) {
      const bank = await activeBank(bankDocumentId, userId, { finishing: true });
      const now = clock().now();
      await strapi.db.transaction(async ({ trx }) => {
        const contact = await liveLease(trx, bank, userId, token, now);
        await trx(TABLES.contacts)
          .where({ id: contact.id, lease_token: token })
          .update({ leased_by: null, lease_token: null, lease_expires_at: null, updated_at: now });
      });
      // The contact is callable again at once: its zone is no longer empty.
      forgetEmptyZones(bank.list_id);
      return { released: true };
    },

    /** How many contacts `next` could lease for this bank row right now (the admin dashboard's "eligible now"). */
    async countEligible(bank: BankRow): Promise<number> {
      const now = clock().now();
      const zones = await openZones(bank.list_id, now);
      if (!zones.length) return 0;
      const [row] = await knex()(TABLES.contacts)
        .where(eligible(bank, now, inAnyZone(zones)))
        .count({ count: '*' });
      return rowCount(row?.count);
    },

    /** Forget cached zone/state pairs of a list (after an import). */
    forgetList(listId: number) {
      zonePairs.forget(String(listId));
      forgetEmptyZones(listId);
    },

    /** Contacts became callable again outside the caller loop (a registry correction): rescan every zone. */
    forgetEmptyZones() {
      emptyZones.clear();
    },

    /** Forget cached phone banks (after a manager's change). */
    forgetBanks() {
      banks.clear();
      emptyZones.clear();
    },
  };
};

export default caller;
