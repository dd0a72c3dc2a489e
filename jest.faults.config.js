// The fault tests (test/faults/*.fault-spec.ts: the database going away mid-run, the embedded database killed
// mid-write): `npm run test:faults`. The same setup as `npm test` (jest.config.js), other files, one at a time.
const base = require('./jest.config.js');

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  testRegex: 'test/faults/.*\\.fault-spec\\.ts$',
  // Each file measures how long requests take while a fault is on: nothing else should compete for the CPU.
  maxWorkers: 1,
  testTimeout: 180_000,
};
