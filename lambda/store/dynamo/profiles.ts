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
    };
    return { previous, current };
  }
}

function parseProfile(item: Record<string, unknown> | undefined): Profile | undefined {
  if (!item) return undefined;
  const { firstSeenAt, lastVisitAt, launchCount } = item;
  if (typeof firstSeenAt !== 'string' || typeof lastVisitAt !== 'string' || typeof launchCount !== 'number') {
    return undefined;
  }
  return { firstSeenAt, lastVisitAt, launchCount };
}
