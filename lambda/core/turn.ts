/**
 * A turn: one invocation of the skill, from the Lambda's call to its answer. createSkill starts one
 * per invocation ({@link runTurn}) and hands its handlers {@link turnBound} dependencies, whose
 * store and time-zone lookup read the running turn (Node.js `AsyncLocalStorage`, so concurrent
 * invocations of one skill, as in the load test, each see their own):
 *
 * - one deadline for the whole turn ({@link Deadline.forTurn}: the Lambda's remaining time minus
 *   its margin, or the answer budget when the context has no remaining time), passed to EVERY store
 *   call and to the Settings API, so the calls of a turn together (the handler's, then the answer
 *   interceptor's) never run past it;
 * - no write after a failed one: once a write of the turn failed, a later write is refused at once
 *   ({@link WriteSkippedError}, nothing sent, nothing written), so a turn never spends its last
 *   seconds on a second hung call;
 * - what users did, counted once the store confirmed it (`RestDayLogged`, `RestDayRemoved`,
 *   `RestDayGoalSet`, `RoutineCompleted`, `RoutinePaused`), whichever handler made the call, and
 *   only when this write did it (`logged`, `removed`, `set`, `recorded`, `saved`), not when an
 *   earlier delivery of the same request had (`logged-earlier`, `removed-earlier`, …);
 * - a logger that keeps the request's secrets out of every line ({@link noteRequest}, ./redact.ts):
 *   ids, tokens and what the user said, whatever a handler passes it.
 *
 * Handlers keep calling `deps.store` and `deps.timeZones` as before; outside a turn (a handler
 * called directly by a unit test) the bound dependencies pass calls through unchanged.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { StoreUnavailableError } from '../store/errors';
import type { ActivityStore, CallOptions, ProfileStore, Store } from '../store/port';
import { Deadline } from './deadline';
import type { Clock, SkillDeps, TimeZoneLookup } from './deps';
import type { MetricName, SkillMetrics, StoreOperation } from './metrics';
import { redactingLogger, secretsOf } from './redact';

/** The running turn. */
export interface Turn {
  /** When the turn's calls must be done by. */
  readonly deadline: Deadline;
  /** The first write of this turn that failed, if one did: no later write is attempted. */
  failedWrite?: StoreOperation;
  /** What the turn's request must not put in a log line ({@link noteRequest}). */
  secrets?: readonly string[];
}

const turns = new AsyncLocalStorage<Turn>();

/** A new turn of an invocation with Lambda `context` (or none: console, tests, other hosts). */
export function startTurn(clock: Clock, context: unknown): Turn {
  return { deadline: Deadline.forTurn(clock, context) };
}

/** Runs `body` as `turn`: every store and Settings API call it makes belongs to that turn. */
export function runTurn<T>(turn: Turn, body: () => Promise<T>): Promise<T> {
  return turns.run(turn, body);
}

/** The running turn, if any. */
export function currentTurn(): Turn | undefined {
  return turns.getStore();
}

/**
 * Tells the running turn which request it answers, so its logger redacts that request's ids, tokens
 * and slot values ({@link secretsOf}). Called as the turn begins (`beginTurn`, ./render.ts).
 */
export function noteRequest(envelope: unknown): void {
  const turn = currentTurn();
  if (turn) turn.secrets = secretsOf(envelope);
}

/**
 * A write refused because an earlier write of the same turn failed. Nothing was sent, so nothing
 * was written: the handler answers it as it answers an unavailable store.
 */
export class WriteSkippedError extends StoreUnavailableError {
  override readonly name = 'WriteSkippedError';
  constructor(operation: StoreOperation, after: StoreOperation) {
    super(operation, { mayHaveWritten: false });
    this.message = `${operation} was not attempted: ${after} failed earlier in this turn`;
  }
}

/** The call's options with the turn's deadline (or the caller's, when that comes first). */
function withTurnDeadline(turn: Turn | undefined, options: CallOptions | undefined): CallOptions | undefined {
  return turn ? { ...options, deadline: turn.deadline.earliest(options?.deadline) } : options;
}

type Call<T> = (options: CallOptions | undefined) => Promise<T>;

