import type { CalendarDate } from './calendar-date';
import { formatUsd } from './money';

export const ELECTION_KINDS = ['primary', 'general', 'runoff', 'special'] as const;
export type ElectionKind = (typeof ELECTION_KINDS)[number];

export interface Election {
  id: number;
  /** How the content API names it (the numeric id stays on the server). */
  documentId: string;
  name: string;
  /** Staff's Spanish name (null: answered in English, flagged). */
  nameEs: string | null;
  kind: ElectionKind;
  electionDate: CalendarDate;
  cycle: string;
  /** What the campaign still owes for this election; a past election may accept gifts up to it (FEC-05). */
  netDebtsOutstandingCents: number;
}

export type Designation =
  | {
      ok: true;
      election: Election;
      /** False when the donor named no election and the next one was chosen (FEC-04). */
      designatedByDonor: boolean;
      /** For a past election: the most it may still accept (its net debts); null for upcoming ones. */
      capCents: number | null;
    }
  | {
      ok: false;
      status: 422;
      reason: 'no-upcoming-election' | 'unknown-election' | 'past-election-no-debts' | 'over-net-debts';
      message: string;
    };

const byDate = (a: Election, b: Election) => a.electionDate.localeCompare(b.electionDate) || a.id - b.id;

/** Elections on or after `today`, soonest first: a gift made on election day still counts for it. */
export function upcomingElections(elections: Election[], today: CalendarDate): Election[] {
  return elections.filter((e) => e.electionDate >= today).sort(byDate);
}

/** The next election on or after `today`, or null. */
export function nextElection(elections: Election[], today: CalendarDate): Election | null {
  return upcomingElections(elections, today)[0] ?? null;
}

/** The election after `election` (where redesignated excess goes: the general after the primary). */
export function electionAfter(elections: Election[], election: Election): Election | null {
  return elections.filter((e) => e.id !== election.id && byDate(e, election) > 0).sort(byDate)[0] ?? null;
}

/**
 * FEC-04/05: which election a gift counts toward. Undesignated → the next election (after primary day,
 * the general). Designated for an upcoming election → that one. Designated for a past election → only up
 * to that election's net debts outstanding; refused when it has none, or when `amountCents` (if given)
 * is more than them.
 */
export function designate(
  elections: Election[],
  today: CalendarDate,
  requestedElectionId?: number | null,
  amountCents?: number
): Designation {
  if (requestedElectionId === undefined || requestedElectionId === null) {
    const next = nextElection(elections, today);
    if (!next)
      return {
        ok: false,
        status: 422,
        reason: 'no-upcoming-election',
        message: 'No upcoming election is configured; contributions are paused.',
      };
    return { ok: true, election: next, designatedByDonor: false, capCents: null };
  }

  const election = elections.find((e) => e.id === requestedElectionId);
  if (!election)
    return {
      ok: false,
      status: 422,
      reason: 'unknown-election',
      message: 'That election does not exist; choose one of the listed elections.',
    };
  if (election.electionDate >= today) return { ok: true, election, designatedByDonor: true, capCents: null };

  const debtsCents = Math.max(0, election.netDebtsOutstandingCents);
  if (debtsCents === 0) {
    return {
      ok: false,
      status: 422,
      reason: 'past-election-no-debts',
      message: `The ${election.name} is over and has no debts to retire; give to an upcoming election instead.`,
    };
  }
  if (amountCents !== undefined && amountCents > debtsCents) {
    return {
      ok: false,
      status: 422,
      reason: 'over-net-debts',
      message: `The ${election.name} is over; it may accept at most ${formatUsd(debtsCents)} toward its remaining debts.`,
    };
  }
  return { ok: true, election, designatedByDonor: true, capCents: debtsCents };
}
