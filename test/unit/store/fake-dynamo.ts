/**
 * A scripted stand-in for the DynamoDB document client, for the store's unit tests: each call
 * answers with the next scripted outcome, and a `hang` outcome never answers, ending only when the
 * call's abort signal fires (as the real HTTP handler does). Used with jest's fake timers, so time
 * is the test's: deadlines, per-attempt timeouts and backoff all run on it.
 */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { createDynamoStore, DEFAULT_LIMITS } from '../../../lambda/store/dynamo';
import { Table } from '../../../lambda/store/dynamo/table';
import { recordingMetrics } from '../../../lambda/core/metrics';
import { StoreUnavailableError } from '../../../lambda/store/errors';

/** What one call does. */
export type Outcome =
  | { kind: 'answer'; output?: Record<string, unknown> }
  | { kind: 'hang' }
  | { kind: 'fail'; error: Error }
  | { kind: 'conditionFailed'; item?: Record<string, { S: string } | { N: string } | { BOOL: boolean }> };

/** A DynamoDB service error as the SDK throws it. */
export function serviceError(name: string, status: number): Error {
  return Object.assign(new Error(name), { name, $metadata: { httpStatusCode: status } });
}

/** A network error with a Node.js error code (no answer came back). */
export function networkError(code: string, message = code): Error {
  return Object.assign(new Error(message), { code });
}

export const THROTTLED: Outcome = {
  kind: 'fail',
  error: serviceError('ProvisionedThroughputExceededException', 400),
};
export const SERVER_ERROR: Outcome = { kind: 'fail', error: serviceError('InternalServerError', 500) };
export const REFUSED: Outcome = { kind: 'fail', error: networkError('ECONNREFUSED') };
export const RESET: Outcome = { kind: 'fail', error: networkError('ECONNRESET', 'socket hang up') };
export const HANG: Outcome = { kind: 'hang' };
export const OK: Outcome = { kind: 'answer' };

/** One call the fake received: when (fake time), what, and when it ended. */
export interface FakeCall {
  command: string;
  input: Record<string, unknown>;
  startedAt: number;
  endedAt?: number;
}

/** A fake sender that plays `script` (the last outcome repeats) and records every call. */
export function scriptedDynamo(script: Outcome[]) {
  const calls: FakeCall[] = [];
  let next = 0;
  const send = (
    command: { constructor: { name: string }; input: unknown },
    options?: { abortSignal?: AbortSignal },
  ) => {
    const outcome = script[Math.min(next, script.length - 1)] ?? OK;
    next += 1;
    const call: FakeCall = {
      command: command.constructor.name,
      input: command.input as Record<string, unknown>,
      startedAt: Date.now(),
    };
    calls.push(call);
    return new Promise((resolve, reject) => {
      const end = (settle: () => void) => {
        call.endedAt = Date.now();
        settle();
      };
      const signal = options?.abortSignal;
      const abort = () => {
        end(() => {
          reject(Object.assign(new Error('The operation was aborted'), { name: 'AbortError' }));
        });
      };
      if (signal?.aborted) {
        abort();
        return;
      }
      signal?.addEventListener('abort', abort, { once: true });
      if (outcome.kind === 'hang') return;
      signal?.removeEventListener('abort', abort);
      if (outcome.kind === 'answer') {
        end(() => {
          resolve({ $metadata: {}, ...outcome.output });
        });
      } else if (outcome.kind === 'fail') {
        end(() => {
          reject(outcome.error);
        });
      } else {
        end(() => {
          reject(
            new ConditionalCheckFailedException({
              message: 'The conditional request failed',
              $metadata: { httpStatusCode: 400 },
              ...(outcome.item ? { Item: outcome.item } : {}),
            }),
          );
        });
      }
    });
  };
  return { calls, doc: { send } as unknown as ConstructorParameters<typeof Table>[0] };
}

/** A table over `script`, on jest's fake clock, with production limits and recorded metrics. */
export function scriptedTable(script: Outcome[], limits = DEFAULT_LIMITS) {
  const { calls, doc } = scriptedDynamo(script);
  const metrics = recordingMetrics();
  const clock = { now: () => Date.now() };
  const table = new Table(doc, 'fake-table', { limits, clock, random: () => 1, metrics });
  return { table, calls, metrics, clock };
}

/** The DynamoDB store over `script`, on jest's fake clock, with its calls and recorded metrics. */
export function scriptedStore(script: Outcome[]) {
  const { calls, doc } = scriptedDynamo(script);
  const metrics = recordingMetrics();
  const store = createDynamoStore(doc, 'fake-table', {
    clock: { now: () => Date.now() },
    random: () => 1,
    metrics,
  });
  return { store, calls, metrics };
}

/** How a promise ended, and when (fake time since `start`). */
export type Ended<T> = { value: T; at: number } | { error: unknown; at: number };

/** Runs fake time until `promise` settles (at most 20 fake seconds). */
export async function ended<T>(promise: Promise<T>, start = Date.now()): Promise<Ended<T>> {
  let result: Ended<T> | undefined;
  promise.then(
    (value) => (result = { value, at: Date.now() - start }),
    (error: unknown) => (result = { error, at: Date.now() - start }),
  );
  for (let waited = 0; result === undefined && waited < 20_000; waited += 10)
    await jest.advanceTimersByTimeAsync(10);
  if (!result) throw new Error('still pending after 20 fake seconds');
  return result;
}

/** The StoreUnavailableError `result` ended with (anything else fails the test). */
export function failure(result: Ended<unknown>): StoreUnavailableError {
  if (!('error' in result) || !(result.error instanceof StoreUnavailableError))
    throw new Error(`expected a StoreUnavailableError, got ${JSON.stringify(result)}`);
  return result.error;
}
