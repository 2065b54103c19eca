/** Shared helpers for the rest-day handler tests. */
import type { ActivityStore, Store } from '../../../lambda/store/port';
import { StoreUnavailableError } from '../../../lambda/store/errors';
import { createMemoryStore } from '../../../lambda/store/memory';
import { TEST_USER_ID } from '../../helpers/envelopes';

/** A memory store whose activity calls are counted, to check each turn's store budget. */
export function countingStore(): { store: Store; calls: Record<string, number> } {
  const inner = createMemoryStore();
  const calls: Record<string, number> = {};
  const count = <K extends keyof ActivityStore>(name: K): ActivityStore[K] =>
    ((...args: unknown[]) => {
      calls[name] = (calls[name] ?? 0) + 1;
      return (inner.activity[name] as (...a: unknown[]) => unknown)(...args);
    }) as ActivityStore[K];
  const activity: ActivityStore = {
    logRestDay: count('logRestDay'),
    removeRestDay: count('removeRestDay'),
    recordRoutine: count('recordRoutine'),
    history: count('history'),
    recent: count('recent'),
    deleteUser: count('deleteUser'),
  };
  return { store: { profiles: inner.profiles, activity }, calls };
}

/** A store whose every call rejects as DynamoDB would after its retries: nothing written. */
export function unavailableStore(): Store {
  const fail = (operation: string) => () => Promise.reject(new StoreUnavailableError(operation));
  return {
    profiles: {
      recordLaunch: fail('recordLaunch'),
      setRestDayGoal: fail('setRestDayGoal'),
      setPausedRoutine: fail('setPausedRoutine'),
    },
    activity: {
      logRestDay: fail('logRestDay'),
      removeRestDay: fail('removeRestDay'),
      recordRoutine: fail('recordRoutine'),
      history: fail('history'),
      recent: fail('recent'),
      deleteUser: fail('deleteUser'),
    },
  };
}

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
