/**
 * Jest global setup for mutation testing (stryker.config.mjs): Stryker runs jest again and again
 * in the same worker process. `npm run mutate` starts DynamoDB Local and dynalite once for the run
 * and passes their endpoints; run any other way, they are started once per process (kept on the
 * process's global object) and stopped when it ends, instead of once per run as global-setup.ts
 * does for `npm test`.
 */
import { startDynalite, startDynamoDbLocal, type LocalDynamo } from '../../../harness/dynamo';
import { BACKEND_ENV } from '../backends';

interface Started {
  endpoints: Promise<[string, string]>;
}

const holder = globalThis as { __runCoachMutationBackends?: Started };

export default async function startBackendsOnce(): Promise<void> {
  // `npm run mutate` (tools/mutate.ts) starts them once for the whole run and passes their endpoints.
  if (process.env[BACKEND_ENV['DynamoDB Local']] && process.env[BACKEND_ENV.dynalite]) return;
  holder.__runCoachMutationBackends ??= {
    endpoints: Promise.all([startDynamoDbLocal(), startDynalite()]).then((backends: LocalDynamo[]) => {
      const stop = () => {
        for (const backend of backends) void backend.stop();
      };
      process.once('exit', stop);
      for (const signal of ['SIGTERM', 'SIGINT'] as const)
        process.once(signal, () => {
          stop();
          process.exit(1);
        });
      return [backends[0]!.endpoint, backends[1]!.endpoint];
    }),
  };
  const [dynamoDbLocal, dynalite] = await holder.__runCoachMutationBackends.endpoints;
  process.env[BACKEND_ENV['DynamoDB Local']] = dynamoDbLocal;
  process.env[BACKEND_ENV.dynalite] = dynalite;
}
