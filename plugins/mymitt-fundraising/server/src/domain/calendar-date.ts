/** A calendar date, `YYYY-MM-DD`: election days, limit ranges and dates of receipt are whole days. */
export type CalendarDate = string;

export const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The calendar date of an instant in a time zone. Election law counts days where the committee is, so a
 * gift at 11 pm Eastern on election day belongs to that day even though it is already tomorrow in UTC.
 */
export function calendarDate(instant: Date, timeZone: string): CalendarDate {
  // en-CA formats as YYYY-MM-DD. Making a formatter costs far more than using one: keep one per zone.
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, format);
  }
  return format.format(instant);
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** `date` plus `days` whole days (negative to go back). */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  const utc = new Date(`${date}T00:00:00Z`);
  utc.setUTCDate(utc.getUTCDate() + days);
  return utc.toISOString().slice(0, 10);
}

/** The instant a calendar day starts in a time zone (midnight there), e.g. for "raised today". */
export function startOfDay(date: CalendarDate, timeZone: string): Date {
  const noonUtc = new Date(`${date}T12:00:00Z`);
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(noonUtc)
    .find((part) => part.type === 'timeZoneName')?.value;
  const offset = /GMT([+-]\d{2}:\d{2})/.exec(name ?? '')?.[1] ?? '+00:00';
  return new Date(`${date}T00:00:00${offset}`);
}

/** A datetime column as a Date: SQLite keeps epoch milliseconds (number or digit string), PostgreSQL a Date. */
export function toInstant(value: unknown): Date {
  if (value instanceof Date) return value;
  if (typeof value === 'number') return new Date(value);
  if (typeof value === 'string' && /^\d+$/.test(value)) return new Date(Number(value));
  return new Date(String(value));
}
