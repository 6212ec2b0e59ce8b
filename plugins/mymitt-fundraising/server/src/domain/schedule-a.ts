/**
 * FEC-06 Schedule A: one line per gift (each charge, installment or offline gift; a redesignated gift's
 * parts are separate lines, each with its own election), with the donor's aggregate for the election
 * cycle AS OF that gift: the net of every earlier or same-time movement of that donor in the cycle
 * (refunds and disputes deducted when they happened), the donor found by any FEC-03 signal (either key,
 * the supporter account, the card), transitively.
 */
import { donorClusters } from './donor-clusters';
import { GIFT_KINDS, type LedgerKind } from './ledger-money';
import { itemization } from './itemization';
import type { ElectionKind } from './election-designation';

export interface ScheduleARow {
  id: number;
  contributionId: number;
  kind: LedgerKind;
  amountCents: number;
  occurredAt: Date;
  cycle: number;
  electionId: number | null;
  donorKey: string | null;
  donorEmailKey: string | null;
  userId?: number | null;
  /** The contribution's card fingerprint, once its payment told it. */
  cardFingerprint?: string | null;
}

export interface GiftLine {
  rowId: number;
  contributionId: number;
  kind: LedgerKind;
  amountCents: number;
  receivedAt: Date;
  electionId: number | null;
  /** The donor's net cycle-to-date including this gift. */
  aggregateCents: number;
  itemized: boolean;
}

/**
 * Rows of one or more cycles in any order; returns the gift lines in time order (ties by id, the order
 * they were written). `thresholdFor` gives the itemization threshold in force on a gift's date (FEC-02).
 */
export function scheduleALines(rows: ScheduleARow[], thresholdFor: (receivedAt: Date) => number): GiftLine[] {
  const sorted = [...rows].sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime() || a.id - b.id);
  const donorOf = donorClusters(sorted);
  const running = new Map<string, number>();
  const lines: GiftLine[] = [];
  for (const row of sorted) {
    const donor = donorOf(row) ?? `contribution:${row.contributionId}`;
    const key = `${donor}|${row.cycle}`;
    const aggregateCents = (running.get(key) ?? 0) + row.amountCents;
    running.set(key, aggregateCents);
    if (!GIFT_KINDS.includes(row.kind)) continue;
    lines.push({
      rowId: row.id,
      contributionId: row.contributionId,
      kind: row.kind,
      amountCents: row.amountCents,
      receivedAt: row.occurredAt,
      electionId: row.electionId,
      aggregateCents,
      itemized: itemization(aggregateCents, thresholdFor(row.occurredAt)) === 'itemized',
    });
  }
  return lines;
}

const KIND_LETTER: Record<ElectionKind, string> = { primary: 'P', general: 'G', runoff: 'R', special: 'S' };

/** The FEC's election code: P2028 for the 2028 primary, G2028 for the general. */
export function electionCode(kind: ElectionKind, electionDate: string): string {
  return `${KIND_LETTER[kind] ?? 'O'}${electionDate.slice(0, 4)}`;
}

/** Integer cents as the FEC file shows dollars: 5000 → "50.00", -1250 → "-12.50". */
export function dollars(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
