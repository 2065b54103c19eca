/**
 * Jest projects mirror the test folders: unit (handlers, engines, the console's parts; no network),
 * dialogs (the YAML scripts, replayed through the console engine and its local Settings API),
 * integration (the real store against Amazon's DynamoDB Local and dynalite, loopback servers, the
 * fault suites, the console's command line and embedded store), infra (CDK assertions)
 * and deploy (npm run deploy against stand-in ASK and CDK command lines).
 * TypeScript is compiled by SWC here; `npm run typecheck` type-checks tests and code with tsc.
 * Shared test and measurement code lives in harness/ (not a test folder).
 */
// The AWS SDK for JavaScript warns, once per module registry (so once per test file and per child
// process), that its releases after early January 2027 need Node.js 22. On Node.js 20, which this
// project supports for development (.nvmrc names 24), that flooded the output. The SDK's own switch
// (@aws-sdk/core emitWarningIfUnsupportedVersion) turns off exactly that warning, in jest's workers
// and the processes they start; every other warning still prints. Set it to "false" to see it.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

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
    // npm run deploy against stand-in ask and cdk processes (test/deploy/fakes/): no account needed.
    { ...common, displayName: 'deploy', testMatch: ['<rootDir>/test/deploy/**/*.test.ts'] },
  ],
};
