import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { profileKey } from '../keys';
import type { LaunchRecord, PausedRoutine, Profile, ProfileStore } from '../port';
import { TABLE_SCHEMA } from '../schema';
import type { Table } from './table';

/** Profiles in DynamoDB: one item per user, updated in place on each launch. */
export class DynamoProfileStore implements ProfileStore {
  constructor(private readonly table: Table) {}

  /**
   * One `UpdateItem` that returns the old item: a launch costs one write and no read. The same write
   * removes the paused routine, which comes back in `previous`, and stores `launchId` as
   * `lastLaunchId` under the condition that it is not there yet, so an SDK retry of a write that
   * landed (its answer lost) counts nothing twice: its failed condition returns the item this
   * launch wrote (`ReturnValuesOnConditionCheckFailure`), from which `previous` is reconstructed.
   * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateItem.html
   */
  async recordLaunch(userId: string, at: Date, launchId?: string): Promise<LaunchRecord> {
    const now = at.toISOString();
    const idempotent = launchId !== undefined;
    const result = await this.table.runConditional('recordLaunch', (abortSignal) =>
      this.table.doc.send(
        new UpdateCommand({
          TableName: this.table.name,
          Key: profileKey(userId),
          UpdateExpression: `SET firstSeenAt = if_not_exists(firstSeenAt, :now), lastVisitAt = :now${idempotent ? ', lastLaunchId = :id' : ''} ADD launchCount :one REMOVE pausedRoutine`,
          ...(idempotent
            ? {
                ConditionExpression: 'attribute_not_exists(lastLaunchId) OR lastLaunchId <> :id',
                ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
              }
            : {}),
          ExpressionAttributeValues: { ':now': now, ':one': 1, ...(idempotent ? { ':id': launchId } : {}) },
          ReturnValues: 'ALL_OLD',
        }),
        { abortSignal },
      ),
    );
    if (!result.written) return replayedLaunch(result.item, now);
    const previous = parseProfile(result.output.Attributes);
    const current: Profile = {
      firstSeenAt: previous?.firstSeenAt ?? now,
      lastVisitAt: now,
      launchCount: (previous?.launchCount ?? 0) + 1,
      restDayGoal: parseRestDayGoal(result.output.Attributes),
    };
    return { previous, current };
  }

  /** One `UpdateItem` that sets the goal and nothing else (creates the profile item if need be). */
  async setRestDayGoal(userId: string, goal: number): Promise<void> {
    await this.table.run('setRestDayGoal', (abortSignal) =>
      this.table.doc.send(
        new UpdateCommand({
          TableName: this.table.name,
          Key: profileKey(userId),
          UpdateExpression: 'SET restDayGoal = :goal',
          ExpressionAttributeValues: { ':goal': goal },
        }),
        { abortSignal },
      ),
    );
  }

  /** Saves (or with `undefined`, clears) the paused routine: one `UpdateItem`. */
  async setPausedRoutine(userId: string, paused: PausedRoutine | undefined): Promise<void> {
    await writePausedRoutine(this.table, userId, paused);
  }
}

/**
 * One `UpdateItem`. Saving on a user with no profile yet creates one with no launches counted;
 * clearing never creates an item (the condition fails quietly).
 */
async function writePausedRoutine(
  table: Table,
  userId: string,
  paused: PausedRoutine | undefined,
): Promise<void> {
  if (paused) {
    await table.run('setPausedRoutine', (abortSignal) =>
      table.doc.send(
        new UpdateCommand({
          TableName: table.name,
          Key: profileKey(userId),
          UpdateExpression:
            'SET pausedRoutine = :paused, firstSeenAt = if_not_exists(firstSeenAt, :at), lastVisitAt = if_not_exists(lastVisitAt, :at), launchCount = if_not_exists(launchCount, :zero)',
          ExpressionAttributeValues: { ':paused': paused, ':at': paused.pausedAt, ':zero': 0 },
        }),
        { abortSignal },
      ),
    );
    return;
  }
  await table.runConditional('clearPausedRoutine', (abortSignal) =>
    table.doc.send(
      new UpdateCommand({
        TableName: table.name,
        Key: profileKey(userId),
        UpdateExpression: 'REMOVE pausedRoutine',
        ConditionExpression: 'attribute_exists(#pk)',
        ExpressionAttributeNames: { '#pk': TABLE_SCHEMA.partitionKey.name },
      }),
      { abortSignal },
    ),
  );
}

/**
 * The launch record of a retried launch whose first attempt landed: `item` is what that attempt
 * wrote (raw attribute values, as a failed condition returns them), or `undefined` if the store
 * did not return it; then the launch counts as a first one, so the disclaimer is not missed.
 */
function replayedLaunch(item: Record<string, AttributeValue> | undefined, now: string): LaunchRecord {
  const written = parseProfile(item && plainAttributes(item));
  if (!written) {
    return { previous: undefined, current: { firstSeenAt: now, lastVisitAt: now, launchCount: 1 } };
  }
  const current: Profile = { ...written, restDayGoal: written.restDayGoal };
  delete current.pausedRoutine;
  const previous = written.launchCount > 1 ? { ...current, launchCount: written.launchCount - 1 } : undefined;
  return { previous, current };
}

/** The string and number attributes of a raw item (all a replayed launch needs). */
function plainAttributes(item: Record<string, AttributeValue>): Record<string, unknown> {
  const plain: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(item)) {
    if (value.S !== undefined) plain[name] = value.S;
    else if (value.N !== undefined) plain[name] = Number(value.N);
  }
  return plain;
}

function parsePaused(raw: unknown): PausedRoutine | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { routineId, length, step, offset, easier, pausedAt } = raw as Record<string, unknown>;
  if (
    typeof routineId !== 'string' ||
    typeof length !== 'string' ||
    typeof step !== 'number' ||
    typeof offset !== 'number' ||
    typeof pausedAt !== 'string'
  ) {
    return undefined;
  }
  const ids = Array.isArray(easier) ? easier.filter((e): e is string => typeof e === 'string') : [];
  return { routineId, length, step, offset, easier: ids, pausedAt };
}

/** The weekly goal stored on a profile item, if it is a sensible whole number. */
export function parseRestDayGoal(item: Record<string, unknown> | undefined): number | undefined {
  const goal = item?.restDayGoal;
  return typeof goal === 'number' && Number.isInteger(goal) && goal > 0 && goal <= 7 ? goal : undefined;
}

function parseProfile(item: Record<string, unknown> | undefined): Profile | undefined {
  // A profile item made only by setRestDayGoal has no launch data yet: treat it as a first launch.
  if (!item) return undefined;
  const { firstSeenAt, lastVisitAt, launchCount } = item;
  if (typeof firstSeenAt !== 'string' || typeof lastVisitAt !== 'string' || typeof launchCount !== 'number') {
    return undefined;
  }
  const pausedRoutine = parsePaused(item.pausedRoutine);
  return {
    firstSeenAt,
    lastVisitAt,
    launchCount,
    restDayGoal: parseRestDayGoal(item),
    ...(pausedRoutine ? { pausedRoutine } : {}),
  };
}
