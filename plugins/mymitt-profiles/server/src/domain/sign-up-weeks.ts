/**
 * Sign-ups by week for the staff supporters report. Weeks start on Monday, 00:00 UTC, and are named by
 * that day (YYYY-MM-DD). The database counts sign-ups per day; the days are folded into weeks here so
 * the SQL stays the same on SQLite and PostgreSQL.
 */
export interface DailyCount {
  /** YYYY-MM-DD (UTC). */
  day: string;
  count: number;
}

export interface WeeklyCount {
  weekStart: string;
  count: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** Monday 00:00 UTC of the week that holds `date`. */
export function mondayOf(date: Date): Date {
  const midnight = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  const daysSinceMonday = (new Date(midnight).getUTCDay() + 6) % 7;
  return new Date(midnight - daysSinceMonday * DAY_MS);
}

/** The start of the oldest of the last `weeks` weeks, the current week included. */
export function firstWeekStart(now: Date, weeks: number): Date {
  return new Date(mondayOf(now).getTime() - (weeks - 1) * 7 * DAY_MS);
}

/** The last `weeks` weeks, oldest first, each with its sign-ups (weeks without any count 0). */
export function signUpsByWeek(daily: DailyCount[], now: Date, weeks: number): WeeklyCount[] {
  const first = firstWeekStart(now, weeks).getTime();
  const byWeek = new Map<string, number>();
  for (let i = 0; i < weeks; i += 1) byWeek.set(isoDay(new Date(first + i * 7 * DAY_MS)), 0);
  for (const { day, count } of daily) {
    const weekStart = isoDay(mondayOf(new Date(`${day}T00:00:00.000Z`)));
    if (byWeek.has(weekStart)) byWeek.set(weekStart, byWeek.get(weekStart)! + count);
  }
  return [...byWeek].map(([weekStart, count]) => ({ weekStart, count }));
}
