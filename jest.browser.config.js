// The browser tests (test/browser/*.browser-spec.ts): Debian's chromium, driven by playwright-core, against the
// real service on a fresh embedded database, serving the built console. `npm run test:browser`; see
// docs/console.md, "Browser tests". The same transform and database template as `npm test` (jest.config.js).
const base = require('./jest.config.js');

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  testRegex: 'test/browser/.*\\.browser-spec\\.ts$',
  // Builds the console when its sources changed, then migrates the template database as `npm test` does.
  globalSetup: '<rootDir>/test/browser/global-setup.ts',
  // One browser at a time by default: each file starts its own service and chromium, on a machine of two
  // cores. CI (.ci/run) runs two at a time, which the tests are written to bear.
  maxWorkers: 1,
  testTimeout: 120_000,
};
