/** Tests boot the compiled app (`npm test` compiles first); only test files are transformed. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tests/tsconfig.json' }] },
  modulePathIgnorePatterns: ['<rootDir>/dist', '<rootDir>/plugins/.*/dist', '<rootDir>/.tmp', '<rootDir>/build'],
  testTimeout: 120000,
  verbose: true,
};
