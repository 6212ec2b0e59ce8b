import type { ContributionPart } from './contribution-limits';

/**
 * FEC-01 redesignation: a gift split between two elections is recorded as one ledger row per election.
 * Money coming in fills the parts in order up to each part's amount; money going out (refunds,
 * disputes) is taken from the last part first, so the redesignated excess is what a partial refund
 * returns first. What cannot be placed (never the case for a consistent ledger) stays on the last part
 * (in) or the first (out) so the rows always add up to the movement.
 */
export function splitMovement(parts: ContributionPart[], netByElection: Record<number, number>, amountCents: number): ContributionPart[] {
  if (parts.length <= 1 || amountCents === 0) return [{ electionId: parts[0]?.electionId, amountCents }];
  const rows = new Map<number, number>();
  const add = (electionId: number, cents: number) => rows.set(electionId, (rows.get(electionId) ?? 0) + cents);

  if (amountCents > 0) {
    let left = amountCents;
    for (const part of parts) {
      const room = Math.max(0, part.amountCents - (netByElection[part.electionId] ?? 0));
      const take = Math.min(room, left);
      if (take > 0) add(part.electionId, take);
      left -= take;
    }
    if (left > 0) add(parts[parts.length - 1].electionId, left);
  } else {
    let left = -amountCents;
    for (const part of [...parts].reverse()) {
      const take = Math.min(Math.max(0, netByElection[part.electionId] ?? 0), left);
      if (take > 0) add(part.electionId, -take);
      left -= take;
    }
    if (left > 0) add(parts[0].electionId, -left);
  }
  return [...rows].map(([electionId, cents]) => ({ electionId, amountCents: cents }));
}

/** A contribution's parts as stored (JSON text on some drivers), or null for an unsplit gift. */
export function readParts(value: unknown): ContributionPart[] | null {
  const parsed = typeof value === 'string' ? JSON.parse(value) : value;
  return Array.isArray(parsed) && parsed.length > 1 ? (parsed as ContributionPart[]) : null;
}
