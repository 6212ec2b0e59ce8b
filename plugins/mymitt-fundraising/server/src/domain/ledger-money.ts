/**
 * Pure rules of the money ledger: what a signed ledger row adds to each total, which totals (scopes)
 * a row moves, and the status a contribution shows for the rows it has. The ledger is the truth;
 * totals and statuses are derived from it (INT-01), so applying rows in any order ends the same (STR-03).
 */

export type LedgerKind = 'charge' | 'refund' | 'dispute' | 'dispute_reversal' | 'offline';

export const LEDGER_KINDS: LedgerKind[] = ['charge', 'refund', 'dispute', 'dispute_reversal', 'offline'];

/** Kinds that bring a gift in: they count in raisedCents and giftCount. The others return money (or reinstate it). */
export const GIFT_KINDS: LedgerKind[] = ['charge', 'offline'];

export interface TotalsDelta {
  raisedCents: number;
  refundedCents: number;
  netCents: number;
  giftCount: number;
}

/**
 * raised = gross gifts; refunded = money given back net of dispute reversals; net = raised - refunded,
 * which is also the plain sum of every signed row.
 */
export function totalsDelta(kind: LedgerKind, amountCents: number): TotalsDelta {
  if (GIFT_KINDS.includes(kind)) return { raisedCents: amountCents, refundedCents: 0, netCents: amountCents, giftCount: 1 };
  return { raisedCents: 0, refundedCents: -amountCents, netCents: amountCents, giftCount: 0 };
}

export interface ScopeSource {
  donorKey?: string | null;
  electionId?: number | null;
  pageId?: number | null;
  campaignId?: number | null;
  cycle: number;
}

/**
 * The totals one ledger row moves, sorted (every transaction locks total rows in the same order, so two
 * writers never deadlock on PostgreSQL).
 * - `all`: the committee; `page:<id>`, `campaign:<id>`: attribution (FEC-13: credit, not ownership);
 * - `donor:<donorKey>:election:<id>` and `donor-cycle:<donorKey>:<cycle>`: a donor's aggregates.
 */
export function scopesFor(row: ScopeSource): string[] {
  const scopes = ['all'];
  if (row.pageId) scopes.push(`page:${row.pageId}`);
  if (row.campaignId) scopes.push(`campaign:${row.campaignId}`);
  if (row.donorKey) {
    scopes.push(`donor:${row.donorKey}:election:${row.electionId ?? 'none'}`);
    scopes.push(`donor-cycle:${row.donorKey}:${row.cycle}`);
  }
  return scopes.sort();
}

/** The two-year federal election cycle a date falls in, named by its even (election) year: 2025 → 2026. */
export function electionCycle(date: Date): number {
  const year = date.getUTCFullYear();
  return year % 2 === 0 ? year : year + 1;
}

export type ContributionStatus = 'pending' | 'succeeded' | 'failed' | 'refunded' | 'partially_refunded' | 'disputed';

export interface ContributionSums {
  /** Sum of charge and offline rows (positive). */
  charged: number;
  /** Sum of refund rows (zero or negative). */
  refunded: number;
  /** Sum of dispute and dispute_reversal rows: negative while a dispute is open and not won. */
  disputed: number;
}

/**
 * The status a contribution shows, from its ledger sums only (so it is the same whatever order the
 * events came in). A failed async payment stays failed until money actually arrives.
 */
export function contributionStatus(sums: ContributionSums, failed: boolean): ContributionStatus {
  if (sums.disputed < 0) return 'disputed';
  if (sums.refunded < 0) return sums.charged > 0 && -sums.refunded < sums.charged ? 'partially_refunded' : 'refunded';
  if (sums.charged > 0) return 'succeeded';
  return failed ? 'failed' : 'pending';
}
