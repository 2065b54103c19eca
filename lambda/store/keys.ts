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

/** The sort key of the profile item. */
export const PROFILE_SORT_KEY = 'PROFILE';

/** The key of a user's profile item. */
export function profileKey(userId: string): ItemKey {
  return { pk: userPartition(userId), sk: PROFILE_SORT_KEY };
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

/**
 * Sort-key bounds from a date's first activity item up to and including the profile item. `DAY#…`
 * sorts before `PROFILE` (`D` < `P`), so `sk BETWEEN from AND to` returns the activity since `date`
 * and the profile (with the weekly goal) in one `Query`.
 */
export function recentRange(date: string): { from: string; to: string } {
  return { from: dayBound(date, 'start'), to: PROFILE_SORT_KEY };
}
