import type { KindTotal } from './activity-level';

/**
 * Badges with ladders (Decidim-style): each badge measures one part of a supporter's lifetime
 * activity against rising thresholds; the step reached is the badge's tier. Tiers are earned for
 * good: they do not age out of the level window (a refund that undoes the activity does lower them).
 */
export interface BadgeLadder {
  badge: string;
  kinds: string[];
  measure: 'count' | 'amountCents';
  thresholds: number[];
}

export interface EarnedBadge {
  badge: string;
  tier: number;
  value: number;
  /** Threshold of the next tier, or null at the top. */
  nextThreshold: number | null;
}

export function measureBadge(ladder: BadgeLadder, lifetimeTotals: KindTotal[]): number {
  return lifetimeTotals
    .filter((t) => ladder.kinds.includes(t.kind))
    .reduce((sum, t) => sum + (ladder.measure === 'count' ? t.count : t.amountCents), 0);
}

/** Every ladder with at least its first tier reached. */
export function earnedBadges(ladders: BadgeLadder[], lifetimeTotals: KindTotal[]): EarnedBadge[] {
  return ladders.flatMap((ladder) => {
    const value = measureBadge(ladder, lifetimeTotals);
    const tier = ladder.thresholds.filter((t) => value >= t).length;
    if (tier === 0) return [];
    return [{ badge: ladder.badge, tier, value, nextThreshold: ladder.thresholds[tier] ?? null }];
  });
}
