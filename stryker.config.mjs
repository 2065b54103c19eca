// @ts-check
/**
 * Mutation testing with StrykerJS: `npm run mutate` (not part of `npm test`).
 *   npm run mutate                                   the folders below, with the tests that cover them
 *   npm run mutate -- --mutate 'lambda/store/**\/*.ts' one folder (or any globs), with that folder's tests
 *   npm run mutate -- --unit --mutate '...'          the same with only the folder's unit tests (no
 *                                                    DynamoDB Local, no dialogs): faster, a lower bound
 *   npm run mutate -- --tests 'test/integration/store/wire-*.test.ts,test/unit/store/wire.test.ts'
 *                    --mutate 'lambda/store/dynamo/wire.ts'
 *                                                    only those of the folder's tests (comma-separated
 *                                                    globs, from the repository root); DynamoDB Local
 *                                                    and dynalite start only if one of them needs them
 * Incremental: results are kept per selection in reports/stryker-incremental-<folder>.json
 * (git-ignored), so a second run only tests the mutants of code or tests that changed. Reports go to
 * reports/mutation/<folder>/ (index.html, mutation.json). Sized for a 2-core machine shared with
 * other work: one test process (`concurrency: 1`); `--concurrency 2` on a machine to yourself.
 * StrykerJS stays on 9.6.1: 10 needs Node.js 22, and the project supports Node.js 20.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import picomatch from 'picomatch';
import jestConfig from './jest.config.js';

const root = dirname(fileURLToPath(import.meta.url));

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
  // The engine's own tests. The other routine tests go through the whole skill; with them every
  // engine mutant is covered by some 600 tests (limits.test.ts and talk-limits.test.ts alone walk
  // every routine in every locale, about two minutes), too slow to mutate on 2 cores.
  'lambda/routines/engine.ts': ['<rootDir>/test/unit/routines/engine.test.ts'],
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
/** `--unit` (tools/mutate.ts turns it into this variable): only the tests under test/unit/. */
const unitOnly = process.env.RUN_COACH_MUTATE_TESTS === 'unit';
const folderTests = [
  ...new Set(folders.flatMap((folder) => FOLDERS[/** @type {keyof typeof FOLDERS} */ (folder)])),
].filter((glob) => !unitOnly || glob.startsWith('<rootDir>/test/unit/'));
/** `--tests a,b` (tools/mutate.ts turns it into this variable): only the folder's tests these globs match. */
const testGlobs = process.env.RUN_COACH_MUTATE_TEST_GLOBS?.split(',')
  .map((glob) => glob.trim().replace(/^(<rootDir>\/|\.\/)/, ''))
  .filter(Boolean);

/**
 * The files under test/ (paths from the repository root, with `/`) that match one glob of every list.
 * @param {string[][]} lists
 */
function testFiles(...lists) {
  const matchers = lists.map((list) => picomatch(list));
  return readdirSync(join(root, 'test'), { recursive: true, encoding: 'utf8' })
    .map((file) => `test/${file.split(sep).join('/')}`)
    .filter((file) => matchers.every((matches) => matches(file)))
    .sort();
}

