/**
 * The storage port: what the skill needs from storage, in domain terms. The DynamoDB implementation
 * (`dynamo/`) is the real one; `memory.ts` is a fake for handler unit tests and the console.
 *
 * Every method takes, last, optional {@link CallOptions}: with a `deadline`, no attempt or retry runs
 * past it, and a call with less time left than one attempt needs fails at once. Every method may
 * reject with `StoreUnavailableError`; its `mayHaveWritten` says whether a write may have landed
 * anyway (then say "I can't confirm", never "not saved"). Writes of a user whose data was erased
 * reject with `UserErasedError` (a `StoreUnavailableError` that wrote nothing).
 *
 * Writes take the request's id (`requestEnvelope.request.requestId`) and store it with what they
 * write, so that a retry of a write whose answer was lost recognises its own write and reports it
 * done (`logged`, `removed`, `set`) instead of "already there" or "not found". A rest-day log or
 * removal tells a write done now from one this same request made in an earlier delivery
 * (`logged-earlier`, `removed-earlier`), so that the turn counts what users did once (turn.ts).
 */
import type { Deadline } from '../core/deadline';

/** The options every port method takes last. */
export interface CallOptions {
  /** The turn's deadline (lambda/core/deadline.ts); without it, the store's own budget per call. */
  deadline?: Deadline;
}

