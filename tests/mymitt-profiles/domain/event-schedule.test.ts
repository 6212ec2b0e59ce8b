import {
  canonicalZone,
  localDate,
  localToUtc,
  scheduleShifts,
  utcToLocalIso,
} from '../../../plugins/mymitt-profiles/server/src/domain/event-schedule';

const now = new Date('2026-11-01T12:00:00Z');

describe('time zones', () => {
  it('accept IANA names, canonicalised, and refuse anything else', () => {
    expect(canonicalZone('America/Denver')).toBe('America/Denver');
    expect(canonicalZone('america/denver')).toBe('America/Denver');
    expect(canonicalZone('Mountain Time')).toBeNull();
    expect(canonicalZone('Mars/Olympus_Mons')).toBeNull();
  });
});

describe('local wall times to UTC', () => {
  it('follow the zone offset, standard and daylight time', () => {
    expect(localToUtc('2026-12-05T18:00', 'America/Denver')?.toISOString()).toBe('2026-12-06T01:00:00.000Z');
    expect(localToUtc('2026-07-04T18:00', 'America/Denver')?.toISOString()).toBe('2026-07-05T00:00:00.000Z');
    expect(localToUtc('2026-12-05T18:00:30', 'America/New_York')?.toISOString()).toBe('2026-12-05T23:00:30.000Z');
  });

  it('refuse times that do not exist (spring forward) and malformed or offset times', () => {
    expect(localToUtc('2026-03-08T02:30', 'America/New_York')).toBeNull();
    expect(localToUtc('2026-02-30T10:00', 'America/New_York')).toBeNull();
    expect(localToUtc('2026-12-05T18:00Z', 'America/New_York')).toBeNull();
    expect(localToUtc('2026-12-05 18:00', 'America/New_York')).toBeNull();
  });

  it('take a repeated time (fall back) in standard time', () => {
    expect(localToUtc('2026-11-01T01:30', 'America/New_York')?.toISOString()).toBe('2026-11-01T06:30:00.000Z');
  });

  it('come back as local ISO with offset and local date', () => {
    const instant = new Date('2026-12-06T01:00:00Z');
    expect(utcToLocalIso(instant, 'America/Denver')).toBe('2026-12-05T18:00:00-07:00');
    expect(localDate(instant, 'America/Denver')).toBe('2026-12-05');
    expect(localDate(instant, 'UTC')).toBe('2026-12-06');
  });
});

describe('shifts', () => {
  const shift = (startsAt: string, endsAt: string, capacity = 5) => ({ startsAt, endsAt, capacity });

  it('are converted, sorted, and summarised by first start, last end and local start date', () => {
    const result = scheduleShifts(
      [shift('2026-12-06T10:00', '2026-12-06T12:00'), shift('2026-12-05T18:00', '2026-12-05T21:00')],
      'America/Denver',
      now
    );
    expect(result).toEqual({
      ok: true,
      schedule: {
        shifts: [
          { startsAt: new Date('2026-12-06T01:00:00Z'), endsAt: new Date('2026-12-06T04:00:00Z'), capacity: 5 },
          { startsAt: new Date('2026-12-06T17:00:00Z'), endsAt: new Date('2026-12-06T19:00:00Z'), capacity: 5 },
        ],
        startsAt: new Date('2026-12-06T01:00:00Z'),
        endsAt: new Date('2026-12-06T19:00:00Z'),
        startsOn: '2026-12-05',
      },
    });
  });

  it('must end after they start, last at most a day, and start in the future', () => {
    const result = scheduleShifts(
      [
        shift('2026-12-05T21:00', '2026-12-05T18:00'),
        shift('2026-12-05T08:00', '2026-12-06T09:00'),
        shift('2026-10-01T08:00', '2026-10-01T09:00'),
        shift('2026-03-08T02:30', '2026-03-08T04:00'),
      ],
      'America/New_York',
      now
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.path.join('.'))).toEqual([
      'shifts.0.endsAt',
      'shifts.1.endsAt',
      'shifts.2.startsAt',
      'shifts.3.startsAt',
    ]);
  });

  it('number 1 to 20', () => {
    expect(scheduleShifts([], 'UTC', now).ok).toBe(false);
    const many = Array.from({ length: 21 }, () => shift('2026-12-05T18:00', '2026-12-05T19:00'));
    expect(scheduleShifts(many, 'UTC', now).ok).toBe(false);
    expect(scheduleShifts(many.slice(0, 20), 'UTC', now).ok).toBe(true);
  });
});
