import { GetCommand, UpdateCommand } from './commands';
import { UserErasedError } from '../errors';
import { profileKey } from '../keys';
import type { CallOptions, LaunchRecord, PausedRoutine, PauseWrite, ProfileStore } from '../port';
import { CREATED_BY, ERASED, HANDED_OVER, LAST_LAUNCH_ID, LAST_WRITE_ID, NOT_ERASED, PK } from './attributes';
import { launchRecord, replayedLaunch } from './profile-items';
import { StoreUnavailableError } from '../errors';
import type { Operation, Table } from './table';

/**
 * The launch's update and conditions, built once per container. They name attributes directly
 * (none of these names is a DynamoDB reserved word, which DynamoDB Local would refuse) and use no
 * parentheses: a local DynamoDB parses every expression anew on each call, and dynalite's parser
 * takes about ten times longer over a parenthesised condition than over this one.
 * `NOT lastLaunchId = :id` holds when the attribute is absent (a comparison with a missing
 * attribute is false) or holds another launch's id, as `attribute_not_exists(…) OR … <> :id` did.
 */
const LAUNCH_SET =
  'SET firstSeenAt = if_not_exists(firstSeenAt, :now), lastVisitAt = :now, ' +
  `${CREATED_BY} = if_not_exists(${CREATED_BY}, :by), ${HANDED_OVER} = if_not_exists(pausedRoutine, :none)`;
const LAUNCH_REST = ' ADD launchCount :one REMOVE pausedRoutine';
const LAUNCH_UPDATE = `${LAUNCH_SET}${LAUNCH_REST}`;
const LAUNCH_UPDATE_ONCE = `${LAUNCH_SET}, ${LAST_LAUNCH_ID} = :id${LAUNCH_REST}`;
const LAUNCH_CONDITION_ONCE = `${NOT_ERASED} AND NOT ${LAST_LAUNCH_ID} = :id`;

/** The other profile writes, named the same way: each stamps its request id and, on a new item, `createdBy`. */
const STAMPED = `${LAST_WRITE_ID} = :id, ${CREATED_BY} = if_not_exists(${CREATED_BY}, :id)`;
const PAIN_UPDATE = `SET painReportedAt = :at, ${STAMPED} REMOVE pausedRoutine`;
const GOAL_UPDATE = `SET restDayGoal = :goal, ${STAMPED}`;
const PAUSE_UPDATE = `SET pausedRoutine = :paused, ${STAMPED}`;
const CLEAR_PAUSE_UPDATE = `SET ${LAST_WRITE_ID} = :id REMOVE pausedRoutine`;
const CLEAR_PAUSE_CONDITION = `attribute_exists(${PK}) AND ${NOT_ERASED}`;

/**
 * Profiles in DynamoDB: one item per user, updated in place. Every write is conditional on the user
 * not being erased (`attribute_not_exists(erased)`), so a request still in flight when the skill was
 * disabled, or a session's late end, cannot bring a profile back.
 */
export class DynamoProfileStore implements ProfileStore {
  constructor(private readonly table: Table) {}

  /**
   * One `UpdateItem` that returns the old item: a launch costs one write and no read. The same write
   * moves the paused routine to `handedOver` (it comes back in `previous`), stores `launchId` as
   * `lastLaunchId` under the condition that it is not there yet, and stamps `createdBy` on a new
   * item. A retry of a write that landed (its answer lost) fails that condition and gets the item
   * back (`ReturnValuesOnConditionCheckFailure`; dynalite returns none, so it is read), from which
   * the record is rebuilt: nothing is counted twice and the routine is not lost.
   * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateItem.html
   */
  recordLaunch(userId: string, at: Date, launchId?: string, options?: CallOptions): Promise<LaunchRecord> {
    return this.table.operation('recordLaunch', options, async (op) => {
      const now = at.toISOString();
      const once = launchId !== undefined;
      const result = await op.conditional((abortSignal) =>
        this.table.doc.send(
          new UpdateCommand({
            TableName: this.table.name,
            Key: profileKey(userId),
            UpdateExpression: once ? LAUNCH_UPDATE_ONCE : LAUNCH_UPDATE,
            ConditionExpression: once ? LAUNCH_CONDITION_ONCE : NOT_ERASED,
            ExpressionAttributeValues: {
              ':now': now,
              ':one': 1,
              ':by': launchId ?? `launch ${now}`,
              ':none': null,
              ...(once ? { ':id': launchId } : {}),
            },
            ReturnValues: 'ALL_OLD',
            ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
          }),
          { abortSignal },
        ),
      );
      if (result.written) return launchRecord(result.output.Attributes, now);
      const item = result.item ?? (await this.readQuietly(op, userId));
      if (item?.[ERASED] !== undefined) throw new UserErasedError(op.name);
      if (launchId === undefined) throw op.unavailable();
      return replayedLaunch(item, launchId, now);
    });
  }