/** What the skill remembers about a user between sessions. */
export interface Profile {
  /** ISO-8601 instant of the first launch; absent while the user never launched (one-shots only). */
  firstSeenAt?: string;
  /** ISO-8601 instant of the latest launch; absent while the user never launched. */
  lastVisitAt?: string;
  /** Launches so far: 0 when the profile was made by a one-shot request (a saved routine, a goal). */
  launchCount: number;
  /** A routine the user paused or left part-way, if any (handed to the session at the next launch). */
  pausedRoutine?: PausedRoutine;
  /** Rest days a week the user aims for; `undefined` until they set one. */
  restDayGoal?: number | undefined;
  /** ISO-8601 instant of the user's latest back-pain report, if any (the next sessions ask first). */
  painReportedAt?: string;
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

/** What {@link ProfileStore.setPausedRoutine} did. */
export type PauseWrite = 'saved' | 'saved-earlier' | 'cleared';

/** The profile before and after a launch was recorded. */
export interface LaunchRecord {
  /**
   * `true` when the store held nothing of this user before this launch: their first contact with
   * the skill. `false` for a returning user, including one whose only earlier contact was a one-shot
   * request ("ask run coach to warm me up") that saved a routine or a goal (`launchCount` 0).
   */
  firstContact: boolean;
  /** The profile as it was; `undefined` exactly when {@link LaunchRecord.firstContact}. */
  previous: Profile | undefined;
  current: Profile;
}

/** Profile storage. */
export interface ProfileStore {
  /**
   * Records a launch at `at` in one write and returns the profile as it was before and after. The
   * paused routine, if any, comes back in `previous` and is removed from the profile in that same
   * write: the launch hands it to the session, which saves it again if it is still unfinished. A
   * launch never drops a routine it did not hand back: the write keeps what it took, so a retry
   * whose first attempt landed hands back the same routine.
   *
   * Idempotent per `launchId` (the launching request's `requestId`): a retry of a launch whose
   * answer was lost finds its own id, counts nothing again, and rebuilds the record from the item
   * its first attempt wrote (first contact, launch count and paused routine included). Without
   * `launchId`, every call is a new launch.
   */
  recordLaunch(userId: string, at: Date, launchId?: string, options?: CallOptions): Promise<LaunchRecord>;
  /**
   * Saves (or with `undefined`, clears) the user's paused routine in one write. Saving for a user
   * with no profile makes one with no launch counted (see {@link LaunchRecord.firstContact}).
   * `saved-earlier` when an earlier delivery of this very request (`requestId`) had already saved
   * it and no other profile write came since: nothing new happened, and nothing is counted again.
   */
  setPausedRoutine(
    userId: string,
    paused: PausedRoutine | undefined,
    requestId: string,
    options?: CallOptions,
  ): Promise<PauseWrite>;
  /**
   * Marks a back-pain report at `at` on the profile and forgets the paused routine (a routine
   * stopped for pain is not offered again), in one write with no read; creates a profile with no
   * launch counted if there is none.
   */
  recordPain(userId: string, at: Date, requestId: string, options?: CallOptions): Promise<void>;
  /**
   * Sets the weekly rest-day goal on the profile in one write (no read); `set` once it is stored,
   * `set-earlier` when an earlier delivery of this very request had already set it and no other
   * profile write came since (the profile keeps the last writing request's id only).
   */
  setRestDayGoal(
    userId: string,
    goal: number,
    requestId: string,
    options?: CallOptions,
  ): Promise<'set' | 'set-earlier'>;
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

/** What {@link ActivityStore.logRestDay} did. */
export interface RestDayLog {
  /**
   * `logged` when this call logged the day (a retried attempt of this call included);
   * `logged-earlier` when an earlier delivery of this same request (the same request id) had logged
   * it, so the day is logged and nothing new happened; `already-logged` when another request had.
   */
  outcome: 'logged' | 'logged-earlier' | 'already-logged';
  /**
   * The user had no profile: this log is their first contact (the caller says the disclaimer).
   * The store then marked them as seen (`firstSeenAt`, no launch counted), so it says this once.
   * Also `true` when the store could not tell (an extra disclaimer rather than a missed one).
   */
  firstContact: boolean;
}

/**
 * What {@link ActivityStore.removeRestDay} did: `removed` when this call removed the day (a retried
 * attempt of this call included), `removed-earlier` when an earlier delivery of this same request
 * had removed it (it is gone, nothing new happened), `not-found` when there was none to remove.
 */
export type RestDayRemoval = 'removed' | 'removed-earlier' | 'not-found';

/** Activity storage: rest days and completed routines, one item each, one partition per user. */
export interface ActivityStore {
  /**
   * Logs a rest day in one conditional write; logging the same day twice stores one item and the
   * second call says `already-logged`. The item carries `requestId`, so a retry of this request
   * whose first attempt landed says `logged` (a retried attempt of the same call) or
   * `logged-earlier` (the whole request delivered again), never `already-logged`. A user with no
   * profile yet is marked as seen by one more write that counts no launch (see
   * {@link RestDayLog.firstContact}).
   */
  logRestDay(userId: string, restDay: RestDay, requestId: string, options?: CallOptions): Promise<RestDayLog>;
  /**
   * Removes a rest day in one write: `removed` once it is gone, also for a retried attempt of this
   * call after one that landed and whose answer was lost; `removed-earlier` for the whole request
   * (`requestId`) delivered again after its removal landed; `not-found` when there was none to
   * remove (or another request removed it).
   */
  removeRestDay(
    userId: string,
    date: string,
    requestId: string,
    options?: CallOptions,
  ): Promise<RestDayRemoval>;
  /**
   * Records a completed routine in one write, one record per routine and completion instant:
   * `recorded-earlier` when that record was there already (an earlier delivery of the same
   * request, whose `completedAt` is the request's time, wrote it).
   */
  recordRoutine(
    userId: string,
    routine: CompletedRoutine,
    options?: CallOptions,
  ): Promise<'recorded' | 'recorded-earlier'>;
  /** Everything from `fromDate` to `toDate` inclusive (`YYYY-MM-DD`), in one query, oldest first. */
  history(userId: string, fromDate: string, toDate: string, options?: CallOptions): Promise<ActivityHistory>;
  /**
   * Everything from `fromDate` up to now, plus the weekly goal from the profile, in ONE query: the
   * profile's sort key sorts after every day's (see `recentRange` in keys.ts). Rest days are never
   * logged in the future, so "up to now" is up to the last item there is.
   */
  recent(userId: string, fromDate: string, options?: CallOptions): Promise<RecentActivity>;
  /**
   * Erases the user (the skill was disabled with NOT_PERSISTED): every item of theirs is deleted and
   * nothing of them can be written again, even by requests still in flight. Resolves the number of
   * items deleted; rejects with `StoreUnavailableError` if anything may remain.
   */
  deleteUser(userId: string, options?: CallOptions): Promise<number>;
}
