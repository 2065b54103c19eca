/**
 * The storage port: what the skill needs from storage, in domain terms. The DynamoDB implementation
 * (`dynamo.ts`) is the real one; `memory.ts` is a fake for handler unit tests. Every method may reject
 * with `StoreUnavailableError`, meaning nothing was written.
 */

/** What the skill remembers about a user between sessions. */
export interface Profile {
  /** ISO-8601 instant of the first launch. */
  firstSeenAt: string;
  /** ISO-8601 instant of the latest launch. */
  lastVisitAt: string;
  launchCount: number;
  /** A routine the user paused or left part-way, if any (handed to the session at the next launch). */
  pausedRoutine?: PausedRoutine;
  /** Rest days a week the user aims for; `undefined` until they set one. */
  restDayGoal?: number | undefined;
}

/** Where a user left a routine: enough to pick it up again at the same step. */
export interface PausedRoutine {
  /** The catalog's routine id, e.g. `warmup.yoga`. */
  routineId: string;
  /** `quick` or `full`. */
  length: string;
  /** Step index. */
  step: number;
  /** Seconds of that step already done. */
  offset: number;
  /** Ids of steps switched to their easier version. */
  easier: string[];
  /** ISO-8601 instant it was saved. */
  pausedAt: string;
}

/** The profile before and after a launch was recorded. */
export interface LaunchRecord {
  /** `undefined` on the user's first launch. */
  previous: Profile | undefined;
  current: Profile;
}

/** Profile storage. */
export interface ProfileStore {
  /**
   * Records a launch at `at` in one write and returns the profile as it was before and after. The
   * paused routine, if any, comes back in `previous` and is removed from the profile in that same
   * write: the launch hands it to the session, which saves it again if it is still unfinished.
   *
   * Idempotent per `launchId` (the launching request's `requestId`), which the same write stores on
   * the profile as `lastLaunchId`: when a write lands but its answer is lost and the SDK retries it,
   * the retry finds its own id, counts nothing again, and reconstructs `previous` from the item its
   * first attempt wrote (`undefined`, i.e. a first launch, iff that item's launch count is 1; no
   * paused routine, which the first attempt removed). If the store cannot show that item (dynalite
   * returns no item with a failed condition), `previous` is `undefined`: the user hears the
   * disclaimer once more rather than miss it. Without `launchId`, every call is a new launch.
   */
  recordLaunch(userId: string, at: Date, launchId?: string): Promise<LaunchRecord>;
  /** Saves (or with `undefined`, clears) the user's paused routine in one write. */
  setPausedRoutine(userId: string, paused: PausedRoutine | undefined): Promise<void>;
  /** Sets the weekly rest-day goal on the profile in one write (no read). */
  setRestDayGoal(userId: string, goal: number): Promise<void>;
}

/** The whole port, one repository per kind of data. */
export interface Store {
  profiles: ProfileStore;
  activity: ActivityStore;
}

/** Which kind of routine was completed. */
export type RoutineKind = 'warmup' | 'cooldown';

/** A routine the user finished, on their local date. */
export interface CompletedRoutine {
  /** The user's local date, `YYYY-MM-DD`. */
  date: string;
  kind: RoutineKind;
  routineId: string;
  /** ISO-8601 instant it was completed. */
  completedAt: string;
}

/** A logged rest day. */
export interface RestDay {
  /** The user's local date, `YYYY-MM-DD`. */
  date: string;
  /** ISO-8601 instant it was logged. */
  loggedAt: string;
}

/** Rest days and routines of a date range, from one query. */
export interface ActivityHistory {
  restDays: RestDay[];
  routines: CompletedRoutine[];
}

/** Recent activity and the weekly goal, from one query (see {@link ActivityStore.recent}). */
export interface RecentActivity extends ActivityHistory {
  /** The goal stored on the profile; `undefined` when the user never set one. */
  restDayGoal: number | undefined;
}

/** Activity storage: rest days and completed routines, one item each, one partition per user. */
export interface ActivityStore {
  /**
   * Logs a rest day in one conditional write; logging the same day twice stores one item and the
   * second call says `already-logged`. A retry of the same write (same `loggedAt`) whose first
   * attempt landed says `logged` where the store returns the item with the failed condition
   * (DynamoDB), else `already-logged`: both true, the day is logged once.
   */
  logRestDay(userId: string, restDay: RestDay): Promise<'logged' | 'already-logged'>;
  /** Removes a rest day in one conditional delete. */
  removeRestDay(userId: string, date: string): Promise<'removed' | 'not-found'>;
  /** Records a completed routine in one write. */
  recordRoutine(userId: string, routine: CompletedRoutine): Promise<void>;
  /** Everything from `fromDate` to `toDate` inclusive (`YYYY-MM-DD`), in one query, oldest first. */
  history(userId: string, fromDate: string, toDate: string): Promise<ActivityHistory>;
  /**
   * Everything from `fromDate` up to now, plus the weekly goal from the profile, in ONE query: the
   * profile's sort key sorts after every day's (see `recentRange` in keys.ts). Rest days are never
   * logged in the future, so "up to now" is up to the last item there is.
   */
  recent(userId: string, fromDate: string): Promise<RecentActivity>;
  /** Deletes every item of the user (profile included); resolves the number deleted. */
  deleteUser(userId: string): Promise<number>;
}
