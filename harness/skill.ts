/**
 * A skill under test: the real `createSkill` with an in-memory store (or one given), a fixed clock,
 * a seeded random source, a fixed time zone and a logger that records what it was asked to log.
 */
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type { Clock, SkillDeps, SkillLogger, TimeZoneLookup } from '../lambda/core/deps';
import { recordingMetrics } from '../lambda/core/metrics';
import { createSkill } from '../lambda/skill';
import { createMemoryStore } from '../lambda/store/memory';
import { TEST_SKILL_ID } from './envelopes';

/** One recorded log call. */
export interface LogEntry {
  level: 'debug' | 'info' | 'warn' | 'error';
  message: string;
  extra: Record<string, unknown>[];
}

/** A logger that keeps every call, so tests can check what is (and is not) logged. */
export function recordingLogger(): SkillLogger & { entries: LogEntry[] } {
  const entries: LogEntry[] = [];
  const at =
    (level: LogEntry['level']) =>
    (message: string, ...extra: Record<string, unknown>[]) => {
      entries.push({ level, message, extra });
    };
  return { entries, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

/** A clock tests can move. */
export function fixedClock(
  iso = '2026-11-25T18:00:00Z',
): Clock & { set(iso: string): void; advance(ms: number): void } {
  let now = Date.parse(iso);
  return {
    now: () => now,
    set(next) {
      now = Date.parse(next);
    },
    advance(ms) {
      now += ms;
    },
  };
}

/** A deterministic random source (a small linear congruential generator). */
export function seededRandom(seed = 42): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** A time-zone lookup that always answers `zone`. */
export function fixedTimeZone(zone: string | undefined = 'America/New_York'): TimeZoneLookup {
  return { timeZoneOf: () => Promise.resolve(zone) };
}

/** Test dependencies, each overridable. */
export function testDeps(
  overrides: Partial<SkillDeps> = {},
): SkillDeps & { logger: ReturnType<typeof recordingLogger> } {
  return {
    store: createMemoryStore(),
    clock: fixedClock(),
    random: seededRandom(),
    timeZones: fixedTimeZone(),
    metrics: recordingMetrics(),
    skillId: TEST_SKILL_ID,
    ...overrides,
    logger: recordingLogger(),
  };
}

/**
 * Builds the skill with `deps` and returns a function that sends one envelope through its handler,
 * with a Lambda `context` when given (`{ getRemainingTimeInMillis }`); else with none, as the console.
 */
export function skillUnderTest(
  deps: SkillDeps = testDeps(),
): (envelope: RequestEnvelope, context?: unknown) => Promise<ResponseEnvelope> {
  const { handler } = createSkill(deps);
  return (envelope, context = {}) => handler(envelope, context);
}

/** A Lambda context whose remaining time counts down on `clock` from `remainingMs`. */
export function lambdaContext(clock: Clock, remainingMs: number): { getRemainingTimeInMillis(): number } {
  const end = clock.now() + remainingMs;
  return { getRemainingTimeInMillis: () => end - clock.now() };
}
