/**
 * `npm run test:e2e`: the supporter site in a real browser (tests/e2e, playwright-core driving Debian's
 * Chromium). Kept out of `npm test` and `npm run test:pg` (jest.config.js ignores tests/e2e): it needs
 * Chromium and the built site, and runs once, on SQLite, in .ci/run after the PostgreSQL pass.
 */
const base = require('./jest.config');

module.exports = {
  ...base,
  roots: ['<rootDir>/tests/e2e'],
  testPathIgnorePatterns: ['/node_modules/'],
  testTimeout: 180000,
};
