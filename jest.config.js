/**
 * Tests boot the compiled app (`npm test` compiles first); only test files are transformed, plus the
 * ESM-only packages under sanitize-html (htmlparser2 ≥10, entities, dom*): Node 20 loads them through
 * require(esm), jest's module runtime cannot, so they are turned into CommonJS for the test run only.
 */
const ESM_ONLY = '/node_modules/sanitize-html/node_modules/';

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tests/tsconfig.json' }],
    [`${ESM_ONLY}.+\\.js$`]: ['ts-jest', { tsconfig: { allowJs: true, module: 'commonjs', target: 'ES2022', isolatedModules: true } }],
  },
  transformIgnorePatterns: [`^(?!.*${ESM_ONLY}).*/node_modules/`],
  // The browser tests run in their own pass (jest.e2e.config.js, `npm run test:e2e`), on SQLite only.
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/tests/e2e/'],
  modulePathIgnorePatterns: ['<rootDir>/dist', '<rootDir>/plugins/.*/dist', '<rootDir>/.tmp', '<rootDir>/build'],
  // One prepared database per run, copied for each file (tests/global-setup.js).
  globalSetup: '<rootDir>/tests/global-setup.js',
  globalTeardown: '<rootDir>/tests/global-teardown.js',
  testTimeout: 120000,
  verbose: true,
};
