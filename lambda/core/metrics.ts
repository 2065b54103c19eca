/**
 * The skill's operational metrics: counts with a name from a closed list and, for the store's
 * metrics, the store operation as the only dimension. No metric carries a user id, device id, token,
 * slot text or date, by construction: there is no way to pass one.
 */
import { MetricUnit, type Metrics } from '@aws-lambda-powertools/metrics';

/** The CloudWatch namespace of the skill's metrics (the infra alarms read it). */
export const METRICS_NAMESPACE = 'RunCoach';
/** The `service` dimension of every metric (the same name the structured logs carry). */
export const SERVICE_NAME = 'run-coach';

/**
 * What is counted, and who counts it:
 * - `StoreFailure`: a store operation failed (DynamoDB unreachable, throttled, failing, slow, or
 *   the deadline left no time). Counted by the store, with the operation.
 * - `UnconfirmedSave`: a store write whose answer was lost or timed out: it may or may not have
 *   landed, so the user hears "I can't confirm". Counted by the store, with the operation.
 * - `UserDataErased`: a disabled user's data was deleted (privacy handler).
 * - `RestDayLogged`, `RestDayRemoved`, `RestDayGoalSet`, `RoutineCompleted`, `RoutinePaused`,
 *   `PainReported`: what users do, counted by the handlers once the store confirmed it (pain:
 *   when heard). Each is counted by the write that did it: a request delivered again (the same
 *   request id) whose first delivery had done it says it is done but counts nothing more
 *   (`logged-earlier`, `removed-earlier`, `set-earlier`, `recorded-earlier`, `saved-earlier`,
 *   lambda/store/port.ts).
 */
export const METRIC_NAMES = [
  'StoreFailure',
  'UnconfirmedSave',
  'UserDataErased',
  'RestDayLogged',
  'RestDayRemoved',
  'RestDayGoalSet',
  'RoutineCompleted',
  'RoutinePaused',
  'PainReported',
] as const;

/** A metric's name. */
export type MetricName = (typeof METRIC_NAMES)[number];

/** The store operations, one per method of the storage port (the `operation` dimension). */
export const STORE_OPERATIONS = [
  'recordLaunch',
  'setPausedRoutine',
  'recordPain',
  'setRestDayGoal',
  'logRestDay',
  'removeRestDay',
  'recordRoutine',
  'history',
  'recent',
  'deleteUser',
] as const;

/** A store operation's name. */
export type StoreOperation = (typeof STORE_OPERATIONS)[number];

/** The only dimension a count may carry besides `service`. */
export interface MetricDimensions {
  operation?: StoreOperation;
}

/**
 * Where counts go. `count` buffers; `flush` publishes what the invocation counted, once, at its end
 * (createSkill's handler does it).
 */
export interface SkillMetrics {
  /** Adds 1 to `name` (and, with an operation, to `name` for that operation). */
  count(name: MetricName, dimensions?: MetricDimensions): void;
  /** Publishes the buffered counts; a no-op when nothing was counted. */
  flush(): void;
}

/** One recorded count. */
export interface RecordedCount {
  name: MetricName;
  operation?: StoreOperation;
}

/** An in-memory {@link SkillMetrics} for tests and the console: it keeps every count. */
export interface MetricsRecorder extends SkillMetrics {
  /** Every count so far, flushed or not, oldest first. */
  readonly counts: readonly RecordedCount[];
  /** How many counts of `name` (for `operation`, when given). */
  total(name: MetricName, operation?: StoreOperation): number;
  /** How many times {@link SkillMetrics.flush} was called. */
  readonly flushes: number;
}

/** A {@link MetricsRecorder}. */
export function recordingMetrics(): MetricsRecorder {
  const counts: RecordedCount[] = [];
  let flushes = 0;
  return {
    counts,
    get flushes() {
      return flushes;
    },
    count(name, dimensions = {}) {
      counts.push(dimensions.operation ? { name, operation: dimensions.operation } : { name });
    },
    flush() {
      flushes += 1;
    },
    total(name, operation) {
      return counts.filter((c) => c.name === name && (operation === undefined || c.operation === operation))
        .length;
    },
  };
}

/**
 * {@link SkillMetrics} on Powertools for AWS Lambda's `Metrics` (CloudWatch embedded metric format,
 * written to stdout, where the Lambda's log group turns it into metrics). Every count goes to the
 * invocation's buffer with the `service` dimension only (what the alarms read); a count with an
 * operation is also published at once as a single metric with `service` and `operation` (store
 * failures are rare, so this costs one log line each).
 * @see https://docs.powertools.aws.dev/lambda/typescript/latest/features/metrics/
 */
export function powertoolsMetrics(metrics: Metrics): SkillMetrics {
  return {
    count(name, dimensions = {}) {
      metrics.addMetric(name, MetricUnit.Count, 1);
      if (dimensions.operation) {
        const single = metrics.singleMetric();
        single.addDimension('operation', dimensions.operation);
        single.addMetric(name, MetricUnit.Count, 1);
      }
    },
    flush() {
      if (metrics.hasStoredMetrics()) metrics.publishStoredMetrics();
    },
  };
}
