/**
 * Jest projects mirror the test folders: unit (handlers, engines, the console's parts; no network),
 * dialogs (the YAML scripts, replayed through the console engine and its local Settings API),
 * integration (the real store against Amazon's DynamoDB Local and dynalite, loopback servers, the
 * fault suites, the console's command line and embedded store) and infra (CDK assertions).
 * TypeScript is compiled by SWC here; `npm run typecheck` type-checks tests and code with tsc.
 * Shared test and measurement code lives in harness/ (not a test folder).
 */
const transform = {
  '^.+\\.ts$': [
    '@swc/jest',
    { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } },
  ],
};
const common = { testEnvironment: 'node', transform, moduleFileExtensions: ['ts', 'js', 'json'] };

/** @type {import('jest').Config} */
module.exports = {
  // Jest's default is one worker per core less one: a single worker on a 2-core machine, where the
  // fault suites' bounded waits (idle, not CPU) would then run end to end. Two workers overlap them.
  maxWorkers: 2,
  reporters: ['default', '<rootDir>/test/summary-reporter.js'],
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/test/unit/**/*.test.ts'],
    },
    { ...common, displayName: 'dialogs', testMatch: ['<rootDir>/test/dialogs/**/*.test.ts'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/integration/**/*.test.ts'],
      globalSetup: '<rootDir>/test/integration/global-setup.ts',
      globalTeardown: '<rootDir>/test/integration/global-teardown.ts',
    },
    { ...common, displayName: 'infra', testMatch: ['<rootDir>/test/infra/**/*.test.ts'] },
  ],
};
