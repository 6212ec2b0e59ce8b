/**
 * A caller's calling days: calendar days (in the campaign's zone) with at least one call, and the
 * streaks they make. Pure: days are "YYYY-MM-DD" keys, `today` is passed in.
 */

/** The calendar day of `at` in `timeZone`, as "YYYY-MM-DD". */
export function dayKeyOf(at: Date, timeZone: string): string {
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/** Days between two day keys (b - a), by their UTC midnights: immune to daylight-saving shifts. */
function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

export interface Streaks {
  /** Consecutive calling days ending today, or ending yesterday while today has no call yet. */
  currentDays: number;
  /** The longest run of consecutive calling days ever. */
  longestDays: number;
}

export function streaksOf(callingDays: Iterable<string>, today: string): Streaks {
  const days = [...new Set(callingDays)].filter((d) => d <= today).sort();
  let longest = 0;
  let run = 0;
  for (let i = 0; i < days.length; i += 1) {
    run = i > 0 && daysBetween(days[i - 1], days[i]) === 1 ? run + 1 : 1;
    longest = Math.max(longest, run);
  }
  const last = days[days.length - 1];
  const isAlive = last !== undefined && daysBetween(last, today) <= 1;
  return { currentDays: isAlive ? run : 0, longestDays: longest };
}