/** The selected tests as jest globs: the folders' globs, or with --tests the files both select. */
function selectTests() {
  if (!testGlobs) return folderTests;
  if (testGlobs.length === 0) throw new Error('--tests needs one glob or more, separated by commas');
  const ofFolders = folderTests.map((glob) => glob.replace(/^<rootDir>\//, ''));
  const files = testFiles(ofFolders, testGlobs);
  const unmatched = testGlobs.filter((glob) => !files.some((file) => picomatch(glob)(file)));
  if (unmatched.length > 0)
    throw new Error(
      `--tests ${unmatched.join(',')}: no test of ${folders.join(', ')} matches (${ofFolders.join(', ')})`,
    );
  return files.map((file) => `<rootDir>/${file}`);
}
const testMatch = selectTests();

/**
 * Whether the selected tests run against DynamoDB Local and dynalite: an integration test among them
 * reads their endpoints through test/integration/backends.ts (imported by the test, or by a module
 * of test/ it imports). The wire's loopback tests need neither, and then no Java is started.
 * @param {string[]} globs
 */
function needsBackendsOf(globs) {
  const tests = join(root, 'test');
  const backends = join(tests, 'integration', 'backends.ts');
  /** @type {Set<string>} */
  const seen = new Set();
  /** @param {string} file */
  const reaches = (file) => {
    if (file === backends) return true;
    if (seen.has(file) || !file.startsWith(tests + sep)) return false;
    seen.add(file);
    let source = '';
    try {
      source = readFileSync(file, 'utf8');
    } catch {
      return false;
    }
    return [...source.matchAll(/(?:from|import\(|require\()\s*'(\.{1,2}\/[^']+)'/g)].some(([, target]) =>
      reaches(join(dirname(file), `${target}`.replace(/(\.ts)?$/, '.ts'))),
    );
  };
  const integration = globs
    .filter((glob) => glob.startsWith('<rootDir>/test/integration/'))
    .map((glob) => glob.replace(/^<rootDir>\//, ''));
  return integration.length > 0 && testFiles(integration).some((file) => reaches(join(root, file)));
}
/** A file-name slug for the selection, so each folder keeps its own incremental file and report. */
const slug =
  (globs ?? ['all'])
    .map((glob) =>
      glob
        .replace(/^lambda\//, '')
        .replace(/\/?\*.*$/, '')
        .replace(/\.ts$/, ''),
    )
    .join('+')
    .replace(/[^A-Za-z0-9+_-]+/g, '-') +
  (unitOnly ? '-unit' : '') +
  (testGlobs ? `-tests-${createHash('sha256').update(testMatch.join(',')).digest('hex').slice(0, 8)}` : '');
/**
 * `--no-typecheck` (tools/mutate.ts turns it into this variable): no TypeScript checker. On a
 * loaded 2-core machine the checker costs about thirty times the tests' CPU; without it, a mutant
 * the compiler would reject is run anyway (SWC strips types) and counted by what the tests say.
 */
const typecheck = process.env.RUN_COACH_MUTATE_TYPECHECK !== 'off';
/** Read by tools/mutate.ts, which starts the backends once for the whole run when they are needed. */
export const needsBackends = needsBackendsOf(testMatch);
const unit = jestConfig.projects[0];

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'jest',
  checkers: typecheck ? ['typescript'] : [],
  tsconfigFile: 'tsconfig.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  mutate: Object.keys(FOLDERS).map((folder) => (folder.endsWith('.ts') ? folder : `${folder}/**/*.ts`)),
  coverageAnalysis: 'perTest',
  concurrency: 1,
  incremental: true,
  incrementalFile: `reports/stryker-incremental-${slug}.json`,
  timeoutMS: 5000,
  // The first run (all the selected tests, with coverage) on a loaded 2-core machine.
  dryRunTimeoutMinutes: 20,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: `reports/mutation/${slug}/index.html` },
  jsonReporter: { fileName: `reports/mutation/${slug}/mutation.json` },
  thresholds: { high: 90, low: 85, break: null },
  ignorePatterns: ['/cdk.out', '/dist', '/coverage', '/.local', '/reports', '/skill-project', '/bench'],
  jest: {
    projectType: 'custom',
    // Not jest.config.js: the runner would merge its `projects` over this `config`, and jest would
    // then run every project (and start the integration project's DynamoDB Local) for each mutant.
    // package.json has no "jest" key, so the configuration below is the whole of it.
    configFile: 'package.json',
    enableFindRelatedTests: false,
    config: {
      testEnvironment: unit.testEnvironment,
      transform: unit.transform,
      moduleFileExtensions: unit.moduleFileExtensions,
      testMatch,
      ...(needsBackends ? { globalSetup: '<rootDir>/test/integration/store/backends-once.ts' } : {}),
    },
  },
};
