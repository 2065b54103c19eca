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

/**
 * Activity items sort by local date, so one `Query` with `sk BETWEEN` two {@link dayBound}s returns a
 * date range's rest days and routines together.
 */
export function restDayKey(userId: string, date: string): ItemKey {
  return { pk: userPartition(userId), sk: `DAY#${date}#REST` };
}

/** The key of a completed routine: several per day are kept apart by their completion instant. */
export function routineKey(userId: string, date: string, completedAt: string): ItemKey {
  return { pk: userPartition(userId), sk: `DAY#${date}#ROUTINE#${completedAt}` };
}

/** Sort-key bounds of a date range (inclusive): `between(dayBound(from, 'start'), dayBound(to, 'end'))`. */
export function dayBound(date: string, side: 'start' | 'end'): string {
  return side === 'start' ? `DAY#${date}#` : `DAY#${date}#~`;
}
