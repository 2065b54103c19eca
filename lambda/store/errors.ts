import { RunCoachError } from '../core/errors';

/** What a caller may know about a failed store write. */
export interface StoreFailureOptions {
  cause?: unknown;
  /**
   * `true` when some attempt of a write was sent and its answer was lost or timed out (or DynamoDB
   * answered with a server error), so the write may have landed: the user must hear "I can't
   * confirm", never "it was not saved". `false` (the default) when nothing was written: every
   * attempt was refused before it could change anything, or none was sent, or it was a read.
   */
  mayHaveWritten?: boolean;
}

/**
 * DynamoDB could not complete an operation in time (throttled, unreachable, slow, failing, or the
 * deadline left too little time for an attempt). {@link StoreUnavailableError.mayHaveWritten} says
 * whether a write may have landed anyway.
 */
export class StoreUnavailableError extends RunCoachError {
  override readonly name: string = 'StoreUnavailableError';
  /** See {@link StoreFailureOptions.mayHaveWritten}. */
  readonly mayHaveWritten: boolean;

  constructor(
    readonly operation: string,
    options: StoreFailureOptions = {},
  ) {
    super(`The store could not complete ${operation}`, { cause: options.cause });
    this.mayHaveWritten = options.mayHaveWritten ?? false;
  }
}

/**
 * The user's data was erased (the skill was disabled with NOT_PERSISTED): the store refuses to keep
 * anything more of them, and nothing of this write remains. A request still in flight when the
 * skill was disabled gets this; it is a {@link StoreUnavailableError} (nothing saved, nothing to
 * confirm), so every handler already answers it plainly.
 */
export class UserErasedError extends StoreUnavailableError {
  override readonly name = 'UserErasedError';
  constructor(operation: string) {
    super(operation, { mayHaveWritten: false });
    this.message = `The store refused ${operation}: the user's data was erased`;
  }
}