/** A read of the turn: within its deadline. */
function read<T>(options: CallOptions | undefined, call: Call<T>): Promise<T> {
  return call(withTurnDeadline(currentTurn(), options));
}

/**
 * A write of the turn: within its deadline, refused when an earlier write failed, remembered as
 * failed when it fails, and counted as `done` when the store confirms it.
 */
async function write<T>(
  operation: StoreOperation,
  options: CallOptions | undefined,
  call: Call<T>,
  done?: (result: T) => void,
): Promise<T> {
  const turn = currentTurn();
  if (turn?.failedWrite) throw new WriteSkippedError(operation, turn.failedWrite);
  try {
    const result = await call(withTurnDeadline(turn, options));
    done?.(result);
    return result;
  } catch (error) {
    if (turn && error instanceof StoreUnavailableError) turn.failedWrite ??= operation;
    throw error;
  }
}

/** `store` bound to the running turn, counting confirmed user actions on `metrics`. */
export function turnBoundStore(store: Store, metrics: SkillMetrics): Store {
  /** Counts `name` when the write answered `done` (not when an earlier delivery had done it). */
  const countWhen =
    <R extends string>(name: MetricName, done: NoInfer<R>) =>
    (result: R) => {
      if (result === done) metrics.count(name);
    };
  const { profiles: p, activity: a } = store;
  const profiles: ProfileStore = {
    recordLaunch: (userId, at, launchId, options) =>
      write('recordLaunch', options, (o) => p.recordLaunch(userId, at, launchId, o)),
    setPausedRoutine: (userId, paused, requestId, options) =>
      write(
        'setPausedRoutine',
        options,
        (o) => p.setPausedRoutine(userId, paused, requestId, o),
        countWhen('RoutinePaused', 'saved'),
      ),
    recordPain: (userId, at, requestId, options) =>
      write('recordPain', options, (o) => p.recordPain(userId, at, requestId, o)),
    setRestDayGoal: (userId, goal, requestId, options) =>
      write(
        'setRestDayGoal',
        options,
        (o) => p.setRestDayGoal(userId, goal, requestId, o),
        countWhen('RestDayGoalSet', 'set'),
      ),
  };
  const activity: ActivityStore = {
    logRestDay: (userId, restDay, requestId, options) =>
      write(
        'logRestDay',
        options,
        (o) => a.logRestDay(userId, restDay, requestId, o),
        (result) => {
          if (result.outcome === 'logged') metrics.count('RestDayLogged');
        },
      ),
    removeRestDay: (userId, date, requestId, options) =>
      write(
        'removeRestDay',
        options,
        (o) => a.removeRestDay(userId, date, requestId, o),
        countWhen('RestDayRemoved', 'removed'),
      ),
    recordRoutine: (userId, routine, options) =>
      write(
        'recordRoutine',
        options,
        (o) => a.recordRoutine(userId, routine, o),
        countWhen('RoutineCompleted', 'recorded'),
      ),
    history: (userId, fromDate, toDate, options) =>
      read(options, (o) => a.history(userId, fromDate, toDate, o)),
    recent: (userId, fromDate, options) => read(options, (o) => a.recent(userId, fromDate, o)),
    // Erasure is the privacy handler's, which counts it (UserDataErased); it is never skipped.
    deleteUser: (userId, options) => read(options, (o) => a.deleteUser(userId, o)),
  };
  return { profiles, activity };
}

/** `lookup` bound to the running turn: the Settings API call ends by the turn's deadline. */
export function turnBoundTimeZones(lookup: TimeZoneLookup): TimeZoneLookup {
  return {
    timeZoneOf: (device, options) => lookup.timeZoneOf(device, withTurnDeadline(currentTurn(), options)),
  };
}

/** `deps` with the store, the time-zone lookup and the logger bound to the running turn. */
export function turnBound(deps: SkillDeps): SkillDeps {
  return {
    ...deps,
    store: turnBoundStore(deps.store, deps.metrics),
    timeZones: turnBoundTimeZones(deps.timeZones),
    logger: redactingLogger(deps.logger, () => currentTurn()?.secrets ?? []),
  };
}
