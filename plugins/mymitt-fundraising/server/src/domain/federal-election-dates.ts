import type { CalendarDate } from './calendar-date';

const pad = (n: number) => String(n).padStart(2, '0');

/** The `nth` given weekday (0 = Sunday) of a month, as YYYY-MM-DD. */
function nthWeekday(year: number, month: number, weekday: number, nth: number): CalendarDate {
  const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  const day = 1 + ((weekday - first + 7) % 7) + (nth - 1) * 7;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Federal general election day: the Tuesday after the first Monday of November (2 U.S.C. § 7). */
export function generalElectionDay(year: number): CalendarDate {
  const firstMonday = Number(nthWeekday(year, 11, 1, 1).slice(8));
  return `${year}-11-${pad(firstMonday + 1)}`;
}

/**
 * The next federal cycle's elections on or after `today`: the general of the next even year whose
 * election day has not passed, and a primary placeholder on the second Tuesday of September (many
 * states' date; each campaign sets its own state's primary in the admin).
 */
export function nextFederalElections(today: CalendarDate) {
  let year = Number(today.slice(0, 4));
  if (year % 2 === 1) year += 1;
  if (generalElectionDay(year) < today) year += 2;
  const cycle = String(year);
  return [
    { name: `${year} primary`, nameEs: `Elección primaria de ${year}`, kind: 'primary', electionDate: nthWeekday(year, 9, 2, 2), cycle },
    { name: `${year} general`, nameEs: `Elección general de ${year}`, kind: 'general', electionDate: generalElectionDay(year), cycle },
  ] as const;
}
