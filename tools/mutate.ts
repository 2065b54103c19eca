/**
 * `npm run mutate`: StrykerJS (stryker.config.mjs) with DynamoDB Local and dynalite started once for
 * the whole run, not once per Stryker worker: a worker restarts after every timed-out mutant, and
 * starting Java each time would cost more than the mutants. Arguments go to `stryker run`:
 *   npm run mutate -- --mutate 'lambda/store/**\/*.ts'
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { BACKEND_ENV, startDynalite, startDynamoDbLocal } from '../harness/dynamo';

async function main(): Promise<number> {
  const [dynamoDbLocal, dynalite] = await Promise.all([startDynamoDbLocal(), startDynalite()]);
  try {
    const stryker = spawn(
      process.execPath,
      [
        join(__dirname, '..', 'node_modules', '@stryker-mutator', 'core', 'bin', 'stryker.js'),
        'run',
        'stryker.config.mjs',
        ...process.argv.slice(2),
      ],
      {
        stdio: 'inherit',
        env: {
          ...process.env,
          [BACKEND_ENV['DynamoDB Local']]: dynamoDbLocal.endpoint,
          [BACKEND_ENV.dynalite]: dynalite.endpoint,
        },
      },
    );
    const [code] = (await once(stryker, 'exit')) as [number | null];
    return code ?? 1;
  } finally {
    await Promise.all([dynamoDbLocal.stop(), dynalite.stop()]);
  }
}

void main().then((code) => process.exit(code));
