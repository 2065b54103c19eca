/**
 * Jest global setup for mutation testing (stryker.config.mjs): Stryker runs jest again and again
 * in the same worker process, so DynamoDB Local and dynalite are started once per process (kept on
 * the process's global object) and stopped when it ends, instead of once per run as
 * global-setup.ts does for `npm test`.
 */
import { startDynalite, startDynamoDbLocal, type LocalDynamo } from '../../../tools/local/dynamo';
import { BACKEND_ENV } from '../backends';

interface Started {
  endpoints: Promise<[string, string]>;
}

const holder = globalThis as { __runCoachMutationBackends?: Started };

export default async function startBackendsOnce(): Promise<void> {
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
