import { UserErasedError } from './errors';
import type {
  ActivityStore,
  CompletedRoutine,
  RestDayLog,
  RestDayRemoval,
  LaunchRecord,
  PausedRoutine,
  PauseWrite,
  Profile,
  ProfileStore,
  RestDay,
  Store,
} from './port';

/** A profile as kept here: the port's view and the request ids the DynamoDB item carries too. */
interface StoredProfile extends Profile {
  createdBy: string;
  lastLaunchId?: string | undefined;
  /** The request of the last goal, pause or pain write (DynamoDB's `lastWriteId`). */
  lastWriteId?: string | undefined;
  handedOver?: PausedRoutine | undefined;
}

/** A rest day as kept here: the day, who logged it and, once removed, who removed it. */
interface StoredDay extends RestDay {
  loggedBy: string;
  removedBy?: string;
}

/** The port's view of a stored profile. */
function publicProfile(stored: StoredProfile): Profile {
  const {
    createdBy: _c,
    lastLaunchId: _l,
    lastWriteId: _w,
    handedOver: _h,
    ...profile
  } = structuredClone(stored);
  return profile;
}

/**
 * An in-memory store for handler unit tests and the console's `--memory` mode, with the same
 * answers as the DynamoDB store (first contact, request ids, erasure), but no failures and no
 * deadlines. It is not the proof that storage works: the DynamoDB implementation is tested against
 * DynamoDB Local and dynalite.
 */
