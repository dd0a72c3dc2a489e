// Unit tests (src/**/*.spec.ts) and the database-backed tiers (test/**/*.int-spec.ts, *.e2e-spec.ts) in
// one run. Each test file gets its own freshly migrated database (see test/utils/test-database.ts).
const swc = JSON.parse(require('node:fs').readFileSync(`${__dirname}/.swcrc`, 'utf8'));
delete swc.$schema;

/** @type {import('jest').Config} */
module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  testRegex: '(src|test)/.*\\.(spec|int-spec|e2e-spec)\\.ts$',
  moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs', 'json'],
  transform: {
    '^.+\\.(t|j|mj|cj)s$': [
      '@swc/jest',
      { ...swc, swcrc: false, module: { type: 'commonjs', ignoreDynamic: false } },
    ],
  },
  // Nest 12 and some of its dependencies ship only as ES modules: let the transform turn them into CommonJS.
  // (The first lookahead makes the rule look at the innermost node_modules of nested dependencies.)
  transformIgnorePatterns: [
    '/node_modules/(?!.*/node_modules/)(?!(@nestjs|nestjs-cls|file-type|strtok3|token-types|uint8array-extras|@tokenizer|@borewit|@electric-sql|content-disposition)/)',
  ],
  globalSetup: '<rootDir>/test/utils/global-setup.ts',
  globalTeardown: '<rootDir>/test/utils/global-teardown.ts',
  maxWorkers: process.env.JEST_WORKERS ?? 2,
  testTimeout: 60_000,
  verbose: false,
};
