import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { profileKey } from '../keys';
import type { LaunchRecord, Profile, ProfileStore } from '../port';
import type { Table } from './table';

/** Profiles in DynamoDB: one item per user, updated in place on each launch. */
export class DynamoProfileStore implements ProfileStore {
  constructor(private readonly table: Table) {}

  /** One `UpdateItem` that returns the old item: a launch costs one write and no read. */
  async recordLaunch(userId: string, at: Date): Promise<LaunchRecord> {
    const now = at.toISOString();
    const output = await this.table.run('recordLaunch', (abortSignal) =>
      this.table.doc.send(
        new UpdateCommand({
          TableName: this.table.name,
          Key: profileKey(userId),
          UpdateExpression:
            'SET firstSeenAt = if_not_exists(firstSeenAt, :now), lastVisitAt = :now ADD launchCount :one',
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
      restDayGoal: parseRestDayGoal(output.Attributes),
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
  return { firstSeenAt, lastVisitAt, launchCount, restDayGoal: parseRestDayGoal(item) };
}
