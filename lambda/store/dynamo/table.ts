import { unmarshall } from '@aws-sdk/util-dynamodb';
import { ANSWER_BUDGET_MS, Deadline, DeadlineExceededError } from '../../core/deadline';
import type { Clock, Random } from '../../core/deps';
import type { SkillMetrics, StoreOperation } from '../../core/metrics';
import { StoreUnavailableError, UserErasedError } from '../errors';
import type { CallOptions } from '../port';
import type { DynamoLimits } from './client';
import { isRetryable, mayHaveLanded } from './failures';
import type { DocumentSender } from './commands';
import { isConditionalCheckFailed } from './wire';

/**
 * Result of a conditional write: written, or the condition did not hold (nothing written; `item` is
 * the item as it stood, when the call asked for `ReturnValuesOnConditionCheckFailure` and the store
 * returns it: DynamoDB does, dynalite does not).
 */
export type ConditionalResult<T> =
  { written: true; output: T } | { written: false; item?: Record<string, unknown> };

/** One SDK call, given the abort signal of its attempt. */
export type Call<T> = (abortSignal: AbortSignal) => Promise<T>;

export type { DocumentSender } from './commands';

/** How the table runs its calls. */
export interface TableSettings {
  limits: DynamoLimits;
  clock: Clock;
  /** Spreads retries (full jitter). */
  random: Random;
  metrics?: SkillMetrics | undefined;
}

/** Exponential backoff between attempts: full jitter up to `BACKOFF_BASE_MS * 2^(attempt-1)`, capped. */
const BACKOFF_BASE_MS = 50;
const BACKOFF_CAP_MS = 1000;

/**
 * The table as the repositories see it: a document client and a table name, and one
 * {@link Operation} per port call, which makes the attempts within the call's deadline and counts
 * the store's failures (`StoreFailure`, `UnconfirmedSave`, with the operation as dimension).
 */
export class Table {
  readonly limits: DynamoLimits;

  constructor(
    readonly doc: DocumentSender,
    readonly name: string,
    readonly settings: TableSettings,
  ) {
    this.limits = settings.limits;
  }

  /**
   * Runs one port operation. Its deadline is the caller's, and within `operationBudgetMs` of now
   * unless `budget` is `caller` (erasure, which may take the whole invocation). A rejection with
   * {@link StoreUnavailableError} is counted, except an erased user's refused write.
   */
  async operation<T>(
    name: StoreOperation,
    options: CallOptions | undefined,
    body: (op: Operation) => Promise<T>,
    budget: 'operation' | 'caller' = 'operation',
  ): Promise<T> {
    const given = options?.deadline ?? Deadline.after(this.settings.clock, ANSWER_BUDGET_MS);
    const deadline = budget === 'caller' ? given : given.within(this.limits.operationBudgetMs);
    const op = new Operation(this, name, deadline);
    try {
      return await body(op);
    } catch (error) {
      if (error instanceof StoreUnavailableError && !(error instanceof UserErasedError))
        this.countFailure(name, error.mayHaveWritten);
      throw error;
    }
  }

  /** Counts a failure of `operation` (also one the operation survived, such as a cleanup). */
  countFailure(operation: StoreOperation, mayHaveWritten = false): void {
    this.settings.metrics?.count('StoreFailure', { operation });
    if (mayHaveWritten) this.settings.metrics?.count('UnconfirmedSave', { operation });
  }

  /** Waits `ms` (at most until `deadline`). */
  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
  }

  /** The pause before attempt `attempt` (2, 3, …). */
  backoffMs(attempt: number): number {
    return this.settings.random() * Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** (attempt - 1));
  }
}

/**
 * One port call in progress: every SDK call it makes shares its deadline, and it remembers whether
 * any write attempt may have landed without its answer ({@link Operation.mayHaveWritten}).
 */
export class Operation {
  /** Whether some write attempt of this operation was sent and its outcome is unknown. */
  mayHaveWritten = false;

  constructor(
    private readonly table: Table,
    readonly name: StoreOperation,
    readonly deadline: Deadline,
  ) {}

  /** A read: retried within the deadline; rejects with {@link StoreUnavailableError}. */
  read<T>(call: Call<T>): Promise<T> {
    return this.attempts('read', call);
  }

  /** A write: like {@link Operation.read}, and a lost answer marks {@link Operation.mayHaveWritten}. */
  write<T>(call: Call<T>, maxAttempts?: number): Promise<T> {
    return this.attempts('write', call, maxAttempts);
  }

  /** A conditional write; a failed condition is `{ written: false }`, not an error. */
  async conditional<T>(call: Call<T>): Promise<ConditionalResult<T>> {
    try {
      return { written: true, output: await this.write(call) };
    } catch (error) {
      if (!isConditionalCheckFailed(error)) throw error;
      return error.Item
        ? { written: false, item: unmarshall(error.Item as Parameters<typeof unmarshall>[0]) }
        : { written: false };
    }
  }

  /**
   * Whether a write that just landed found its own request's id already on the item (`previousId`,
   * from the item's values before it) while no earlier attempt of this call may have landed: then
   * an earlier delivery of the whole request wrote it, and this one did nothing new. After an
   * attempt whose answer was lost, the id is most likely that attempt's own, and the write counts
   * as done now.
   */
  wroteEarlier(previousId: unknown, requestId: string): boolean {
    return previousId === requestId && !this.mayHaveWritten;
  }

  /** The error this operation fails with, now. */
  unavailable(cause?: unknown): StoreUnavailableError {
    return new StoreUnavailableError(this.name, { cause, mayHaveWritten: this.mayHaveWritten });
  }

  /** Whether there is time for one more attempt. */
  hasTime(): boolean {
    return this.deadline.remainingMs() >= this.table.limits.minAttemptMs;
  }

  /**
   * Makes up to `maxAttempts` attempts, each ending at the per-attempt timeout or the deadline,
   * whichever comes first, with jittered backoff between them, and none with less than one
   * attempt's minimum time left. A failed condition is passed through for {@link conditional}.
   */
  private async attempts<T>(
    kind: 'read' | 'write',
    call: Call<T>,
    maxAttempts = this.table.limits.maxAttempts,
  ): Promise<T> {
    let lastError: unknown;
    for (let attempt = 1; attempt <= maxAttempts; attempt += 1) {
      if (attempt > 1) {
        const pause = this.table.backoffMs(attempt);
        if (this.deadline.remainingMs() - pause < this.table.limits.minAttemptMs) break;
        await this.table.sleep(pause);
      }
      if (!this.hasTime()) break;
      try {
        return await callWithin(this.deadline.within(this.table.limits.requestTimeoutMs), call);
      } catch (error) {
        if (isConditionalCheckFailed(error)) throw error;
        lastError = error;
        if (kind === 'write' && mayHaveLanded(error)) this.mayHaveWritten = true;
        if (!isRetryable(error)) break;
      }
    }
    throw this.unavailable(lastError);
  }
}

/**
 * Runs `call` with a signal that aborts when `deadline` passes, and stops that timer as soon as the
 * call settles: a finished call leaves no timer behind to fire (and build an error) after the turn.
 */
async function callWithin<T>(deadline: Deadline, call: Call<T>): Promise<T> {
  const controller = new AbortController();
  const left = deadline.remainingMs();
  if (left === 0) {
    controller.abort(new DeadlineExceededError());
    return call(controller.signal);
  }
  const timer = setTimeout(() => {
    controller.abort(new DeadlineExceededError());
  }, left);
  timer.unref();
  try {
    return await call(controller.signal);
  } finally {
    clearTimeout(timer);
  }
}
