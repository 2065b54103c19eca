// @ts-check
/**
 * Mutation testing with StrykerJS: `npm run mutate` (not part of `npm test`).
 *   npm run mutate                                   the folders below, with the tests that cover them
 *   npm run mutate -- --mutate 'lambda/store/**\/*.ts' one folder (or any globs), with that folder's tests
 * Incremental: results are kept in reports/stryker-incremental.json (git-ignored), so a second run
 * only tests the mutants of code or tests that changed. Sized for a 2-core machine.
 */
import jestConfig from './jest.config.js';

/** Each folder worth mutating, and the tests that speak for it (unit, integration, dialogs). */
const FOLDERS = {
  'lambda/store': [
    '<rootDir>/test/unit/store/**/*.test.ts',
    '<rootDir>/test/unit/core/{deadline,metrics}.test.ts',
    '<rootDir>/test/integration/store/**/*.test.ts',
  ],
  'lambda/restdays': ['<rootDir>/test/unit/restdays/**/*.test.ts', '<rootDir>/test/dialogs/**/*.test.ts'],
  'lambda/conversation': [
    '<rootDir>/test/unit/conversation/**/*.test.ts',
    '<rootDir>/test/dialogs/**/*.test.ts',
  ],
  'lambda/routines/engine.ts': ['<rootDir>/test/unit/routines/**/*.test.ts'],
};

/** The `--mutate` globs given on the command line (Stryker reads them too), if any. */
function mutateArgument() {
  const index = process.argv.findIndex((arg) => arg === '--mutate' || arg === '-m');
  const value =
    index >= 0 ? process.argv[index + 1] : process.argv.find((arg) => arg.startsWith('--mutate='));
  return value?.replace(/^--mutate=/, '').split(',');
}

const globs = mutateArgument();
const folders = Object.keys(FOLDERS).filter(
  (folder) =>
    !globs ||
    globs.some((glob) => glob.startsWith(folder) || folder.startsWith(glob.replace(/\/?\*.*$/, ''))),
);
const testMatch = [
  ...new Set(folders.flatMap((folder) => FOLDERS[/** @type {keyof typeof FOLDERS} */ (folder)])),
];
const unit = jestConfig.projects[0];

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'jest',
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  mutate: Object.keys(FOLDERS).map((folder) => (folder.endsWith('.ts') ? folder : `${folder}/**/*.ts`)),
  coverageAnalysis: 'perTest',
  concurrency: 2,
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  timeoutMS: 5000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 85, break: null },
  ignorePatterns: ['/cdk.out', '/dist', '/coverage', '/.local', '/reports', '/skill-project', '/bench'],
  jest: {
    projectType: 'custom',
    enableFindRelatedTests: false,
    config: {
      testEnvironment: unit.testEnvironment,
      transform: unit.transform,
      moduleFileExtensions: unit.moduleFileExtensions,
      testMatch,
      globalSetup: '<rootDir>/test/integration/store/backends-once.ts',
    },
  },
};
