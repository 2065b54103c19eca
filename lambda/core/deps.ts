import type { CallOptions, Store } from '../store/port';
import type { SkillMetrics } from './metrics';

/** Wall-clock time, injected so tests and the console can fix it. */
export interface Clock {
  /** Milliseconds since the Unix epoch. */
  now(): number;
}

/** A uniform random number in [0, 1), injected so phrasing choices are reproducible in tests. */
export type Random = () => number;

/** The structured logger's surface the skill uses (Powertools for AWS Lambda's Logger fits it). */
export interface SkillLogger {
  debug(message: string, ...extra: Record<string, unknown>[]): void;
  info(message: string, ...extra: Record<string, unknown>[]): void;
  warn(message: string, ...extra: Record<string, unknown>[]): void;
  error(message: string, ...extra: Record<string, unknown>[]): void;
}

/** What the skill needs to ask Alexa for a device's time zone. */
export interface DeviceRef {
  deviceId: string;
  apiEndpoint: string;
  apiAccessToken: string;
}

/**
 * Looks up the IANA time zone of a device (Alexa Settings API). Resolves `undefined` when it is unset,
 * slow, failing or garbage, or when the `deadline` of `options` (the turn's) passes first; never
 * rejects.
 */
export interface TimeZoneLookup {
  timeZoneOf(device: DeviceRef, options?: CallOptions): Promise<string | undefined>;
}

/** Everything the skill depends on, passed to {@link createSkill}. */
export interface SkillDeps {
  store: Store;
  clock: Clock;
  random: Random;
  logger: SkillLogger;
  timeZones: TimeZoneLookup;
  /** Counts what operators watch (store failures, rest days logged, …); flushed once per invocation. */
  metrics: SkillMetrics;
  /**
   * The Alexa skill ID (`amzn1.ask.skill.…`): requests and skill events for any other skill are
   * refused. Required: without it, another skill's SkillDisabled event could erase a user.
   */
  skillId: string;
}

/** The system clock, for production wiring. */
// eslint-disable-next-line no-restricted-syntax -- the one real clock, used only by lambda/index.ts
export const systemClock: Clock = { now: () => Date.now() };
