/**
 * Erasing a user (the skill disabled with NOT_PERSISTED) as a barrier: once it is done, nothing of
 * the user remains, and nothing comes back, even from requests that were in flight.
 *
 * The protocol, on single-item operations and strongly consistent reads only (dynalite, the
 * console's store, has no transactions; and a transaction would conflict with every concurrent
 * write to the profile):
 * 1. The eraser replaces the profile with a marker (`erased`, with a 7-day TTL and nothing else).
 *    Every profile write is conditional on that marker's absence, so from then on no launch, saved
 *    routine or goal can recreate the profile.
 * 2. It then queries the partition (consistently) and deletes every other item, page by page, in
 *    parallel batches, until a query finds nothing but the marker.
 * 3. Every activity write that can create an item (a rest day, a completed routine) reads the
 *    profile consistently AFTER its write, and deletes its own item if the marker is there.
 * An activity write that landed before the eraser's query is found by the query (2); one that
 * landed after it was written after the marker, so its own read sees the marker (3). Either way the
 * item goes. What is left is the case of a writer that dies between its write and its read: its
 * item keeps its TTL (90 days), and the failed read is counted as a StoreFailure.
 */
import { BatchWriteCommand, DeleteCommand, GetCommand, PutCommand, QueryCommand } from './commands';
import { StoreUnavailableError, UserErasedError } from '../errors';
import { PROFILE_SORT_KEY, profileKey, userPartition, type ItemKey } from '../keys';
import type { CallOptions } from '../port';
import { erasedMarkerExpiresAt } from '../schema';
import { ERASED, EXPIRES_AT, PK, SK } from './attributes';
import type { Operation, Table } from './table';

/** BatchWriteItem takes at most 25 requests. */
const BATCH_SIZE = 25;
/** Batches in flight at once: enough to delete hundreds of items in a second or two. */
export const DELETE_CONCURRENCY = 4;
/**
 * Passes over the partition, until one finds nothing: the first deletes everything there is, and
 * is enough (protocol above); the later ones are a safety net for a writer that could not make its
 * own check. Writes still landing keep later passes finding items that their writers delete
 * themselves, so running out of passes is not a failure.
 */
const MAX_PASSES = 3;

/** Tuning of {@link Eraser}, for tests that force paging. */
export interface EraserSettings {
  /** `Limit` of each key query (default: DynamoDB's 1 MB pages). */
  pageSize?: number;
  /** Batches in flight at once (default {@link DELETE_CONCURRENCY}). */
  concurrency?: number;
}

/** Deletes a user's partition behind an erasure marker. */
export class Eraser {
  constructor(
    private readonly table: Table,
    private readonly settings: EraserSettings = {},
  ) {}

  /**
   * Erases `userId` within the caller's deadline (the whole invocation's, not the per-operation
   * budget). Resolves the number of the user's items deleted (the profile included); rejects with
   * {@link StoreUnavailableError} when the marker could not be written or a pass could not finish.
   */
  deleteUser(userId: string, options?: CallOptions): Promise<number> {
    return this.table.operation(
      'deleteUser',
      options,
      async (op) => {
        const replaced = await op.write((abortSignal) =>
          this.table.doc.send(
            new PutCommand({
              TableName: this.table.name,
              Item: {
                ...profileKey(userId),
                [ERASED]: true,
                [EXPIRES_AT]: erasedMarkerExpiresAt(this.table.settings.clock.now()),
              },
              ReturnValues: 'ALL_OLD',
            }),
            { abortSignal },
          ),
        );
        let deleted = replaced.Attributes && replaced.Attributes[ERASED] === undefined ? 1 : 0;
        for (let pass = 1; pass <= MAX_PASSES; pass += 1) {
          const found = await this.deletePass(op, userId);
          deleted += found;
          if (found === 0) break;
        }
        return deleted;
      },
      'caller',
    );
  }

