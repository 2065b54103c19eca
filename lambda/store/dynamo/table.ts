import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ConditionalCheckFailedException, type AttributeValue } from '@aws-sdk/client-dynamodb';
import { StoreUnavailableError } from '../errors';
import { DEFAULT_LIMITS } from './client';

/**
 * Result of a conditional write: written, or the condition did not hold (nothing written; `item` is
 * the item as it stood, raw, when the call asked for `ReturnValuesOnConditionCheckFailure` and the
 * store returns it).
 */
export type ConditionalResult<T> =
  { written: true; output: T } | { written: false; item?: Record<string, AttributeValue> };

/**
 * The table as the repositories see it: a document client, a table name and an overall time budget
 * per operation. Every SDK failure becomes a {@link StoreUnavailableError}, except a failed condition,
 * which {@link Table.runConditional} reports as a result.
 */
export class Table {
  constructor(
    readonly doc: DynamoDBDocumentClient,
    readonly name: string,
    private readonly operationBudgetMs: number = DEFAULT_LIMITS.operationBudgetMs,
  ) {}

  /**
   * Runs one call within the operation budget: `call` gets the abort signal to pass to the client,
   * e.g. `table.run('getItem', (abortSignal) => table.doc.send(new GetCommand(…), { abortSignal }))`.
   */
  async run<T>(operation: string, call: (abortSignal: AbortSignal) => Promise<T>): Promise<T> {
    try {
      return await call(AbortSignal.timeout(this.operationBudgetMs));
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) throw error;
      throw new StoreUnavailableError(operation, { cause: error });
    }
  }

  /** Runs a conditional write; a failed condition is `{ written: false }`, not an error. */
  async runConditional<T>(
    operation: string,
    call: (abortSignal: AbortSignal) => Promise<T>,
  ): Promise<ConditionalResult<T>> {
    try {
      return { written: true, output: await this.run(operation, call) };
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException)
        return error.Item ? { written: false, item: error.Item } : { written: false };
      throw error;
    }
  }
}
