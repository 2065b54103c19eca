import { RunCoachError } from '../core/errors';

/**
 * DynamoDB could not be reached in time (throttled, unreachable, slow, or failing). The caller must
 * assume nothing was written.
 */
export class StoreUnavailableError extends RunCoachError {
  override readonly name = 'StoreUnavailableError';
  constructor(
    readonly operation: string,
    options?: { cause?: unknown },
  ) {
    super(`The store could not complete ${operation}`, options);
  }
}
