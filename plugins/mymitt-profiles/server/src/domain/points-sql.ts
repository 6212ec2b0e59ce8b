import type { ActivityKind } from './activity-sources';

/**
 * SQL for a supporter's points over activity rows aliased `a`: each row's quantity times its kind's
 * current weight. Computed at read time so a weight change applies at once, without rewriting rows.
 */
export function pointsSql(activityWeights: Record<ActivityKind, number>) {
  const weights = Object.entries(activityWeights);
  const cases = weights.map(() => 'WHEN ? THEN ?').join(' ');
  return { sql: `SUM(a.quantity * CASE a.kind ${cases} ELSE 0 END)`, bindings: weights.flat() };
}
