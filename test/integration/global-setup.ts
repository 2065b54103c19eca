import { JavaMissingError, startDynalite, startDynamoDbLocal } from '../../harness/dynamo';
import { BACKEND_ENV } from './backends';

/** Starts DynamoDB Local and dynalite on free loopback ports for the integration tests. */
export default async function globalSetup(): Promise<void> {
  const [dynamoDbLocal, dynaliteServer] = await Promise.all([startDynamoDbLocal(), startDynalite()]).catch(
    (error: unknown) => {
      // One line, not a stack trace: the run cannot go on, and the line says what to install.
      if (!(error instanceof JavaMissingError)) throw error;
      process.stderr.write(`\nIntegration tests: ${error.message}\n`);
      process.exit(1);
    },
  );
  process.env[BACKEND_ENV['DynamoDB Local']] = dynamoDbLocal.endpoint;
  process.env[BACKEND_ENV.dynalite] = dynaliteServer.endpoint;
  (globalThis as { __runCoachBackends?: unknown }).__runCoachBackends = [dynamoDbLocal, dynaliteServer];
}
