/**
 * The super-volunteer finder's level: 1 to 10 from *recent* activity only, as myBO's Activity Index
 * did after cumulative public ranking backfired in 2008. Each supporter sees the breakdown.
 */
export interface KindTotal {
  kind: string;
  /** Net number of actions (a reversal counts -1). */
  count: number;
  amountCents: number;
}

export interface LevelRules {
  pointsPerLevel: number;
  maxLevel: number;
  weights: Record<string, number>;
}

export interface LevelBreakdownLine {
  kind: string;
  count: number;
  pointsEach: number;
  points: number;
}

export interface Level {
  level: number;
  points: number;
  /** Points still needed for the next level; 0 at the top level. */
  pointsToNextLevel: number;
  breakdown: LevelBreakdownLine[];
}

const DAY_MS = 24 * 60 * 60 * 1000;

export function windowStart(now: Date, windowDays: number): Date {
  return new Date(now.getTime() - windowDays * DAY_MS);
}

export function levelForPoints(points: number, rules: Pick<LevelRules, 'pointsPerLevel' | 'maxLevel'>): number {
  return Math.min(rules.maxLevel, 1 + Math.floor(Math.max(0, points) / rules.pointsPerLevel));
}

/** Level and per-kind breakdown from the totals of the actions inside the window. */
export function computeLevel(recentTotals: KindTotal[], rules: LevelRules): Level {
  const breakdown = recentTotals
    .filter((t) => t.count !== 0)
    .map((t) => {
      const pointsEach = rules.weights[t.kind] ?? 0;
      return { kind: t.kind, count: t.count, pointsEach, points: pointsEach * t.count };
    })
    .sort((a, b) => b.points - a.points || a.kind.localeCompare(b.kind));
  const points = Math.max(
    0,
    breakdown.reduce((sum, line) => sum + line.points, 0)
  );
  const level = levelForPoints(points, rules);
  const pointsToNextLevel = level >= rules.maxLevel ? 0 : level * rules.pointsPerLevel - points;
  return { level, points, pointsToNextLevel, breakdown };
}
