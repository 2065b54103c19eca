/**
 * Stores for tests and harnesses: one that counts the calls made to it (each turn has a storage
 * budget), and one that is always unavailable, as DynamoDB is after its retries (nothing written).
 */
import { createMemoryStore } from '../lambda/store/memory';
import { StoreUnavailableError } from '../lambda/store/errors';
import type { CallOptions, Store } from '../lambda/store/port';

/** `store` (a fresh in-memory one by default), recording each call as `profiles.x` / `activity.y`. */
export function countingStore(store: Store = createMemoryStore()): Store & { calls: string[] } {
  const calls: string[] = [];
  const wrap = <T extends object>(target: T, prefix: string): T =>
    new Proxy(target, {
      get(object, property, receiver) {
        const value: unknown = Reflect.get(object, property, receiver);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          calls.push(`${prefix}.${String(property)}`);
          return (value as (...a: unknown[]) => unknown).apply(object, args);
        };
      },
    });
  return { profiles: wrap(store.profiles, 'profiles'), activity: wrap(store.activity, 'activity'), calls };
}

/** A store whose every call rejects as DynamoDB would after its retries: nothing written. */
export function unavailableStore(): Store {
  const fail = (operation: string) => () => Promise.reject(new StoreUnavailableError(operation));
  return {
    profiles: {
      recordLaunch: fail('recordLaunch'),
      setRestDayGoal: fail('setRestDayGoal'),
      setPausedRoutine: fail('setPausedRoutine'),
      recordPain: fail('recordPain'),
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

/** One call a {@link spyingStore} received: its operation and the time its deadline left. */
export interface SpiedCall {
  operation: string;
  /** `deadline.remainingMs()` when the call was made; `undefined` when it came without a deadline. */
  remainingMs: number | undefined;
}

/** How a {@link spyingStore} fails an operation: as a store that wrote nothing, or may have. */
export type SpiedFailure = 'unavailable' | 'unconfirmed';

/**
 * `store` (a fresh in-memory one by default), recording every call with the deadline it came with,
 * and failing the operations named in `failures` (each time) as DynamoDB would after its retries.
 */
export function spyingStore(
  failures: Partial<Record<string, SpiedFailure>> = {},
  store: Store = createMemoryStore(),
): Store & { calls: SpiedCall[] } {
  const calls: SpiedCall[] = [];
  const wrap = <T extends object>(target: T): T =>
    new Proxy(target, {
      get(object, property, receiver) {
        const value: unknown = Reflect.get(object, property, receiver);
        if (typeof value !== 'function') return value;
        const operation = String(property);
        return (...args: unknown[]) => {
          const last: unknown = args.at(-1);
          const deadline =
            typeof last === 'object' && last !== null ? (last as CallOptions).deadline : undefined;
          calls.push({ operation, remainingMs: deadline?.remainingMs() });
          const failure = failures[operation];
          if (failure)
            return Promise.reject(
              new StoreUnavailableError(operation, { mayHaveWritten: failure === 'unconfirmed' }),
            );
          return (value as (...a: unknown[]) => unknown).apply(object, args);
        };
      },
    });
  return { profiles: wrap(store.profiles), activity: wrap(store.activity), calls };
}

/** The port's writes: a hung one may have landed, a hung read wrote nothing. */
const WRITES = new Set([
  'recordLaunch',
  'setPausedRoutine',
  'recordPain',
  'setRestDayGoal',
  'logRestDay',
  'removeRestDay',
  'recordRoutine',
  'deleteUser',
]);

/**
 * The worst store there is: every call hangs for ALL the time its deadline leaves, then rejects as
 * DynamoDB's would after its retries (a write may have landed: `mayHaveWritten`). A call without a
 * deadline never settles. Its waits are timers, so jest's fake timers can run a hung turn in no
 * time. `calls` lists the operations, in order.
 */
export function hungStore(): Store & { calls: string[] } {
  const calls: string[] = [];
  const hang =
    (operation: string) =>
    (...args: unknown[]) => {
      calls.push(operation);
      const last: unknown = args.at(-1);
      const deadline = typeof last === 'object' && last !== null ? (last as CallOptions).deadline : undefined;
      return new Promise<never>((_resolve, reject) => {
        if (!deadline) return;
        setTimeout(() => {
          reject(new StoreUnavailableError(operation, { mayHaveWritten: WRITES.has(operation) }));
        }, deadline.remainingMs());
      });
    };
  const { profiles, activity } = createMemoryStore();
  const hung = <T extends object>(target: T): T =>
    Object.fromEntries(Object.keys(target).map((name) => [name, hang(name)])) as T;
  return { profiles: hung(profiles), activity: hung(activity), calls };
}
