/** Local calling hours (TEL-02): [startHour, endHour) in the contact's own zone. */
export interface HourWindow {
  startHour: number;
  endHour: number;
}

export interface WindowRules {
  callingWindow: HourWindow;
  /** Stricter windows by state (two-letter code), e.g. { TX: { startHour: 9, endHour: 21 } }. */
  stateWindows?: Record<string, HourWindow>;
}

/** A contact whose zone is unknown is only called when it is 11:00–21:00 in New York (TEL-02). */
export const UNKNOWN_ZONE = 'America/New_York';
export const UNKNOWN_ZONE_WINDOW: HourWindow = { startHour: 11, endHour: 21 };

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string) {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, hour: 'numeric', minute: 'numeric', hourCycle: 'h23' });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Minutes since local midnight at `now` in `timeZone`, or null for a zone Intl does not know. */
export function localMinutes(now: Date, timeZone: string): number | null {
  try {
    const parts = formatterFor(timeZone).formatToParts(now);
    const hour = Number(parts.find((p) => p.type === 'hour')?.value);
    const minute = Number(parts.find((p) => p.type === 'minute')?.value);
    return (hour % 24) * 60 + minute;
  } catch {
    return null;
  }
}

/** The window that applies: the stricter of the general one and the state's (TEL-02). */
export function windowFor(rules: WindowRules, state: string | null | undefined, zoneKnown: boolean): HourWindow {
  const base = zoneKnown ? rules.callingWindow : UNKNOWN_ZONE_WINDOW;
  const stateWindow = state ? rules.stateWindows?.[state.toUpperCase()] : undefined;
  if (!stateWindow) return base;
  return { startHour: Math.max(base.startHour, stateWindow.startHour), endHour: Math.min(base.endHour, stateWindow.endHour) };
}

/**
 * Minutes left to call a contact in `timeZone` (null = unknown) and `state` at `now`, or null when it is
 * outside their window (TEL-02). The clock is passed in.
 */
export function minutesLeftToCall(
  now: Date,
  timeZone: string | null | undefined,
  state: string | null | undefined,
  rules: WindowRules
): number | null {
  let minutes = timeZone ? localMinutes(now, timeZone) : null;
  const zoneKnown = minutes !== null;
  if (!zoneKnown) minutes = localMinutes(now, UNKNOWN_ZONE);
  const window = windowFor(rules, state, zoneKnown);
  const open = minutes! >= window.startHour * 60 && minutes! < window.endHour * 60;
  return open ? window.endHour * 60 - minutes! : null;
}

/** May a contact in `timeZone` (null = unknown) and `state` be offered at `now`? The clock is passed in. */
export function isCallableNow(
  now: Date,
  timeZone: string | null | undefined,
  state: string | null | undefined,
  rules: WindowRules
): boolean {
  return minutesLeftToCall(now, timeZone, state, rules) !== null;
}
