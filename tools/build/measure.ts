/**
 * Measures a built Lambda bundle answering one LaunchRequest against a local DynamoDB (dynalite):
 * peak memory (max RSS from `/usr/bin/time -v`), module load time and first invocation time. The
 * stack's memory size and the bundling choice for `@aws-sdk/*` are recorded from this (docs/benchmarks.md).
 *
 *   npm run build && npm run measure -- dist/lambda/index.js
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { ensureTable, startDynalite } from '../../harness/dynamo';

const run = promisify(execFile);
const TABLE = 'run-coach-measure';

async function main(bundle: string, runs: number): Promise<void> {
  const dynamo = await startDynalite();
  try {
    await ensureTable(dynamo.endpoint, TABLE);
    for (let i = 0; i < runs; i += 1) {
      const { stdout, stderr } = await run(
        '/usr/bin/time',
        ['-v', process.execPath, join(__dirname, 'invoke-launch.js'), bundle],
        {
          env: {
            PATH: process.env.PATH ?? '',
            TABLE_NAME: TABLE,
            // The skill ID invoke-launch.js's envelope carries (the skill refuses to start without one).
            SKILL_ID: 'amzn1.ask.skill.00000000-0000-0000-0000-000000000000',
            AWS_REGION: 'us-east-1',
            AWS_ACCESS_KEY_ID: 'local',
            AWS_SECRET_ACCESS_KEY: 'local',
            AWS_ENDPOINT_URL_DYNAMODB: dynamo.endpoint,
            POWERTOOLS_LOG_LEVEL: 'ERROR',
            // The AWS SDK's NodeVersionSupportWarning would print in every run's output.
            AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
          },
        },
      );
      const rssKb = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1];
      const timing = stdout.trim().split('\n').pop() ?? '';
      console.log(`run ${i + 1}: max RSS ${((Number(rssKb) || 0) / 1024).toFixed(1)} MiB ${timing}`);
    }
  } finally {
    await dynamo.stop();
  }
}

main(process.argv[2] ?? join('dist', 'lambda', 'index.js'), Number(process.argv[3] ?? 5)).catch(
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  },
);
