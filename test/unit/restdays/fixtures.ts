/** Shared helpers for the rest-day handler tests: the test user's rest days and runs, seeded and read. */
import type { Store } from '../../../lambda/store/port';
import { TEST_USER_ID } from '../../../harness/envelopes';

/** The rest days stored for the test user, oldest first. */
export async function storedRestDays(store: Store, userId = TEST_USER_ID): Promise<string[]> {
  const { restDays } = await store.activity.history(userId, '2000-01-01', '2100-01-01');
  return restDays.map((r) => r.date);
}

/** Logs rest days for the test user directly in the store. */
export async function seedRestDays(store: Store, ...dates: string[]): Promise<void> {
  for (const date of dates)
    await store.activity.logRestDay(
      TEST_USER_ID,
      { date, loggedAt: `${date}T12:00:00.000Z` },
      `seed-${date}`,
    );
}

/** Records a completed warm-up on each date for the test user. */
export async function seedRuns(store: Store, ...dates: string[]): Promise<void> {
  for (const date of dates) {
    await store.activity.recordRoutine(TEST_USER_ID, {
      date,
      kind: 'warmup',
      routineId: 'quick',
      completedAt: `${date}T12:00:00.000Z`,
    });
  }
}
