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
   * removes the paused routine, which comes back in `previous`.
   */
  async recordLaunch(userId: string, at: Date): Promise<LaunchRecord> {
    const now = at.toISOString();
    const output = await this.table.run('recordLaunch', (abortSignal) =>
      this.table.doc.send(
        new UpdateCommand({
          TableName: this.table.name,
          Key: profileKey(userId),
          UpdateExpression:
            'SET firstSeenAt = if_not_exists(firstSeenAt, :now), lastVisitAt = :now ADD launchCount :one REMOVE pausedRoutine',
          ExpressionAttributeValues: { ':now': now, ':one': 1 },
          ReturnValues: 'ALL_OLD',
        }),
        { abortSignal },
      ),
    );
    const previous = parseProfile(output.Attributes);
    const current: Profile = {
      firstSeenAt: previous?.firstSeenAt ?? now,
      lastVisitAt: now,
      launchCount: (previous?.launchCount ?? 0) + 1,
    };
    return { previous, current };
  }

  /**
   * One `UpdateItem`. Saving on a user with no profile yet creates one with no launches counted;
   * clearing never creates an item (the condition fails quietly).
   */
  async setPausedRoutine(userId: string, paused: PausedRoutine | undefined): Promise<void> {
    if (paused) {
      await this.table.run('setPausedRoutine', (abortSignal) =>
        this.table.doc.send(
          new UpdateCommand({
            TableName: this.table.name,
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
    await this.table.runConditional('clearPausedRoutine', (abortSignal) =>
      this.table.doc.send(
        new UpdateCommand({
          TableName: this.table.name,
          Key: profileKey(userId),
          UpdateExpression: 'REMOVE pausedRoutine',
          ConditionExpression: 'attribute_exists(#pk)',
          ExpressionAttributeNames: { '#pk': TABLE_SCHEMA.partitionKey.name },
        }),
        { abortSignal },
      ),
    );
  }
}

function parseProfile(item: Record<string, unknown> | undefined): Profile | undefined {
  if (!item) return undefined;
  const { firstSeenAt, lastVisitAt, launchCount } = item;
  if (typeof firstSeenAt !== 'string' || typeof lastVisitAt !== 'string' || typeof launchCount !== 'number') {
    return undefined;
  }
  const pausedRoutine = parsePaused(item.pausedRoutine);
  return { firstSeenAt, lastVisitAt, launchCount, ...(pausedRoutine ? { pausedRoutine } : {}) };
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
