import { DynamoDBClient, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { NodeHttpHandler } from '@smithy/node-http-handler';

/**
 * Time limits that keep a stuck DynamoDB from eating Alexa's 8-second budget
 * (https://developer.amazon.com/en-US/docs/alexa/custom-skills/handle-requests-sent-by-alexa.html):
 * each attempt may take `requestTimeoutMs`, at most `maxAttempts` attempts are made, and a whole
 * operation, retries included, is abandoned after `operationBudgetMs`.
 */
export interface DynamoLimits {
  connectionTimeoutMs: number;
  requestTimeoutMs: number;
  maxAttempts: number;
  operationBudgetMs: number;
}

/** Limits used in production: a store operation never takes more than 3 s. */
export const DEFAULT_LIMITS: DynamoLimits = {
  connectionTimeoutMs: 500,
  requestTimeoutMs: 1200,
  maxAttempts: 3,
  operationBudgetMs: 3000,
};

/**
 * Builds the DynamoDB document client. Region, credentials and endpoint come from the AWS SDK's own
 * configuration (`AWS_REGION`, `AWS_ENDPOINT_URL_DYNAMODB`, …) unless given in `config`.
 */
export function createDocumentClient(
  config: DynamoDBClientConfig = {},
  limits: DynamoLimits = DEFAULT_LIMITS,
): DynamoDBDocumentClient {
  const client = new DynamoDBClient({
    maxAttempts: limits.maxAttempts,
    requestHandler: new NodeHttpHandler({
      connectionTimeout: limits.connectionTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      // Without this, @smithy/node-http-handler only logs a warning when requestTimeout passes and the
      // attempt runs on until the operation budget aborts it, so a stuck attempt was never retried.
      throwOnRequestTimeout: true,
    }),
    ...config,
  });
  return DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
}
