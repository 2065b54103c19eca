import { DocumentClient } from './commands';
import type { DynamoConfig } from './wire';

/**
 * Time limits that keep a stuck DynamoDB from eating Alexa's 8-second budget
 * (https://developer.amazon.com/en-US/docs/alexa/custom-skills/handle-requests-sent-by-alexa.html).
 * The client applies the connection and request timeouts to every attempt; the store
 * (dynamo/table.ts) makes the attempts: at most `maxAttempts` per call, each within
 * `requestTimeoutMs` and the caller's deadline, all within `operationBudgetMs` per operation, and
 * none at all with less than `minAttemptMs` left.
 */
export interface DynamoLimits {
  connectionTimeoutMs: number;
  requestTimeoutMs: number;
  maxAttempts: number;
  operationBudgetMs: number;
  /**
   * The least time worth an attempt: DynamoDB answers in single-digit milliseconds in-region, but a
   * new TLS connection costs a few round trips; below this, the call fails at once instead.
   */
  minAttemptMs: number;
}

/** Limits used in production: a store operation never takes more than 3 s, nor past the deadline. */
export const DEFAULT_LIMITS: DynamoLimits = {
  connectionTimeoutMs: 500,
  requestTimeoutMs: 1200,
  maxAttempts: 3,
  operationBudgetMs: 3000,
  minAttemptMs: 150,
};

/**
 * Builds the DynamoDB document client (dynamo/commands.ts on dynamo/wire.ts). Region, credentials
 * and endpoint come from the environment as the AWS SDK reads them in Lambda (`AWS_REGION`,
 * `AWS_ENDPOINT_URL_DYNAMODB`, the role's `AWS_ACCESS_KEY_ID`, …) unless given in `config`. It
 * makes one attempt per call: the store retries itself, within the deadline, and knows which
 * attempts may have written. Each attempt is cut at `requestTimeoutMs`, and at
 * `connectionTimeoutMs` while its connection is being opened.
 */
export function createDocumentClient(
  config: DynamoConfig = {},
  limits: Pick<DynamoLimits, 'connectionTimeoutMs' | 'requestTimeoutMs'> = DEFAULT_LIMITS,
): DocumentClient {
  return new DocumentClient(config, limits);
}
