import { startDynalite, startDynamoDbLocal } from '../../harness/dynamo';
import { BACKEND_ENV } from './backends';

/** Starts DynamoDB Local and dynalite on free loopback ports for the integration tests. */
export default async function globalSetup(): Promise<void> {
  const [dynamoDbLocal, dynaliteServer] = await Promise.all([startDynamoDbLocal(), startDynalite()]);
  process.env[BACKEND_ENV['DynamoDB Local']] = dynamoDbLocal.endpoint;
  process.env[BACKEND_ENV.dynalite] = dynaliteServer.endpoint;
  (globalThis as { __runCoachBackends?: unknown }).__runCoachBackends = [dynamoDbLocal, dynaliteServer];
}
