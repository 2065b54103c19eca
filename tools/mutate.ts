/**
 * `npm run mutate`: StrykerJS (stryker.config.mjs) with DynamoDB Local and dynalite started once for
 * the whole run, not once per Stryker worker: a worker restarts after every timed-out mutant, and
 * starting Java each time would cost more than the mutants. Arguments go to `stryker run`, except
 * `--unit` (only the selected folders' unit tests), `--tests <glob,...>` (only those of the selected
 * folders' tests) and `--no-typecheck` (no TypeScript checker: much faster on a loaded machine, see
 * stryker.config.mjs). The backends start only when a selected test needs them (stryker.config.mjs
 * decides: with `--unit`, or with only the wire's loopback tests, none is started):
 *   npm run mutate -- --mutate 'lambda/store/**\/*.ts'
 *   npm run mutate -- --unit --mutate 'lambda/routines/engine.ts'
 *   npm run mutate -- --tests 'test/integration/store/wire-*.test.ts' --mutate 'lambda/store/dynamo/wire.ts'
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BACKEND_ENV, startDynalite, startDynamoDbLocal } from '../harness/dynamo';

/** Runs Stryker with `args` and `env` added to this process's environment; its exit code. */
async function stryker(args: string[], env: Record<string, string>): Promise<number> {
  const child = spawn(
    process.execPath,
    [
      join(__dirname, '..', 'node_modules', '@stryker-mutator', 'core', 'bin', 'stryker.js'),
      'run',
      'stryker.config.mjs',
      ...args,
    ],
    { stdio: 'inherit', env: { ...process.env, ...env } },
  );
  const [code] = (await once(child, 'exit')) as [number | null];
  return code ?? 1;
}

/** This script's own options, as the variables stryker.config.mjs reads, and the rest for Stryker. */
function options(given: string[]): { args: string[]; env: Record<string, string> } {
  const args: string[] = [];
  const env: Record<string, string> = {};
  for (let index = 0; index < given.length; index += 1) {
    const arg = given[index] ?? '';
    if (arg === '--unit') env.RUN_COACH_MUTATE_TESTS = 'unit';
    else if (arg === '--no-typecheck') env.RUN_COACH_MUTATE_TYPECHECK = 'off';
    else if (arg.startsWith('--tests=')) env.RUN_COACH_MUTATE_TEST_GLOBS = arg.slice('--tests='.length);
    else if (arg === '--tests') {
      index += 1;
      env.RUN_COACH_MUTATE_TEST_GLOBS = given[index] ?? '';
    } else args.push(arg);
  }
  return { args, env };
}

async function main(): Promise<number> {
  const { args, env } = options(process.argv.slice(2));
  // The configuration reads the same variables (and --mutate from this process's arguments).
  Object.assign(process.env, env);
  const config = pathToFileURL(join(__dirname, '..', 'stryker.config.mjs')).href;
  const { needsBackends } = (await import(config)) as { needsBackends: boolean };
  if (!needsBackends) return stryker(args, env);
  const [dynamoDbLocal, dynalite] = await Promise.all([startDynamoDbLocal(), startDynalite()]);
  try {
    return await stryker(args, {
      ...env,
      [BACKEND_ENV['DynamoDB Local']]: dynamoDbLocal.endpoint,
      [BACKEND_ENV.dynalite]: dynalite.endpoint,
    });
  } finally {
    await Promise.all([dynamoDbLocal.stop(), dynalite.stop()]);
  }
}

void main().then((code) => process.exit(code));