export function createMemoryStore(): Store {
  const profiles = new Map<string, StoredProfile>();
  // A removed day stays as a marker of the request that removed it, as in DynamoDB (until its TTL).
  const restDays = new Map<string, Map<string, StoredDay>>();
  const routines = new Map<string, CompletedRoutine[]>();
  const erased = new Set<string>();

  const refuseErased = (userId: string, operation: string) => {
    if (erased.has(userId)) throw new UserErasedError(operation);
  };
  const writeProfile = (userId: string, requestId: string, change: Partial<StoredProfile>) => {
    const stored = profiles.get(userId);
    profiles.set(userId, {
      ...(stored ?? { launchCount: 0, createdBy: requestId }),
      ...change,
      lastWriteId: requestId,
    });
    return stored;
  };

  const profileStore: ProfileStore = {
    recordLaunch(userId, at, launchId) {
      return Promise.resolve().then((): LaunchRecord => {
        refuseErased(userId, 'recordLaunch');
        const stored = profiles.get(userId);
        if (stored && launchId !== undefined && stored.lastLaunchId === launchId) {
          // This launch's own write, seen again (as by a retry): nothing is counted twice.
          const current = publicProfile(stored);
          if (stored.createdBy === launchId) return { firstContact: true, previous: undefined, current };
          const { lastVisitAt: _unknown, ...before } = current;
          const previous: Profile = { ...before, launchCount: current.launchCount - 1 };
          if (stored.handedOver) previous.pausedRoutine = structuredClone(stored.handedOver);
          return { firstContact: false, previous, current };
        }
        const now = at.toISOString();
        const next: StoredProfile = {
          firstSeenAt: stored?.firstSeenAt ?? now,
          lastVisitAt: now,
          launchCount: (stored?.launchCount ?? 0) + 1,
          restDayGoal: stored?.restDayGoal,
          ...(stored?.painReportedAt ? { painReportedAt: stored.painReportedAt } : {}),
          createdBy: stored?.createdBy ?? launchId ?? `launch ${now}`,
          lastLaunchId: launchId,
          handedOver: stored?.pausedRoutine,
        };
        profiles.set(userId, next);
        return {
          firstContact: stored === undefined,
          previous: stored && publicProfile(stored),
          current: publicProfile(next),
        };
      });
    },
    setPausedRoutine(userId, paused, requestId) {
      return Promise.resolve().then((): PauseWrite => {
        if (!paused) {
          const stored = profiles.get(userId);
          if (stored) {
            const { pausedRoutine: _cleared, ...rest } = stored;
            profiles.set(userId, { ...rest, lastWriteId: requestId });
          }
          return 'cleared';
        }
        refuseErased(userId, 'setPausedRoutine');
        const before = writeProfile(userId, requestId, { pausedRoutine: structuredClone(paused) });
        return before?.lastWriteId === requestId ? 'saved-earlier' : 'saved';
      });
    },
    recordPain(userId, at, requestId) {
      return Promise.resolve().then(() => {
        refuseErased(userId, 'recordPain');
        const { pausedRoutine: _cleared, ...rest } = profiles.get(userId) ?? {
          launchCount: 0,
          createdBy: requestId,
        };
        profiles.set(userId, { ...rest, painReportedAt: at.toISOString(), lastWriteId: requestId });
      });
    },
    setRestDayGoal(userId, goal, requestId) {
      return Promise.resolve().then(() => {
        refuseErased(userId, 'setRestDayGoal');
        const before = writeProfile(userId, requestId, { restDayGoal: goal });
        return before?.lastWriteId === requestId ? 'set-earlier' : 'set';
      });
    },
  };

  const activity: ActivityStore = {
    logRestDay(userId, restDay, requestId) {
      return Promise.resolve().then((): RestDayLog => {
        refuseErased(userId, 'logRestDay');
        const days = restDays.get(userId) ?? new Map<string, StoredDay>();
        restDays.set(userId, days);
        const logged = days.get(restDay.date);
        if (logged && logged.removedBy === undefined)
          return {
            outcome: logged.loggedBy === requestId ? 'logged-earlier' : 'already-logged',
            firstContact: false,
          };
        days.set(restDay.date, { date: restDay.date, loggedAt: restDay.loggedAt, loggedBy: requestId });
        const firstContact = !profiles.has(userId);
        if (firstContact)
          profiles.set(userId, { firstSeenAt: restDay.loggedAt, launchCount: 0, createdBy: requestId });
        return { outcome: 'logged', firstContact };
      });
    },
    removeRestDay(userId, date, requestId) {
      return Promise.resolve().then((): RestDayRemoval => {
        const day = restDays.get(userId)?.get(date);
        if (day?.removedBy === requestId) return 'removed-earlier';
        if (!day || day.removedBy !== undefined) return 'not-found';
        day.removedBy = requestId;
        return 'removed';
      });
    },
    recordRoutine(userId, routine) {
      return Promise.resolve().then(() => {
        refuseErased(userId, 'recordRoutine');
        // One record per day and completion instant, as DynamoDB's key (routineKey) makes it.
        const same = (r: CompletedRoutine) =>
          r.date === routine.date && r.completedAt === routine.completedAt;
        const stored = routines.get(userId) ?? [];
        routines.set(userId, [...stored.filter((r) => !same(r)), { ...routine }]);
        return stored.some(same) ? 'recorded-earlier' : 'recorded';
      });
    },
    async recent(userId, fromDate) {
      const history = await activity.history(userId, fromDate, '9999-12-31');
      return { ...history, restDayGoal: profiles.get(userId)?.restDayGoal };
    },
    history(userId, fromDate, toDate) {
      const inRange = (date: string) => date >= fromDate && date <= toDate;
      return Promise.resolve({
        restDays: [...(restDays.get(userId)?.values() ?? [])]
          .filter((d) => d.removedBy === undefined && inRange(d.date))
          .map(({ date, loggedAt }) => ({ date, loggedAt }))
          .sort((a, b) => a.date.localeCompare(b.date)),
        routines: (routines.get(userId) ?? [])
          .filter((r) => inRange(r.date))
          .sort((a, b) => `${a.date}${a.completedAt}`.localeCompare(`${b.date}${b.completedAt}`)),
      });
    },
    deleteUser(userId) {
      const count =
        (profiles.has(userId) ? 1 : 0) +
        (restDays.get(userId)?.size ?? 0) +
        (routines.get(userId)?.length ?? 0);
      profiles.delete(userId);
      restDays.delete(userId);
      routines.delete(userId);
      erased.add(userId);
      return Promise.resolve(count);
    },
  };

  return { profiles: profileStore, activity };
}
