import type { CalendarDate } from './calendar-date';
import { formatUsd } from './money';

/** One effective-dated row of federal limits (FEC-02). Amounts in cents; dates inclusive. */
export interface ContributionLimit {
  id: number;
  perElectionCents: number;
  itemizationThresholdCents: number;
  cashMaxCents: number;
  anonymousCashMaxCents: number;
  effectiveFrom: CalendarDate;
  /** Last day the row applies; null = until a later row starts. */
  effectiveTo: CalendarDate | null;
}

/** The limit applying on a date. `notConfigured`: no row covers the date and an older one stands in. */
export type LimitInForce = ContributionLimit & { notConfigured: boolean };

const covers = (limit: ContributionLimit, date: CalendarDate) =>
  limit.effectiveFrom <= date && (limit.effectiveTo === null || date <= limit.effectiveTo);

/**
 * FEC-02: the row whose range contains `date` (the latest-starting one if ranges overlap). With none,
 * the latest row that started before `date` applies, flagged `notConfigured` so staff are alerted: the
 * FEC publishes new limits in odd years and asks donors not to exceed the previous cycle's until then.
 * Null when no row started on or before `date` at all.
 */
export function limitInForce(limits: ContributionLimit[], date: CalendarDate): LimitInForce | null {
  const started = limits.filter((limit) => limit.effectiveFrom <= date).sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom));
  const current = started.find((limit) => covers(limit, date));
  if (current) return { ...current, notConfigured: false };
  return started.length > 0 ? { ...started[0], notConfigured: true } : null;
}

/** An election as the limit check names it. */
export interface ElectionRef {
  id: number;
  name: string;
}

/** Part of a gift counted toward one election. */
export interface ContributionPart {
  electionId: number;
  amountCents: number;
}

export type LimitCheck =
  | { ok: true; parts: ContributionPart[] }
  | { ok: false; status: 422; limitCents: number; remainingCents: number; message: string };

export interface LimitCheckInput {
  amountCents: number;
  /** The election the gift is designated for (FEC-04). */
  election: ElectionRef;
  /** What this donor (FEC-03) has already given, net of refunds, by election id. */
  givenByElectionCents: Record<number, number>;
  limitCents: number;
  /** The donor ticked "redesignate the excess to the next election". */
  redesignationConsent: boolean;
  /** Where consented excess goes (the general after a primary); null when there is none. */
  nextElection: ElectionRef | null;
}

const remainingFor = (electionId: number, given: Record<number, number>, limitCents: number) =>
  Math.max(0, limitCents - (given[electionId] ?? 0));

function mayStillGive(election: ElectionRef, remainingCents: number) {
  return remainingCents > 0
    ? `You may give ${formatUsd(remainingCents)} more for the ${election.name}`
    : `You have already given the most allowed for the ${election.name}`;
}

/**
 * FEC-01: may this gift be accepted without passing the per-election limit? Without consent, anything
 * over the remaining capacity refuses the whole gift (no partial charge). With consent, the excess moves to
 * `nextElection` up to that election's own remaining capacity, and the parts show both.
 */
export function checkAgainstLimit(input: LimitCheckInput): LimitCheck {
  const { amountCents, election, givenByElectionCents, limitCents, redesignationConsent, nextElection } = input;
  if (!Number.isSafeInteger(amountCents) || amountCents <= 0)
    throw new RangeError(`amountCents must be a positive integer, got ${amountCents}`);

  const remainingCents = remainingFor(election.id, givenByElectionCents, limitCents);
  if (amountCents <= remainingCents) return { ok: true, parts: [{ electionId: election.id, amountCents }] };

  const limitSentence = `the federal limit is ${formatUsd(limitCents)} per election.`;
  if (redesignationConsent && nextElection && nextElection.id !== election.id) {
    const nextRemainingCents = remainingFor(nextElection.id, givenByElectionCents, limitCents);
    const excessCents = amountCents - remainingCents;
    if (excessCents <= nextRemainingCents) {
      const parts = [
        { electionId: election.id, amountCents: remainingCents },
        { electionId: nextElection.id, amountCents: excessCents },
      ];
      return { ok: true, parts: parts.filter((part) => part.amountCents > 0) };
    }
    const nextPart =
      nextRemainingCents > 0
        ? ` and ${formatUsd(nextRemainingCents)} more for the ${nextElection.name}`
        : ` and nothing more for the ${nextElection.name}`;
    return {
      ok: false,
      status: 422,
      limitCents,
      remainingCents: remainingCents + nextRemainingCents,
      message: `${mayStillGive(election, remainingCents)}${nextPart}; ${limitSentence}`,
    };
  }

  return { ok: false, status: 422, limitCents, remainingCents, message: `${mayStillGive(election, remainingCents)}; ${limitSentence}` };
}

export type InstallmentDecision = { charge: true; parts: ContributionPart[] } | { charge: false; remainingCents: number; message: string };

/**
 * FEC-12: each recurring installment is a new contribution on its charge date. One that would pass the
 * limit is skipped, not charged (and not split: the donor's consent was given for the first gift only).
 */
export function installmentAllowed(input: Omit<LimitCheckInput, 'redesignationConsent' | 'nextElection'>): InstallmentDecision {
  const check = checkAgainstLimit({ ...input, redesignationConsent: false, nextElection: null });
  return check.ok ? { charge: true, parts: check.parts } : { charge: false, remainingCents: check.remainingCents, message: check.message };
}
