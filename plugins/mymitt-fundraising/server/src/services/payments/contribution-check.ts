import type { Core } from '@strapi/strapi';
import { unprocessable } from '@mymitt/plugin-kit';
import { checkAgainstLimit, type ContributionPart } from '../../domain/contribution-limits';
import { designate, electionAfter } from '../../domain/election-designation';
import { donorKey, type DonorIdentity, type DonorKey, type DonorSignals } from '../../domain/donor-key';
import { getService } from '../../utils/get-service';
import type { Knex } from '../ledger/tables';
import type { DonorCircle } from '../ledger/ledger-core';

/**
 * Checkout Sessions are created to expire after this long (Stripe's minimum): a
 * pending contribution older than this can no longer become money, so the limit check stops counting it
 * (card payments: the Stripe account's payment method configuration offers cards only; delayed methods
 * such as bank debits would stay pending past this window).
 */
export const CHECKOUT_TTL_MINUTES = 30;
const PENDING_WINDOW_MS = (CHECKOUT_TTL_MINUTES + 1) * 60_000;

/** Advisory-lock class of a donor's limit check (PostgreSQL): one check per donor signal at a time. */
export const DONOR_LOCK_CLASS = 4243;
/** Lock rounds at most: a second is needed only when a linked gift committed while the first waited. */
const MAX_LOCK_ROUNDS = 4;

export interface ContributionRequest {
  donor: DonorIdentity;
  /** The signed-in supporter giving (FEC-03: one account is one person); absent for guests and offline gifts. */
  userId?: number | null;
  amountCents: number;
  electionId?: number;
  redesignationConsent: boolean;
  recurring: boolean;
  /** When the money is received, if not now (an offline gift recorded later): its date sets the limit and designation. */
  receivedAt?: Date;
}

export interface CheckedContribution {
  keys: DonorKey;
  electionId: number;
  /** Set when a consented excess was redesignated to the next election (two parts). */
  parts: ContributionPart[] | null;
  limitCents: number;
}

/**
 * The donor's circle (every contribution linked to these signals, FEC-03) with every signal of it
 * locked until the transaction ends (PostgreSQL): two concurrent checks of one donor, by whichever
 * signal they meet, run one after the other. All signals are locked in one statement in sorted order
 * (no deadlock between checks), then the circle is read again: a gift that committed meanwhile is
 * counted, and if it brought new signals they are locked too.
 */
async function lockDonor(strapi: Core.Strapi, trx: Knex, signals: DonorSignals): Promise<DonorCircle> {
  const ledger = getService('ledger');
  let circle = await ledger.donorCircle(signals, trx);
  if (strapi.db.dialect.client !== 'postgres') return circle;
  const locked = new Set<string>();
  for (let round = 0; round < MAX_LOCK_ROUNDS; round += 1) {
    const fresh = circle.signals.filter((key) => !locked.has(key));
    if (!fresh.length) break;
    await trx.raw('select count(pg_advisory_xact_lock(?, hashtext(k))) from (select unnest(?::text[]) as k order by 1) as keys', [
      DONOR_LOCK_CLASS,
      fresh,
    ]);
    fresh.forEach((key) => locked.add(key));
    circle = await ledger.donorCircle(signals, trx);
  }
  return circle;
}

/**
 * FEC-01/02/03/04/05/12 for one new contribution, inside the caller's transaction: the donor's net
 * giving (every gift linked by address key, email key, account or card) plus their checkouts still open
 * must leave room for this gift. On PostgreSQL the donor's signals are locked until the transaction
 * ends (see lockDonor; SQLite runs one writer at a time). Refusals are 422.
 */
export async function checkContribution(strapi: Core.Strapi, trx: Knex, request: ContributionRequest, now = new Date()) {
  const compliance = getService('compliance-config');
  const ledger = getService('ledger');
  const receivedAt = request.receivedAt ?? now;
  const today = compliance.today(receivedAt);

  const limit = await compliance.limitOn(today);
  if (!limit) throw unprocessable('Contributions are paused: no contribution limit is configured.', { reason: 'no-limit' });

  const elections = await compliance.elections();
  const designation = designate(elections, today, request.electionId, request.amountCents);
  if (!designation.ok) throw unprocessable(designation.message, { reason: designation.reason });

  const keys = donorKey(request.donor);
  const circle = await lockDonor(strapi, trx, { ...keys, userId: request.userId ?? null });
  const given = await ledger.donorTotals(circle, receivedAt, trx);
  const pending = await ledger.pendingByElection(circle, new Date(now.getTime() - PENDING_WINDOW_MS), trx);
  const givenByElectionCents: Record<number, number> = {};
  for (const [id, cents] of [...Object.entries(given.byElection), ...Object.entries(pending)]) {
    if (id !== 'none') givenByElectionCents[Number(id)] = (givenByElectionCents[Number(id)] ?? 0) + cents;
  }

  // An installment is never split (FEC-12), so a recurring gift may not rely on redesignation either.
  const consent = request.redesignationConsent && !request.recurring && designation.capCents === null;
  const check = checkAgainstLimit({
    amountCents: request.amountCents,
    election: designation.election,
    givenByElectionCents,
    limitCents: limit.perElectionCents,
    redesignationConsent: consent,
    nextElection: consent ? electionAfter(elections, designation.election) : null,
  });
  if (!check.ok) {
    throw unprocessable(check.message, {
      code: 'contribution_limit_reached',
      rule: 'FEC-01',
      limitCents: check.limitCents,
      remainingCents: check.remainingCents,
      electionDocumentId: designation.election.documentId,
    });
  }
  return {
    keys,
    electionId: designation.election.id,
    parts: check.parts.length > 1 ? check.parts : null,
    limitCents: limit.perElectionCents,
  } satisfies CheckedContribution;
}
