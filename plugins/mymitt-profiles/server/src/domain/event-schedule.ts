import { DateTime, IANAZone } from 'luxon';

/**
 * When an event happens. Hosts give shift times as wall-clock times in the event's IANA time zone
 * ("6 pm in Denver"); we store UTC instants and show both. Pure: `now` is passed in.
 */

/** A local wall time without an offset: 2026-12-05T18:00 (seconds optional). */
export const LOCAL_WALL_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/;

export const MAX_SHIFTS = 20;
export const MAX_SHIFT_HOURS = 24;

export interface ShiftInput {
  startsAt: string;
  endsAt: string;
  capacity: number;
}

export interface ScheduledShift {
  startsAt: Date;
  endsAt: Date;
  capacity: number;
}

export interface Schedule {
  shifts: ScheduledShift[];
  /** First shift start, last shift end: denormalised on the event for date search. */
  startsAt: Date;
  endsAt: Date;
  /** The calendar date of the first shift in the event's own zone (YYYY-MM-DD). */
  startsOn: string;
}

export interface ScheduleProblem {
  path: (string | number)[];
  message: string;
}

export type ScheduleResult = { ok: true; schedule: Schedule } | { ok: false; problems: ScheduleProblem[] };

/** The canonical name of an IANA zone ("america/denver" → "America/Denver"), or null if it is not one. */
export function canonicalZone(zone: string): string | null {
  if (!IANAZone.isValidZone(zone)) return null;
  return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
}

/**
 * The UTC instant of a wall time in `zone`, or null when the time is malformed or does not exist
 * there (the hour skipped when clocks spring forward). A time that occurs twice (the hour repeated
 * when clocks fall back) is taken in standard time, the second occurrence, as luxon resolves it.
 */
export function localToUtc(wallTime: string, zone: string): Date | null {
  if (!LOCAL_WALL_TIME.test(wallTime)) return null;
  const local = DateTime.fromISO(wallTime, { zone });
  if (!local.isValid) return null;
  const asGiven = wallTime.length === 16 ? `${wallTime}:00` : wallTime;
  if (local.toFormat("yyyy-MM-dd'T'HH:mm:ss") !== asGiven) return null;
  return local.toUTC().toJSDate();
}

/** An instant as ISO 8601 in `zone` with its offset: 2026-12-05T18:00:00-07:00. */
export function utcToLocalIso(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).toISO({ suppressMilliseconds: true }) as string;
}

/** The calendar date of an instant in `zone` (YYYY-MM-DD). */
export function localDate(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).toISODate() as string;
}

/**
 * Checks and converts the shifts of an event: 1–20 shifts, each ending after it starts, within
 * 24 hours, and starting in the future. Problems carry the path of the offending field.
 */
export function scheduleShifts(shifts: ShiftInput[], zone: string, now: Date): ScheduleResult {
  const problems: ScheduleProblem[] = [];
  if (shifts.length < 1 || shifts.length > MAX_SHIFTS) {
    return { ok: false, problems: [{ path: ['shifts'], message: `An event has 1 to ${MAX_SHIFTS} shifts.` }] };
  }

  const scheduled: ScheduledShift[] = [];
  shifts.forEach((shift, index) => {
    const startsAt = localToUtc(shift.startsAt, zone);
    const endsAt = localToUtc(shift.endsAt, zone);
    if (!startsAt) problems.push({ path: ['shifts', index, 'startsAt'], message: `Not a valid local time in ${zone}.` });
    if (!endsAt) problems.push({ path: ['shifts', index, 'endsAt'], message: `Not a valid local time in ${zone}.` });
    if (!startsAt || !endsAt) return;
    if (endsAt <= startsAt) {
      problems.push({ path: ['shifts', index, 'endsAt'], message: 'A shift must end after it starts.' });
    } else if (endsAt.getTime() - startsAt.getTime() > MAX_SHIFT_HOURS * 3600_000) {
      problems.push({ path: ['shifts', index, 'endsAt'], message: `A shift lasts at most ${MAX_SHIFT_HOURS} hours.` });
    }
    if (startsAt <= now) problems.push({ path: ['shifts', index, 'startsAt'], message: 'A shift must start in the future.' });
    scheduled.push({ startsAt, endsAt, capacity: shift.capacity });
  });
  if (problems.length) return { ok: false, problems };

  scheduled.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  const startsAt = scheduled[0].startsAt;
  const endsAt = new Date(Math.max(...scheduled.map((s) => s.endsAt.getTime())));
  return { ok: true, schedule: { shifts: scheduled, startsAt, endsAt, startsOn: localDate(startsAt, zone) } };
}
