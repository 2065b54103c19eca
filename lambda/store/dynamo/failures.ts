/**
 * How to read a failed DynamoDB attempt: may it be retried, and may it have written anyway? Pure
 * functions of the error the AWS SDK (or its HTTP handler) threw.
 * @see https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Programming.Errors.html
 */

/** Errors DynamoDB answers when it refused the call for now: nothing was written, a retry may work. */
const THROTTLING = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'TransactionConflictException',
]);

/** Network errors raised before the request could reach DynamoDB. */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

interface SdkErrorShape {
  name?: unknown;
  code?: unknown;
  message?: unknown;
  $metadata?: { httpStatusCode?: unknown };
}

function shape(error: unknown): SdkErrorShape {
  return typeof error === 'object' && error !== null ? error : {};
}

/** The HTTP status DynamoDB answered with, if an answer came back at all. */
function statusOf(error: unknown): number | undefined {
  const status = shape(error).$metadata?.httpStatusCode;
  return typeof status === 'number' ? status : undefined;
}

/**
 * Whether the request never left this machine (refused or unresolvable connection, or no connection
 * in time). The code is read from the message too: the SDK's retry layer re-wraps an error from
 * another realm (as under jest) into a plain Error that keeps only the message.
 */
function neverSent(error: unknown): boolean {
  const { code, message } = shape(error);
  if (typeof code === 'string' && NOT_SENT_CODES.has(code)) return true;
  if (typeof message !== 'string') return false;
  return (
    message.includes('did not establish a connection') || [...NOT_SENT_CODES].some((c) => message.includes(c))
  );
}

/**
 * Whether a failed write attempt may have landed: DynamoDB answered with a server error, or no
 * answer came back (timeout, reset, abort) after the request may have reached it. A 4xx answer
 * (throttling, validation, …) and a connection that never opened wrote nothing.
 */
export function mayHaveLanded(error: unknown): boolean {
  const status = statusOf(error);
  if (status !== undefined) return status >= 500;
  return !neverSent(error);
}

/**
 * Whether another attempt may succeed: throttling, a server error, or a network failure. Anything
 * else DynamoDB refused (validation, access, a missing table) fails the same way again.
 */
export function isRetryable(error: unknown): boolean {
  const status = statusOf(error);
  if (status === undefined) return true;
  if (status >= 500) return true;
  const { name } = shape(error);
  return typeof name === 'string' && THROTTLING.has(name);
}
