import type {
  ActivityStore,
  CompletedRoutine,
  LaunchRecord,
  Profile,
  ProfileStore,
  RestDay,
  Store,
} from './port';

/**
 * An in-memory store for handler unit tests and the console's `--memory` mode. It is not the proof
 * that storage works: the DynamoDB implementation is tested against DynamoDB Local and dynalite.
 */
export function createMemoryStore(): Store {
  const profiles = new Map<string, Profile>();
  const launchIds = new Map<string, string>();
  const goals = new Map<string, number>();
  const restDays = new Map<string, Map<string, RestDay>>();
  const routines = new Map<string, CompletedRoutine[]>();

  const profileStore: ProfileStore = {
    recordLaunch(userId: string, at: Date, launchId?: string): Promise<LaunchRecord> {
      const stored = profiles.get(userId);
      if (stored && launchId !== undefined && launchIds.get(userId) === launchId) {
        // This launch's own write, seen again (as by an SDK retry): nothing is counted twice.
        const { pausedRoutine: _handedOver, ...current } = stored;
        const previous =
          current.launchCount > 1 ? { ...current, launchCount: current.launchCount - 1 } : undefined;
        return Promise.resolve({ previous, current: structuredClone(current) });
      }
      if (launchId !== undefined) launchIds.set(userId, launchId);
      const previous = stored;
      const now = at.toISOString();
      const current: Profile = {
        firstSeenAt: previous?.firstSeenAt ?? now,
        lastVisitAt: now,
        launchCount: (previous?.launchCount ?? 0) + 1,
        restDayGoal: goals.get(userId),
      };
      profiles.set(userId, current);
      return Promise.resolve({ previous: previous && structuredClone(previous), current });
    },
    setPausedRoutine(userId, paused) {
      const profile = profiles.get(userId);
      const { pausedRoutine: _old, ...rest } = profile ?? {
        firstSeenAt: paused?.pausedAt ?? '',
        lastVisitAt: paused?.pausedAt ?? '',
        launchCount: 0,
      };
      if (!profile && !paused) return Promise.resolve();
      profiles.set(userId, paused ? { ...rest, pausedRoutine: structuredClone(paused) } : rest);
      return Promise.resolve();
    },
    setRestDayGoal(userId, goal) {
      goals.set(userId, goal);
      const profile = profiles.get(userId);
      if (profile) profiles.set(userId, { ...profile, restDayGoal: goal });
      return Promise.resolve();
    },
  };

  const activity: ActivityStore = {
    logRestDay(userId, restDay) {
      const days = restDays.get(userId) ?? new Map<string, RestDay>();
      restDays.set(userId, days);
      if (days.has(restDay.date)) return Promise.resolve('already-logged');
      days.set(restDay.date, { ...restDay });
      return Promise.resolve('logged');
    },
    removeRestDay(userId, date) {
      return Promise.resolve(restDays.get(userId)?.delete(date) ? 'removed' : 'not-found');
    },
    recordRoutine(userId, routine) {
      routines.set(userId, [...(routines.get(userId) ?? []), { ...routine }]);
      return Promise.resolve();
    },
    async recent(userId, fromDate) {
      const history = await activity.history(userId, fromDate, '9999-12-31');
      return { ...history, restDayGoal: goals.get(userId) };
    },
    history(userId, fromDate, toDate) {
      const inRange = (date: string) => date >= fromDate && date <= toDate;
      return Promise.resolve({
        restDays: [...(restDays.get(userId)?.values() ?? [])]
          .filter((d) => inRange(d.date))
          .sort((a, b) => a.date.localeCompare(b.date)),
        routines: (routines.get(userId) ?? [])
          .filter((r) => inRange(r.date))
          .sort((a, b) => `${a.date}${a.completedAt}`.localeCompare(`${b.date}${b.completedAt}`)),
      });
    },
    deleteUser(userId) {
      const count =
        (profiles.has(userId) || goals.has(userId) ? 1 : 0) +
        (restDays.get(userId)?.size ?? 0) +
        (routines.get(userId)?.length ?? 0);
      profiles.delete(userId);
      launchIds.delete(userId);
      goals.delete(userId);
      restDays.delete(userId);
      routines.delete(userId);
      return Promise.resolve(count);
    },
  };

  return { profiles: profileStore, activity };
}
