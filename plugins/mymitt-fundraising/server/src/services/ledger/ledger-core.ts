import { randomBytes, randomUUID } from 'crypto';
import type { Core } from '@strapi/strapi';
import { validateZodSchema } from '@strapi/utils';
import { afterCommit, publishDomainEvent, type DonationMoved } from '@mymitt/plugin-kit';
import { contributionStatus, electionCycle, GIFT_KINDS, scopesFor, totalsDelta, type LedgerKind } from '../../domain/ledger-money';
import { readParts, splitMovement } from '../../domain/gift-parts';
import { DONOR_KEY_VERSION, donorKey, signalKeys, type DonorSignals } from '../../domain/donor-key';
import { PLUGIN_ID } from '../../plugin-id';
import { contributionDraft, type ContributionDraft } from '../../validators/ledger';
import {
  CONTRIBUTION_UID,
  TABLES,
  totalsFromRow,
  ZERO_TOTALS,
  strapiRowColumns,
  type ContributionRecord,
  type Knex,
  type Totals,
} from './tables';

/** A documentId for rows written with raw SQL (Strapi's own are 24 lowercase letters and digits). */
const newDocumentId = () => randomBytes(12).toString('hex');

export interface NewLedgerRow {
  kind: LedgerKind;
  stripeObjectKey: string;
  amountCents: number;
  occurredAt: Date;
  paymentIntentId?: string;
  eventId?: string;
  /** The election this movement counts toward when it is not the contribution's (a later installment). */
  electionId?: number | null;
}

/** Who a gift credits as its fundraiser (the page owner), set by the pages feature (FEC-13: credit only). */
export type FundraiserResolver = (contribution: ContributionRecord) => Promise<number | null> | number | null;

export interface DriftEntry {
  scope: string;
  expected: Totals;
  actual: Totals;
}

export interface ReconcileReport {
  checkedScopes: number;
  drift: DriftEntry[];
  fixed: boolean;
  /** Verified events still waiting for the contribution they name (see the webhook). */
  parkedEvents: number;
}

/** One donor's contributions and every signal that names them (FEC-03; see donorCircle). */
export interface DonorCircle {
  contributionIds: number[];
  signals: string[];
}

/** The contribution columns that carry a donor signal (donor-key.ts DonorSignals). */
const SIGNAL_COLUMNS = ['donor_key', 'donor_email_key', 'user_id', 'card_fingerprint'] as const;
/** Links followed at most: each round adds the gifts one more shared signal away (2 suffice in practice). */
const MAX_CIRCLE_ROUNDS = 8;
/** Ids per `IN (…)`: far below SQLite's and PostgreSQL's bound-parameter limits. */
const ID_CHUNK = 5000;
const chunks = (ids: number[]) =>
  Array.from({ length: Math.ceil(ids.length / ID_CHUNK) }, (_, i) => ids.slice(i * ID_CHUNK, (i + 1) * ID_CHUNK));

const GIFT_SQL = GIFT_KINDS.map((k) => `'${k}'`).join(', ');
const SUMS_SQL = `sum(amount_cents) as net_cents,
  sum(case when kind in (${GIFT_SQL}) then amount_cents else 0 end) as raised_cents,
  sum(case when kind in (${GIFT_SQL}) then 1 else 0 end) as gift_count`;

const sameTotals = (a: Totals, b: Totals) =>
  a.raisedCents === b.raisedCents && a.refundedCents === b.refundedCents && a.netCents === b.netCents && a.giftCount === b.giftCount;

/**
 * The ledger itself: contributions, append-only rows (FEC-14: this code has no update or delete of a
 * ledger row), the totals they move in the same transaction, and the reconcile check.
 */
