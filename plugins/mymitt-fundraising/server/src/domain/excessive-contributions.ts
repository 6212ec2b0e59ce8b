import { addDays, type CalendarDate } from './calendar-date';

/** FEC-10: the committee must refund, redesignate or reattribute an excessive amount within 60 days of receipt. */
export const REMEDY_DAYS = 60;

/**
 * One money movement of a donor toward an election, as the ledger has it: a gift (positive), or a
 * refund, redesignation or reattribution away from the election (negative).
 */
export interface ElectionReceipt {
  donorKey: string;
  electionId: number;
  amountCents: number;
  receivedOn: CalendarDate;
}

export interface ExcessiveContribution {
  donorKey: string;
  electionId: number;
  totalCents: number;
  excessCents: number;
  /** The date of receipt of the gift that put the donor over (and kept them over since). */
  exceededOn: CalendarDate;
  remedyDueBy: CalendarDate;
  /** Still over the limit more than 60 days after `exceededOn`: the remedy is late. */
  overdue: boolean;
}

/**
 * FEC-10: the donors whose net total for an election is over the limit today, with the date their excess
 * arose. Remedies are negative receipts, so a fully remedied donor drops out; the clock starts from the
 * gift that last took the total over the limit, and remains running through partial remedies.
 */
export function excessiveContributions(receipts: ElectionReceipt[], limitCents: number, today: CalendarDate): ExcessiveContribution[] {
  const groups = new Map<string, ElectionReceipt[]>();
  for (const receipt of receipts) {
    const key = `${receipt.donorKey}\u0000${receipt.electionId}`;
    groups.set(key, [...(groups.get(key) ?? []), receipt]);
  }

  const excessive: ExcessiveContribution[] = [];
  for (const group of groups.values()) {
    // Stable: same-day rows keep the ledger's order.
    const sorted = [...group].sort((a, b) => a.receivedOn.localeCompare(b.receivedOn));
    let totalCents = 0;
    let exceededOn: CalendarDate | null = null;
    for (const receipt of sorted) {
      totalCents += receipt.amountCents;
      if (totalCents <= limitCents) exceededOn = null;
      else if (exceededOn === null) exceededOn = receipt.receivedOn;
    }
    if (exceededOn === null) continue;
    const remedyDueBy = addDays(exceededOn, REMEDY_DAYS);
    excessive.push({
      donorKey: sorted[0].donorKey,
      electionId: sorted[0].electionId,
      totalCents,
      excessCents: totalCents - limitCents,
      exceededOn,
      remedyDueBy,
      overdue: today > remedyDueBy,
    });
  }
  return excessive.sort((a, b) => a.exceededOn.localeCompare(b.exceededOn) || a.donorKey.localeCompare(b.donorKey));
}
