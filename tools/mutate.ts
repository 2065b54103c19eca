/**
 * `npm run mutate`: StrykerJS (stryker.config.mjs) with DynamoDB Local and dynalite started once for
 * the whole run, not once per Stryker worker: a worker restarts after every timed-out mutant, and
 * starting Java each time would cost more than the mutants. Arguments go to `stryker run`, except
 * `--unit` (only the selected folders' unit tests, and then no local DynamoDB is started) and
 * `--no-typecheck` (no TypeScript checker: much faster on a loaded machine, see stryker.config.mjs):
 *   npm run mutate -- --mutate 'lambda/store/**\/*.ts'
 *   npm run mutate -- --unit --mutate 'lambda/routines/engine.ts'
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
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

async function main(): Promise<number> {
  const flags = new Set(['--unit', '--no-typecheck']);
  const given = process.argv.slice(2);
  const args = given.filter((arg) => !flags.has(arg));
  const env: Record<string, string> = given.includes('--no-typecheck')
    ? { RUN_COACH_MUTATE_TYPECHECK: 'off' }
    : {};
  if (given.includes('--unit')) return stryker(args, { ...env, RUN_COACH_MUTATE_TESTS: 'unit' });
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