export function ledgerCore(strapi: Core.Strapi) {
  const isPostgres = () => strapi.db.dialect.client === 'postgres';
  const contributions = () => strapi.db.query(CONTRIBUTION_UID);
  let fundraiserOf: FundraiserResolver = () => null;
  const pageMoneyListeners: Array<(pageId: number) => void> = [];

  /**
   * Transactions whose total increments are held back until `flushTotals` (the webhook): the hot rows
   * (`all`, a busy page) are then locked only for the last statements before commit, not for the whole
   * event, so concurrent events queue on them for a few milliseconds instead of a whole transaction.
   */
  const deferred = new WeakMap<object, Map<string, Totals>>();

  /** Scopes in one fixed order for every writer (no deadlocks), the committee-wide `all` last: it is the hottest. */
  const lockOrder = (a: string, b: string) => (a === 'all' ? 1 : b === 'all' ? -1 : a < b ? -1 : a > b ? 1 : 0);

  /**
   * Adds amounts to scopes in ONE statement: a multi-row atomic upsert-increment (PostgreSQL and
   * SQLite ≥ 3.24), rows in lock order so concurrent writers never deadlock.
   */
  async function writeTotals(trx: Knex, deltas: Map<string, Totals>) {
    const scopes = [...deltas.keys()].sort(lockOrder);
    if (!scopes.length) return;
    const t = TABLES.totals;
    const values = scopes.map(() => '(?, ?, ?, ?, ?)').join(', ');
    const bindings = scopes.flatMap((scope) => {
      const d = deltas.get(scope)!;
      return [scope, d.raisedCents, d.refundedCents, d.netCents, d.giftCount];
    });
    await trx.raw(
      `insert into ${t} (scope, raised_cents, refunded_cents, net_cents, gift_count) values ${values}
       on conflict (scope) do update set raised_cents = ${t}.raised_cents + excluded.raised_cents,
         refunded_cents = ${t}.refunded_cents + excluded.refunded_cents,
         net_cents = ${t}.net_cents + excluded.net_cents,
         gift_count = ${t}.gift_count + excluded.gift_count`,
      bindings
    );
  }

  async function bumpTotals(trx: Knex, scopes: string[], delta: Totals) {
    const held = deferred.get(trx);
    const target = held ?? new Map<string, Totals>();
    for (const scope of scopes) {
      const sum = target.get(scope) ?? { ...ZERO_TOTALS };
      target.set(scope, {
        raisedCents: sum.raisedCents + delta.raisedCents,
        refundedCents: sum.refundedCents + delta.refundedCents,
        netCents: sum.netCents + delta.netCents,
        giftCount: sum.giftCount + delta.giftCount,
      });
    }
    if (!held) await writeTotals(trx, target);
  }

  /** Locks the contribution row for the rest of the transaction (PostgreSQL; SQLite has one writer). */
  async function lockContribution(trx: Knex, contributionId: number) {
    const sql = trx(TABLES.contributions).where('id', contributionId).first('id');
    await (isPostgres() ? sql.forUpdate() : sql);
  }

  /** The status a contribution's ledger rows give it (the same whatever order they came in). */
  async function deriveStatus(trx: Knex, contribution: ContributionRecord) {
    const rows = await trx(TABLES.ledger)
      .where('contribution_id', contribution.id)
      .select('kind')
      .sum({ total: 'amount_cents' })
      .groupBy('kind');
    const sum = (...kinds: string[]) =>
      rows.filter((r: any) => kinds.includes(r.kind)).reduce((s: number, r: any) => s + Number(r.total), 0);
    return contributionStatus(
      { charged: sum('charge', 'offline'), refunded: sum('refund'), disputed: sum('dispute', 'dispute_reversal') },
      Boolean(contribution.failedAt)
    );
  }

  /** Re-derives the contribution's status from its ledger rows and stores it when it changed. */
  async function refreshStatus(trx: Knex, contribution: ContributionRecord) {
    const status = await deriveStatus(trx, contribution);
    if (status !== contribution.status) await trx(TABLES.contributions).where('id', contribution.id).update({ status });
    return status;
  }

  /**
   * Appends one ledger row for a contribution unless its money movement is already recorded (the
   * unique stripeObjectKey), moves every total it belongs to, and announces it after commit.
   * Must run inside the caller's transaction. Returns false for a movement already in the ledger.
   */
  async function appendRow(trx: Knex, contribution: ContributionRecord, row: NewLedgerRow): Promise<boolean> {
    const cycle = electionCycle(row.occurredAt);
    const copies = {
      donorKey: contribution.donorKey ?? null,
      donorEmailKey: contribution.donorEmailKey ?? null,
      pageId: contribution.pageId ?? null,
      campaignId: contribution.campaignId ?? null,
      userId: contribution.userId ?? null,
    };
    const pieces = await piecesOf(trx, contribution, row);
    const now = new Date();
    // A raw multi-row insert (no re-read, no savepoint): a movement already in the ledger meets the
    // unique stripe_object_key and inserts nothing, which is how a replay is recognised.
    const inserted = await trx(TABLES.ledger)
      .insert(
        pieces.map((piece) => ({
          ...strapiRowColumns(newDocumentId(), now),
          contribution_id: contribution.id,
          kind: row.kind,
          amount_cents: piece.amountCents,
          stripe_object_key: piece.key,
          payment_intent_id: row.paymentIntentId ?? null,
          event_id: row.eventId ?? null,
          occurred_at: row.occurredAt,
          cycle,
          election_id: piece.electionId,
          donor_key: copies.donorKey,
          donor_email_key: copies.donorEmailKey,
          page_id: copies.pageId,
          campaign_id: copies.campaignId,
          user_id: copies.userId,
        }))
      )
      .onConflict('stripe_object_key')
      .ignore()
      .returning('id');
    if (inserted.length === 0) return false;
    for (const piece of pieces) {
      const delta = totalsDelta(row.kind, piece.amountCents);
      // One gift split over two elections is still one gift.
      if (piece !== pieces[0]) delta.giftCount = 0;
      await bumpTotals(trx, scopesFor({ ...copies, electionId: piece.electionId, cycle }), delta);
    }

    // The domain event goes in the outbox with the movement (receipts and activity never miss one); pages
    // drop their cached figures once it commits (a lost drop only delays the thermometer by a TTL).
    const event = row.kind === 'charge' ? 'mymitt.donation.succeeded' : row.kind === 'refund' ? 'mymitt.donation.refunded' : null;
    if (event) {
      const payload: DonationMoved = {
        sourceId: row.stripeObjectKey,
        contributionId: contribution.id,
        purpose: contribution.purpose,
        userId: contribution.userId ?? null,
        // Fundraising pages credit their owner (FEC-13: attribution only).
        fundraiserUserId: (await fundraiserOf(contribution)) ?? null,
        pageId: copies.pageId,
        amountCents: Math.abs(row.amountCents),
        occurredAt: row.occurredAt.toISOString(),
      };
      await publishDomainEvent(strapi, event, payload, trx);
    }
    const pageId = copies.pageId;
    if (pageId && pageMoneyListeners.length) await afterCommit(strapi, () => pageMoneyListeners.forEach((listener) => listener(pageId)));
    return true;
  }

  /** The ledger rows one movement becomes: one, or one per election of a redesignated gift (FEC-01). */
  async function piecesOf(trx: Knex, contribution: ContributionRecord, row: NewLedgerRow) {
    const parts = readParts(contribution.parts);
    if (!parts)
      return [{ key: row.stripeObjectKey, electionId: row.electionId ?? contribution.electionId ?? null, amountCents: row.amountCents }];
    const net = await trx(TABLES.ledger)
      .where('contribution_id', contribution.id)
      .select('election_id')
      .sum({ cents: 'amount_cents' })
      .groupBy('election_id');
    const netByElection = Object.fromEntries(net.map((r: any) => [r.election_id, Number(r.cents)]));
    return splitMovement(parts, netByElection, row.amountCents).map((piece) => ({
      key: `${row.stripeObjectKey}#election:${piece.electionId}`,
      electionId: piece.electionId,
      amountCents: piece.amountCents,
    }));
  }

  /** Expected totals per scope, summed from the ledger (one grouped query per scope family). */
  async function expectedTotals(knex: Knex): Promise<Map<string, Totals>> {
    const families: Array<{ columns: string[]; scope: (row: any) => string; notNull: string[] }> = [
      { columns: [], scope: () => 'all', notNull: [] },
      { columns: ['page_id'], scope: (r) => `page:${r.page_id}`, notNull: ['page_id'] },
      { columns: ['campaign_id'], scope: (r) => `campaign:${r.campaign_id}`, notNull: ['campaign_id'] },
      {
        columns: ['donor_key', 'election_id'],
        scope: (r) => `donor:${r.donor_key}:election:${r.election_id ?? 'none'}`,
        notNull: ['donor_key'],
      },
      { columns: ['donor_key', 'cycle'], scope: (r) => `donor-cycle:${r.donor_key}:${r.cycle}`, notNull: ['donor_key'] },
    ];
    const expected = new Map<string, Totals>();
    for (const family of families) {
      const query = knex(TABLES.ledger).select(knex.raw(SUMS_SQL));
      if (family.columns.length) query.select(family.columns).groupBy(family.columns);
      family.notNull.forEach((column) => query.whereNotNull(column));
      for (const row of await query) {
        if (!family.columns.length && row.net_cents === null) continue; // empty ledger
        const t = totalsFromRow(row);
        expected.set(family.scope(row), { ...t, refundedCents: t.raisedCents - t.netCents });
      }
    }
    return expected;
  }

  async function compareTotals(knex: Knex) {
    const expected = await expectedTotals(knex);
    const actual = new Map<string, Totals>();
    for (const row of await knex(TABLES.totals).select('scope', 'raised_cents', 'refunded_cents', 'net_cents', 'gift_count')) {
      actual.set(row.scope, totalsFromRow(row));
    }
    const scopes = [...new Set([...expected.keys(), ...actual.keys()])].sort();
    const drift: DriftEntry[] = [];
    for (const scope of scopes) {
      const e = expected.get(scope) ?? ZERO_TOTALS;
      const a = actual.get(scope) ?? ZERO_TOTALS;
      if (!sameTotals(e, a) || !actual.has(scope)) drift.push({ scope, expected: e, actual: a });
    }
    return { checkedScopes: scopes.length, drift };
  }

  /**
   * FEC-03: every contribution of the donor these signals name, following links through earlier gifts
   * (one shares the address key, another was paid with the same card, …) until no new signal appears,
   * so the limit check sees the same donor as the FEC-10 job and Schedule A (donor-clusters.ts).
   * `signals` are the tagged signals of the whole circle (the advisory locks of a limit check).
   */
  async function donorCircle(start: DonorSignals, knex: Knex = strapi.db.connection): Promise<DonorCircle> {
    const known: Record<(typeof SIGNAL_COLUMNS)[number], Set<string | number>> = {
      donor_key: new Set(start.byAddress ? [start.byAddress] : []),
      donor_email_key: new Set(start.byEmail ? [start.byEmail] : []),
      user_id: new Set(start.userId !== null && start.userId !== undefined ? [start.userId] : []),
      card_fingerprint: new Set(start.cardFingerprint ? [start.cardFingerprint] : []),
    };
    const ids = new Set<number>();
    for (let round = 0; round < MAX_CIRCLE_ROUNDS; round += 1) {
      if (!SIGNAL_COLUMNS.some((column) => known[column].size)) break;
      const rows = await knex(TABLES.contributions)
        .select('id', ...SIGNAL_COLUMNS)
        .where((q: any) => {
          for (const column of SIGNAL_COLUMNS) if (known[column].size) q.orWhereIn(column, [...known[column]]);
        });
      let grew = false;
      for (const row of rows as any[]) {
        ids.add(Number(row.id));
        for (const column of SIGNAL_COLUMNS) {
          const value = column === 'user_id' && row[column] !== null ? Number(row[column]) : row[column];
          if (value !== null && value !== undefined && value !== '' && !known[column].has(value)) {
            known[column].add(value);
            grew = true;
          }
        }
      }
      if (!grew) break;
    }
    const signals = [
      ...[...known.donor_key].flatMap((key) => signalKeys({ byAddress: String(key) })),
      ...[...known.donor_email_key].flatMap((key) => signalKeys({ byEmail: String(key) })),
      ...[...known.user_id].flatMap((id) => signalKeys({ userId: Number(id) })),
      ...[...known.card_fingerprint].flatMap((fingerprint) => signalKeys({ cardFingerprint: String(fingerprint) })),
    ];
    return { contributionIds: [...ids].sort((a, b) => a - b), signals: signals.sort() };
  }

  /**
   * Recomputes every contribution's FEC-03 keys from its stored donor fields (the normalisation
   * changed: DONOR_KEY_VERSION). Identity only: no money moves, and ledger rows keep the copies they
   * were written with (the cached donor totals are keyed by those, so reconcile still agrees); every
   * donor query (limit check, FEC-10, Schedule A) reads the contribution's keys.
   */
  async function rekeyDonors(batchSize = 500) {
    const knex = strapi.db.connection;
    let lastId = 0;
    let changed = 0;
    for (;;) {
      const rows = await knex(TABLES.contributions)
        .where('id', '>', lastId)
        .orderBy('id', 'asc')
        .limit(batchSize)
        .select('id', 'first_name', 'last_name', 'street', 'zip', 'email', 'donor_key', 'donor_email_key');
      if (!rows.length) return { changed };
      for (const row of rows as any[]) {
        lastId = Number(row.id);
        if (!row.first_name || !row.last_name || !row.street || !row.zip || !row.email) continue;
        const keys = donorKey({ firstName: row.first_name, lastName: row.last_name, street: row.street, zip: row.zip, email: row.email });
        if (keys.byAddress === row.donor_key && keys.byEmail === row.donor_email_key) continue;
        await knex(TABLES.contributions).where('id', row.id).update({ donor_key: keys.byAddress, donor_email_key: keys.byEmail });
        changed += 1;
      }
    }
  }

  return {
    appendRow,
    refreshStatus,
    deriveStatus,
    lockContribution,

    /** From now on in `trx`, totals are collected and written by `flushTotals` (call it last, before commit). */
    deferTotals(trx: Knex) {
      if (!deferred.has(trx)) deferred.set(trx, new Map());
    },

    /** Writes the totals collected since `deferTotals`. */
    async flushTotals(trx: Knex) {
      const held = deferred.get(trx);
      deferred.delete(trx);
      if (held?.size) await writeTotals(trx, held);
    },

    /**
     * Opens a contribution before any payment starts (status pending, no money). Its idempotency key is
     * derived from this record (STR-04): `contribution:<documentId>`; the checkout code passes it to Stripe.
     */
    async recordPending(draft: ContributionDraft) {
      const data = await validateZodSchema(contributionDraft)(draft);
      const idempotencyKey = `contribution:${randomUUID()}`;
      const created = (await contributions().create({ data: { ...data, status: 'pending', idempotencyKey } })) as ContributionRecord;
      return { id: created.id, documentId: created.documentId, status: created.status, idempotencyKey: created.idempotencyKey };
    },

    /** Links the Checkout Session the payment code created to its contribution (once), so webhooks find it. */
    async attachCheckoutSession(contributionId: number, checkoutSessionId: string) {
      const updated = await strapi.db
        .connection(TABLES.contributions)
        .where('id', contributionId)
        .where((q: any) => q.whereNull('checkout_session_id').orWhere('checkout_session_id', checkoutSessionId))
        .update({ checkout_session_id: checkoutSessionId });
      return Number(updated) === 1;
    },

    async findContribution(contributionId: number) {
      return (await contributions().findOne({ where: { id: contributionId } })) as ContributionRecord | null;
    },

    /** Every ledger row of a contribution, oldest first (amounts as numbers). */
    async entriesOf(contributionId: number) {
      const rows = await strapi.db.connection(TABLES.ledger).where('contribution_id', contributionId).orderBy('id', 'asc');
      return rows.map((r: any) => ({
        id: r.id,
        kind: r.kind as LedgerKind,
        amountCents: Number(r.amount_cents),
        stripeObjectKey: r.stripe_object_key as string,
      }));
    },

    /** The cached totals of one scope (zeros when nothing was recorded there yet). */
    async totals(scope: string): Promise<Totals> {
      const row = await strapi.db.connection(TABLES.totals).where({ scope }).first();
      return row ? totalsFromRow(row) : { ...ZERO_TOTALS };
    },

    /** Called after commit with the page id of every ledger row credited to a page (its cached figures are stale). */
    onPageMoney(listener: (pageId: number) => void) {
      pageMoneyListeners.push(listener);
    },

    /** Sets how a gift finds its fundraiser (the pages feature calls this at bootstrap). */
    setFundraiserResolver(resolver: FundraiserResolver) {
      fundraiserOf = resolver;
    },

    donorCircle,

    /**
     * A donor's net giving from the ledger (refunds and disputes deducted) over every contribution of the
     * donor (FEC-03, see donorCircle): per election id ('none' for undesignated rows) and for the election
     * cycle `at` falls in. Pending checkouts are not money yet (see pendingByElection).
     */
    async donorTotals(signals: DonorSignals | DonorCircle, at = new Date(), knex: Knex = strapi.db.connection) {
      const { contributionIds } = 'contributionIds' in signals ? signals : await donorCircle(signals, knex);
      const cycle = electionCycle(at);
      const byElection: Record<string, number> = {};
      let cycleCents = 0;
      for (const ids of chunks(contributionIds)) {
        const rows = await knex(TABLES.ledger)
          .whereIn('contribution_id', ids)
          .select('election_id', 'cycle')
          .sum({ cents: 'amount_cents' })
          .groupBy('election_id', 'cycle');
        for (const row of rows as any[]) {
          const election = row.election_id ?? 'none';
          byElection[election] = (byElection[election] ?? 0) + Number(row.cents);
          if (Number(row.cycle) === cycle) cycleCents += Number(row.cents);
        }
      }
      return { byElection, cycleCents, cycle };
    },

    /**
     * What this donor has in checkouts opened since `since` and not yet paid or failed, by election: the
     * limit check counts them so two open checkouts cannot pass the limit together.
     */
    async pendingByElection(signals: DonorSignals | DonorCircle, since: Date, knex: Knex = strapi.db.connection) {
      const { contributionIds } = 'contributionIds' in signals ? signals : await donorCircle(signals, knex);
      const byElection: Record<string, number> = {};
      for (const ids of chunks(contributionIds)) {
        const rows = await knex(TABLES.contributions)
          .whereIn('id', ids)
          .andWhere('status', 'pending')
          .whereNull('failed_at')
          .andWhere('created_at', '>=', since)
          .select('amount_cents', 'election_id', 'parts');
        for (const row of rows as any[]) {
          const parts = readParts(row.parts) ?? [{ electionId: row.election_id, amountCents: Number(row.amount_cents) }];
          for (const part of parts) byElection[part.electionId ?? 'none'] = (byElection[part.electionId ?? 'none'] ?? 0) + part.amountCents;
        }
      }
      return byElection;
    },

    rekeyDonors,

    /** Runs rekeyDonors once per DONOR_KEY_VERSION (at bootstrap); null when the keys are current. */
    async rekeyDonorsIfStale() {
      const where = { type: 'plugin', name: PLUGIN_ID, key: 'donor-key-version' };
      if ((await strapi.store.get(where)) === DONOR_KEY_VERSION) return null;
      const report = await rekeyDonors();
      await strapi.store.set({ ...where, value: DONOR_KEY_VERSION });
      return report;
    },

    /**
     * Recomputes every total from the ledger and reports each scope whose cached total differs. Nothing
     * is changed unless `fix`: then the totals are rewritten from the ledger, under a table lock on
     * PostgreSQL so no webhook increments in between.
     */
    async reconcile({ fix = false }: { fix?: boolean } = {}): Promise<ReconcileReport> {
      const parked = await strapi.db.connection(TABLES.events).where('outcome', 'parked').count({ count: '*' }).first();
      const parkedEvents = Number(parked?.count ?? 0);
      if (!fix) return { ...(await compareTotals(strapi.db.connection)), fixed: false, parkedEvents };

      return strapi.db.transaction(async ({ trx }) => {
        if (isPostgres()) await trx.raw(`LOCK TABLE ${TABLES.totals} IN EXCLUSIVE MODE`);
        const report = await compareTotals(trx);
        for (const { scope, expected } of report.drift) {
          const values = {
            raised_cents: expected.raisedCents,
            refunded_cents: expected.refundedCents,
            net_cents: expected.netCents,
            gift_count: expected.giftCount,
          };
          await trx(TABLES.totals)
            .insert({ scope, ...values })
            .onConflict('scope')
            .merge(values);
        }
        return { ...report, fixed: report.drift.length > 0, parkedEvents };
      });
    },
  };
}

export type LedgerCore = ReturnType<typeof ledgerCore>;
