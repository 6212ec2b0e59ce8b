/** Call days: a timed calling event over some phone banks (or all of them). Pure rules, `now` passed in. */
import { initialOf } from '@mymitt/plugin-kit';

export const CALL_DAY_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface CallDayWindow {
  startsAt: Date;
  endsAt: Date;
}

/** Live: started and not yet ended (the end is exclusive). */
export function isLive(day: CallDayWindow, now: Date): boolean {
  return day.startsAt <= now && now < day.endsAt;
}

/** Whether a day counts calls of this phone bank: an empty list means every bank. */
export function coversBank(phoneBankIds: number[], bankId: number): boolean {
  return phoneBankIds.length === 0 || phoneBankIds.includes(bankId);
}

/** Share of the goal reached, in whole percent (may pass 100); null without a goal. */
export function percentOf(calls: number, goalCalls: number | null): number | null {
  if (!goalCalls || goalCalls <= 0) return null;
  return Math.floor((calls * 100) / goalCalls);
}

/** "Pat Doe" → "Pat D." for a caller without a public profile name. */
export function shortName(firstName?: string | null, lastName?: string | null): string {
  const first = (firstName ?? '').trim();
  const initial = initialOf(lastName);
  if (!first) return 'Volunteer';
  return initial ? `${first} ${initial}.` : first;
}

export interface CallDayProblem {
  path: string;
  message: string;
}

/**
 * Problems of a call day as written through the content manager (create or update: only the fields
 * present are checked, and the window when both ends are present).
 */
export function findCallDayProblems(data: Record<string, unknown>): CallDayProblem[] {
  const problems: CallDayProblem[] = [];
  if (data.slug !== undefined && (typeof data.slug !== 'string' || !CALL_DAY_SLUG.test(data.slug))) {
    problems.push({ path: 'slug', message: 'The slug is lower-case letters and digits joined by hyphens, e.g. "super-saturday".' });
  }
  const startsAt = data.startsAt ? new Date(data.startsAt as string) : null;
  const endsAt = data.endsAt ? new Date(data.endsAt as string) : null;
  if (startsAt && endsAt && !(startsAt < endsAt)) problems.push({ path: 'endsAt', message: 'A call day must end after it starts.' });
  if (data.goalCalls !== undefined && data.goalCalls !== null && !(Number.isInteger(data.goalCalls) && (data.goalCalls as number) >= 0)) {
    problems.push({ path: 'goalCalls', message: 'The goal is a whole number of calls.' });
  }
  const banks = data.phoneBankIds;
  if (
    banks !== undefined &&
    banks !== null &&
    !(Array.isArray(banks) && banks.length <= 200 && banks.every((id) => Number.isInteger(id) && (id as number) > 0))
  ) {
    problems.push({
      path: 'phoneBankIds',
      message: 'Phone banks are a list of phone bank ids, e.g. [3, 4]; leave it empty for every bank.',
    });
  }
  return problems;
}

/** The languages staff write a call day's texts in. */
export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];

/**
 * A staff-written text in `locale`: the Spanish one when asked for and written, else the English one;
 * `fallback` when Spanish was asked for, missing, and English stands in.
 */
export function localizedText(english: string | null, spanish: string | null | undefined, locale: Locale) {
  const written = typeof spanish === 'string' && spanish.trim() ? spanish : null;
  if (locale === 'es' && written !== null) return { text: written, fallback: false };
  return { text: english, fallback: locale === 'es' && english !== null };
}
