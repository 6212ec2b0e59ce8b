import { dayKeyOf, streaksOf } from '../../../plugins/mymitt-callcenter/server/src/domain/streaks';
import {
  coversBank,
  findCallDayProblems,
  isLive,
  percentOf,
  shortName,
} from '../../../plugins/mymitt-callcenter/server/src/domain/call-day';

describe('calling streaks', () => {
  it('buckets times by calendar day in the given zone', () => {
    expect(dayKeyOf(new Date('2026-06-15T03:30:00Z'), 'America/New_York')).toBe('2026-06-14');
    expect(dayKeyOf(new Date('2026-06-15T03:30:00Z'), 'UTC')).toBe('2026-06-15');
  });

  it('counts the current run ending today or yesterday, and the longest run', () => {
    expect(streaksOf([], '2026-06-15')).toEqual({ currentDays: 0, longestDays: 0 });
    expect(streaksOf(['2026-06-13', '2026-06-14', '2026-06-15', '2026-06-15'], '2026-06-15')).toEqual({ currentDays: 3, longestDays: 3 });
    expect(streaksOf(['2026-06-13', '2026-06-14'], '2026-06-15')).toEqual({ currentDays: 2, longestDays: 2 });
    expect(streaksOf(['2026-06-01', '2026-06-02', '2026-06-03', '2026-06-13'], '2026-06-15')).toEqual({ currentDays: 0, longestDays: 3 });
    // Across a month end and the March daylight-saving change.
    expect(streaksOf(['2026-02-28', '2026-03-01', '2026-03-07', '2026-03-08', '2026-03-09'], '2026-03-09')).toEqual({
      currentDays: 3,
      longestDays: 3,
    });
  });
});

describe('call day rules', () => {
  const day = { startsAt: new Date('2026-06-15T17:00:00Z'), endsAt: new Date('2026-06-15T21:00:00Z') };
  it('is live from its start to just before its end; covers listed banks or all', () => {
    expect(isLive(day, new Date('2026-06-15T17:00:00Z'))).toBe(true);
    expect(isLive(day, new Date('2026-06-15T21:00:00Z'))).toBe(false);
    expect(coversBank([], 7)).toBe(true);
    expect(coversBank([3, 4], 7)).toBe(false);
    expect(percentOf(5, 8)).toBe(62);
    expect(percentOf(5, null)).toBeNull();
    expect(shortName('Pat', 'doe')).toBe('Pat D.');
  });

  it('refuses a window that ends before it starts, a bad slug and bad bank ids', () => {
    expect(findCallDayProblems({ startsAt: '2026-06-15T21:00:00Z', endsAt: '2026-06-15T17:00:00Z' }).map((p) => p.path)).toEqual([
      'endsAt',
    ]);
    expect(findCallDayProblems({ slug: 'Super Saturday' }).map((p) => p.path)).toEqual(['slug']);
    expect(findCallDayProblems({ phoneBankIds: [1, 'x'] }).map((p) => p.path)).toEqual(['phoneBankIds']);
    expect(findCallDayProblems({ slug: 'super-saturday', phoneBankIds: [], goalCalls: 100 })).toEqual([]);
  });
});

describe('plugin configuration', () => {
  it('campaignTimeZone defaults to America/New_York and must be a known IANA zone (checked at boot)', async () => {
    const { default: config, defaultConfig } = await import('../../../plugins/mymitt-callcenter/server/src/config');
    expect(defaultConfig.campaignTimeZone).toBe('America/New_York');
    expect(() => config.validator({ ...defaultConfig, campaignTimeZone: 'America/Chicago' })).not.toThrow();
    expect(() => config.validator({ ...defaultConfig, campaignTimeZone: 'Mars/Olympus' })).toThrow(/campaignTimeZone/);
  });
});