  /**
   * One pass: follows the query's pages (`LastEvaluatedKey`) and deletes each page's items in
   * batches of 25, at most `concurrency` at once, while the next page is read. Resolves how many
   * items it found (and deleted) besides the marker.
   */
  private async deletePass(op: Operation, userId: string): Promise<number> {
    const inFlight = new Set<Promise<void>>();
    const failures: unknown[] = [];
    const start = (keys: ItemKey[]) => {
      const batch = this.deleteBatch(op, keys).catch((error: unknown) => {
        failures.push(error);
      });
      inFlight.add(batch);
      void batch.finally(() => inFlight.delete(batch));
    };
    let found = 0;
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await op.read((abortSignal) =>
        this.table.doc.send(
          new QueryCommand({
            TableName: this.table.name,
            KeyConditionExpression: '#pk = :pk',
            ProjectionExpression: '#pk, #sk',
            ExpressionAttributeNames: { '#pk': PK, '#sk': SK },
            ExpressionAttributeValues: { ':pk': userPartition(userId) },
            ConsistentRead: true,
            ExclusiveStartKey: startKey,
            ...(this.settings.pageSize ? { Limit: this.settings.pageSize } : {}),
          }),
          { abortSignal },
        ),
      );
      const keys = (page.Items ?? []).filter((item) => item[SK] !== PROFILE_SORT_KEY) as ItemKey[];
      found += keys.length;
      for (let i = 0; i < keys.length; i += BATCH_SIZE) {
        while (inFlight.size >= (this.settings.concurrency ?? DELETE_CONCURRENCY))
          await Promise.race(inFlight);
        if (failures.length > 0) break;
        start(keys.slice(i, i + BATCH_SIZE));
      }
      startKey = failures.length > 0 ? undefined : page.LastEvaluatedKey;
    } while (startKey);
    await Promise.all(inFlight);
    if (failures.length > 0) throw failures[0];
    return found;
  }

  /**
   * One `BatchWriteItem` of deletes, then again for its `UnprocessedItems` (DynamoDB's answer when
   * it throttles part of a batch) with jittered exponential backoff, until all are done or the
   * deadline leaves no time.
   * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_BatchWriteItem.html
   */
  private async deleteBatch(op: Operation, keys: ItemKey[]): Promise<void> {
    let requests = keys.map((Key) => ({ DeleteRequest: { Key } }));
    for (let round = 1; requests.length > 0; round += 1) {
      if (round > 1) {
        const pause = this.table.backoffMs(round);
        if (op.deadline.remainingMs() - pause < this.table.limits.minAttemptMs) throw op.unavailable();
        await this.table.sleep(pause);
      }
      const output = await op.write(
        (abortSignal) =>
          this.table.doc.send(new BatchWriteCommand({ RequestItems: { [this.table.name]: requests } }), {
            abortSignal,
          }),
        Number.POSITIVE_INFINITY,
      );
      requests = (output.UnprocessedItems?.[this.table.name] ?? []).flatMap((request) =>
        request.DeleteRequest?.Key ? [{ DeleteRequest: { Key: request.DeleteRequest.Key as ItemKey } }] : [],
      );
    }
  }
}

/**
 * The erasure check of an activity write that just wrote `ownKey` (protocol step 3): a consistent
 * read of the profile; if the user was erased, the write's item is deleted again and the write
 * rejects with {@link UserErasedError}. If the check cannot be made, the write stands (it did
 * land) and the failure is counted. Resolves whether the user has a profile (its key is there):
 * `false` for a user never seen, `undefined` when the check failed. The read takes the whole item,
 * with no projection: DynamoDB bills a read by the item's size in 4 KB units, which a profile stays
 * far below, so a projection would save nothing, and it is one more expression to evaluate per call.
 * @see https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/read-write-operations.html
 */
export async function refuseIfErased(
  table: Table,
  op: Operation,
  userId: string,
  ownKey: ItemKey,
): Promise<boolean | undefined> {
  let marker: unknown;
  let exists: boolean;
  try {
    const { Item } = await op.read((abortSignal) =>
      table.doc.send(
        new GetCommand({
          TableName: table.name,
          Key: profileKey(userId),
          ConsistentRead: true,
        }),
        { abortSignal },
      ),
    );
    marker = Item?.[ERASED];
    exists = Item?.[PK] !== undefined;
  } catch (error) {
    if (!(error instanceof StoreUnavailableError)) throw error;
    table.countFailure(op.name);
    return undefined;
  }
  if (marker === undefined) return exists;
  try {
    await op.write((abortSignal) =>
      table.doc.send(new DeleteCommand({ TableName: table.name, Key: ownKey }), { abortSignal }),
    );
  } catch (error) {
    if (!(error instanceof StoreUnavailableError)) throw error;
    op.mayHaveWritten = true;
    throw op.unavailable(error);
  }
  throw new UserErasedError(op.name);
}
