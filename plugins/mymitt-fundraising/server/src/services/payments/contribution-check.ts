import type { Core } from '@strapi/strapi';
import { unprocessable } from '@mymitt/plugin-kit';
import { checkAgainstLimit, type ContributionPart } from '../../domain/contribution-limits';
import { designate, electionAfter } from '../../domain/election-designation';
import { donorKey, type DonorIdentity, type DonorKey } from '../../domain/donor-key';
import { getService } from '../../utils/get-service';
import type { Knex } from '../ledger/tables';

/**
 * Checkout Sessions are created to expire after this long (Stripe's minimum): a
 * pending contribution older than this can no longer become money, so the limit check stops counting it
 * (card payments: the Stripe account's payment method configuration offers cards only; delayed methods
 * such as bank debits would stay pending past this window).
 */
export const CHECKOUT_TTL_MINUTES = 30;
const PENDING_WINDOW_MS = (CHECKOUT_TTL_MINUTES + 1) * 60_000;

/** Advisory-lock class of a donor's limit check (PostgreSQL): one check per donor key at a time. */
export const DONOR_LOCK_CLASS = 4243;

export interface ContributionRequest {
  donor: DonorIdentity;
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
 * FEC-01/02/03/04/05/12 for one new contribution, inside the caller's transaction: the donor's net
 * giving (either key) plus their checkouts still open must leave room for this gift. On PostgreSQL
 * the donor's keys are locked until the transaction ends, so two concurrent checkouts of one donor
 * are checked one after the other (SQLite runs one writer at a time). Refusals are 422.
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
  if (strapi.db.dialect.client === 'postgres') {
    for (const key of [keys.byAddress, keys.byEmail].sort()) {
      await trx.raw('select pg_advisory_xact_lock(?, hashtext(?))', [DONOR_LOCK_CLASS, key]);
    }
  }
  const given = await ledger.donorTotals(keys, receivedAt, trx);
  const pending = await ledger.pendingByElection(keys, new Date(now.getTime() - PENDING_WINDOW_MS), trx);
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
      rule: 'FEC-01',
      limitCents: check.limitCents,
      remainingCents: check.remainingCents,
      electionId: designation.election.id,
    });
  }
  return {
    keys,
    electionId: designation.election.id,
    parts: check.parts.length > 1 ? check.parts : null,
    limitCents: limit.perElectionCents,
  } satisfies CheckedContribution;
}
