import { defaultDisplayName, firstFreeSlug, slugBase } from '../../../plugins/mymitt-profiles/server/src/domain/profile-slug';
import { canSeeProfile } from '../../../plugins/mymitt-profiles/server/src/domain/profile-visibility';
import { lookupZip } from '../../../plugins/mymitt-profiles/server/src/domain/zip-codes';
import { isUsStateCode } from '../../../packages/plugin-kit/src/us-states';

describe('profile slugs and names', () => {
  it('make ASCII slugs from names', () => {
    expect(slugBase('José Núñez')).toBe('jose-nunez');
    expect(slugBase('  ---  ')).toBe('supporter');
    expect(slugBase('A'.repeat(60)).length).toBe(40);
  });

  it('number taken slugs and never hand out reserved ones', () => {
    expect(firstFreeSlug('pat-d', [])).toBe('pat-d');
    expect(firstFreeSlug('pat-d', ['pat-d', 'pat-d-2'])).toBe('pat-d-3');
    expect(firstFreeSlug('me', [])).toBe('me-2');
  });

  it('show first name and last initial by default', () => {
    expect(defaultDisplayName('Ann', 'romney')).toBe('Ann R.');
    expect(defaultDisplayName('', 'Doe')).toBe('Supporter');
  });
});

describe('profile visibility', () => {
  it.each([
    ['public', null, true],
    ['supporters', null, false],
    ['supporters', { userId: 2 }, true],
    ['private', { userId: 2 }, false],
    ['private', { userId: 1 }, true],
  ] as const)('%s seen by %j → %s', (visibility, viewer, visible) => {
    expect(canSeeProfile(visibility, 1, viewer)).toBe(visible);
  });
});

describe('ZIP codes and states', () => {
  it('give city, state and position for a US ZIP, ZIP+4 included, and territories', () => {
    expect(lookupZip('03301-1234')).toMatchObject({ zip: '03301-1234', city: 'Concord', state: 'NH' });
    expect(lookupZip('00901')).toMatchObject({ state: 'PR' });
  });

  it('know nothing of malformed or unknown ZIPs', () => {
    expect(lookupZip('99999')).toBeNull();
    expect(lookupZip('1234')).toBeNull();
    expect(lookupZip('K1A0B1')).toBeNull();
  });

  it('accept the 50 states, DC and territories only', () => {
    expect(['NH', 'DC', 'PR', 'GU', 'AE'].every(isUsStateCode)).toBe(true);
    expect(['ZZ', 'nh', 'ON'].some(isUsStateCode)).toBe(false);
  });
});
