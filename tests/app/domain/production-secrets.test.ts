import { findUnsafeSecrets } from '../../../src/domain/production-secrets';
import { devSecret } from '../../../src/config/dev-secrets';

const strong = 'q8Jx2mVbN4pLr7TzWc1YhE5sKd9gFa3U';

describe('findUnsafeSecrets', () => {
  it('accepts long random secrets', () => {
    expect(findUnsafeSecrets({ ADMIN_JWT_SECRET: strong, APP_KEYS: [strong, `${strong}x`] })).toEqual([]);
  });

  it('names missing, short, placeholder and development secrets, never their values', () => {
    const unsafe = findUnsafeSecrets({
      MISSING: undefined,
      SHORT: 'abc123',
      PLACEHOLDER: 'tobemodified-tobemodified',
      DEV: devSecret('admin-jwt'),
      NO_KEYS: [],
      ONE_BAD_KEY: [strong, 'toBeModified1'],
      GOOD: strong,
    });
    expect(unsafe).toEqual(['MISSING', 'SHORT', 'PLACEHOLDER', 'DEV', 'NO_KEYS', 'ONE_BAD_KEY']);
  });
});