  /** One `UpdateItem` that marks the pain report and removes the paused routine (creating the item if need be). */
  recordPain(userId: string, at: Date, requestId: string, options?: CallOptions): Promise<void> {
    return this.table.operation('recordPain', options, async (op) => {
      const result = await op.conditional((abortSignal) =>
        this.table.doc.send(
          new UpdateCommand({
            TableName: this.table.name,
            Key: profileKey(userId),
            UpdateExpression: PAIN_UPDATE,
            ConditionExpression: NOT_ERASED,
            ExpressionAttributeValues: { ':at': at.toISOString(), ':id': requestId },
          }),
          { abortSignal },
        ),
      );
      if (!result.written) throw new UserErasedError(op.name);
    });
  }

  /**
   * One `UpdateItem` that sets the goal (creating the profile item if need be) and returns the
   * values it replaced (`UPDATED_OLD`): this request's id there means that an earlier delivery of
   * the request set it (`set-earlier`).
   */
  setRestDayGoal(
    userId: string,
    goal: number,
    requestId: string,
    options?: CallOptions,
  ): Promise<'set' | 'set-earlier'> {
    return this.table.operation('setRestDayGoal', options, async (op) => {
      const result = await op.conditional((abortSignal) =>
        this.table.doc.send(
          new UpdateCommand({
            TableName: this.table.name,
            Key: profileKey(userId),
            UpdateExpression: GOAL_UPDATE,
            ConditionExpression: NOT_ERASED,
            ExpressionAttributeValues: { ':goal': goal, ':id': requestId },
            ReturnValues: 'UPDATED_OLD',
          }),
          { abortSignal },
        ),
      );
      if (!result.written) throw new UserErasedError(op.name);
      return op.wroteEarlier(result.output.Attributes?.[LAST_WRITE_ID], requestId) ? 'set-earlier' : 'set';
    });
  }

  /**
   * Saves the paused routine in one `UpdateItem` (creating a profile with no launch counted if there
   * is none), or clears it; clearing never creates an item. The save returns the values it replaced
   * (`UPDATED_OLD`): this request's id there means that an earlier delivery of the request saved it
   * (`saved-earlier`).
   */
  setPausedRoutine(
    userId: string,
    paused: PausedRoutine | undefined,
    requestId: string,
    options?: CallOptions,
  ): Promise<PauseWrite> {
    return this.table.operation('setPausedRoutine', options, async (op) => {
      const result = await op.conditional((abortSignal) =>
        this.table.doc.send(
          new UpdateCommand({
            TableName: this.table.name,
            Key: profileKey(userId),
            ...(paused
              ? {
                  UpdateExpression: PAUSE_UPDATE,
                  ConditionExpression: NOT_ERASED,
                  ExpressionAttributeValues: { ':paused': paused, ':id': requestId },
                  ReturnValues: 'UPDATED_OLD',
                }
              : {
                  UpdateExpression: CLEAR_PAUSE_UPDATE,
                  ConditionExpression: CLEAR_PAUSE_CONDITION,
                  ExpressionAttributeValues: { ':id': requestId },
                }),
          }),
          { abortSignal },
        ),
      );
      if (!paused) return 'cleared'; // also when there was nothing to clear (no profile, or erased)
      if (!result.written) throw new UserErasedError(op.name);
      return op.wroteEarlier(result.output.Attributes?.[LAST_WRITE_ID], requestId)
        ? 'saved-earlier'
        : 'saved';
    });
  }

  /** The profile item as it is now (a consistent read), or `undefined` if it cannot be read. */
  private async readQuietly(op: Operation, userId: string): Promise<Record<string, unknown> | undefined> {
    try {
      const { Item } = await op.read((abortSignal) =>
        this.table.doc.send(
          new GetCommand({ TableName: this.table.name, Key: profileKey(userId), ConsistentRead: true }),
          { abortSignal },
        ),
      );
      return Item;
    } catch (error) {
      if (!(error instanceof StoreUnavailableError)) throw error;
      this.table.countFailure(op.name);
      return undefined;
    }
  }
}
