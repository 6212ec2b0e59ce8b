import { generalElectionDay, nextFederalElections } from '../../../plugins/mymitt-fundraising/server/src/domain/federal-election-dates';

describe('federal election dates (seeded defaults)', () => {
  it('puts general election day on the Tuesday after the first Monday of November', () => {
    expect(['2012', '2024', '2026', '2028', '2030'].map((y) => generalElectionDay(Number(y)))).toEqual([
      '2012-11-06',
      '2024-11-05',
      '2026-11-03',
      '2028-11-07',
      '2030-11-05',
    ]);
  });

  it('seeds the cycle whose general has not passed: election day itself still counts', () => {
    const dates = (today: string) => nextFederalElections(today).map((e) => `${e.kind} ${e.electionDate}`);
    expect(dates('2026-05-01')).toEqual(['primary 2026-09-08', 'general 2026-11-03']);
    expect(dates('2026-11-03')).toEqual(['primary 2026-09-08', 'general 2026-11-03']);
    expect(dates('2026-11-26')).toEqual(['primary 2028-09-12', 'general 2028-11-07']);
    expect(dates('2027-03-01')).toEqual(['primary 2028-09-12', 'general 2028-11-07']);
    expect(nextFederalElections('2027-03-01').map((e) => e.name)).toEqual(['2028 primary', '2028 general']);
  });
});
