import { defaultCommitteeSettings, findSettingsProblems } from '../../../src/domain/committee-settings';

describe('findSettingsProblems', () => {
  it('accepts complete, valid settings', () => {
    expect(findSettingsProblems(defaultCommitteeSettings({}))).toEqual([]);
  });

  it('checks only the fields a partial update carries', () => {
    expect(findSettingsProblems({ committeeName: 'Friends of Pat' })).toEqual([]);
  });

  it.each([
    [{ defaultTimeZone: 'Mars/Olympus' }, 'defaultTimeZone'],
    [{ defaultTimeZone: '' }, 'defaultTimeZone'],
    [{ supportedLocales: ['en', 'fr'] }, 'supportedLocales'],
    [{ supportedLocales: ['es'] }, 'supportedLocales'],
    [{ supportedLocales: [] }, 'supportedLocales'],
    [{ supportedLocales: ['en', 'en'] }, 'supportedLocales'],
    [{ disclaimer: '   ' }, 'disclaimer'],
    [{ committeeName: '' }, 'committeeName'],
  ])('refuses %j', (settings, path) => {
    expect(findSettingsProblems(settings as any).map((p) => p.path)).toEqual([path]);
  });

  it('builds the default disclaimer from the committee name in the environment', () => {
    expect(defaultCommitteeSettings({ COMMITTEE_NAME: 'Pat for Senate' })).toMatchObject({
      committeeName: 'Pat for Senate',
      disclaimer: 'Paid for by Pat for Senate.',
    });
  });
});
