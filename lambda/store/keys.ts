import { TABLE_SCHEMA } from './schema';

/**
 * Pure functions from domain identities to item keys. A user's items share one partition, so a
 * user's whole history (or one kind of item, by sort-key prefix) is a single `Query`.
 */
export type ItemKey = Record<
  (typeof TABLE_SCHEMA)['partitionKey']['name'] | (typeof TABLE_SCHEMA)['sortKey']['name'],
  string
>;

/** The partition key of all of one user's items. */
export function userPartition(userId: string): string {
  return `USER#${userId}`;
}

/** The key of a user's profile item. */
export function profileKey(userId: string): ItemKey {
  return { pk: userPartition(userId), sk: 'PROFILE' };
}
