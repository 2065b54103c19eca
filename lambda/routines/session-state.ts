/**
 * A routine's session state and its saved form. Navigation turns keep the routine here, in the
 * session attributes, and touch no storage; {@link toPaused} is what one write saves on pause or at
 * session end (./store-writes.ts), and {@link fromPaused} turns it back into a paused routine at the
 * next launch.
 */
import type { HandlerInput } from 'ask-sdk-core';
import { isRecord, requestTimeOf } from '../core/request';
import { setSlice, sliceOf } from '../core/session';
import type { PausedRoutine } from '../store/port';
import { isRoutineId, stepsOf } from './catalog';
import type { Mark, RoutineState, Timeline } from './engine';
import { asLength } from './slots';

/** The session key this capability owns. */
export const ROUTINE_KEY = 'routine';

/** How long paused progress is offered at launch. */
export const RESUME_WINDOW_HOURS = 4;

/** The routine in the session, when the response carrying its timeline began, and if it is saved. */
export interface RoutineSlice {
  state: RoutineState;
  /** Epoch ms of the request whose response is playing (`request.timestamp`). */
  respondedAt: number;
  /** The paused progress is already in the store; session end need not write it again. */
  saved: boolean;
}

function parseTimeline(raw: unknown): Timeline | undefined {
  if (!isRecord(raw) || typeof raw.end !== 'number' || typeof raw.next !== 'number') return undefined;
  if (!Array.isArray(raw.marks)) return undefined;
  const marks: Mark[] = raw.marks.flatMap((m: unknown) =>
    isRecord(m) && typeof m.step === 'number' && typeof m.go === 'number' && typeof m.from === 'number'
      ? [{ step: m.step, go: m.go, from: m.from, ...(typeof m.to === 'number' ? { to: m.to } : {}) }]
      : [],
  );
  const nextOffset = typeof raw.nextOffset === 'number' && raw.nextOffset > 0 ? raw.nextOffset : undefined;
  return { marks, end: raw.end, next: raw.next, ...(nextOffset ? { nextOffset } : {}) };
}

/** Parses a routine state from untrusted JSON; `undefined` unless it names a real step. */
export function parseState(raw: unknown): RoutineState | undefined {
  if (!isRecord(raw) || !isRoutineId(raw.routineId)) return undefined;
  const length = asLength(raw.length);
  if (!length) return undefined;
  const { status, step, offset, easier } = raw;
  if (status !== 'running' && status !== 'paused') return undefined;
  const steps = stepsOf(raw.routineId, length);
  if (typeof step !== 'number' || !Number.isInteger(step) || step < 0 || step >= steps.length)
    return undefined;
  const seconds = steps[step]?.seconds ?? 0;
  const safeOffset = typeof offset === 'number' && offset >= 0 && offset < seconds ? offset : 0;
  const timeline = parseTimeline(raw.timeline);
  return {
    routineId: raw.routineId,
    length,
    status,
    step,
    offset: safeOffset,
    easier: Array.isArray(easier) ? easier.filter((e): e is string => typeof e === 'string') : [],
    ...(timeline ? { timeline } : {}),
  };
}

function parseSlice(raw: unknown): RoutineSlice | undefined {
  if (!isRecord(raw) || typeof raw.respondedAt !== 'number') return undefined;
  const state = parseState(raw.state);
  return state ? { state, respondedAt: raw.respondedAt, saved: raw.saved === true } : undefined;
}

/** The routine in this session, if any. */
export function routineOf(input: HandlerInput): RoutineSlice | undefined {
  return sliceOf(input, ROUTINE_KEY, parseSlice);
}

/** The routine in this session; for handlers whose predicate required one ({@link hasRoutine}). */
export function requireRoutine(input: HandlerInput): RoutineSlice {
  const slice = routineOf(input);
  if (!slice) throw new RangeError('No routine in the session');
  return slice;
}

/** A `canHandle` condition: a routine is going (or paused) in this session. */
export const hasRoutine = (input: HandlerInput): boolean => routineOf(input) !== undefined;

const HANDLED_KEY = 'routineHandled';

/** Keeps (or with `undefined`, drops) the routine in the session, and marks it handled this turn. */
export function keepRoutine(input: HandlerInput, slice: RoutineSlice | undefined): void {
  setSlice(input, ROUTINE_KEY, slice);
  input.attributesManager.setRequestAttributes({
    ...input.attributesManager.getRequestAttributes(),
    [HANDLED_KEY]: true,
  });
}

/** Keeps `state` in the session as the one answering this request, not yet saved unless told. */
export function keepState(input: HandlerInput, state: RoutineState, saved = false): void {
  keepRoutine(input, { state, respondedAt: requestTimeOf(input), saved });
}

/** Whether a routine handler kept or dropped the routine during this turn ({@link keepRoutine}). */
export function routineHandled(input: HandlerInput): boolean {
  return input.attributesManager.getRequestAttributes()[HANDLED_KEY] === true;
}

/** Seconds since the playing response began, never negative. */
export function elapsedSince(input: HandlerInput, slice: RoutineSlice): number {
  return Math.max(0, (requestTimeOf(input) - slice.respondedAt) / 1000);
}

/** The saved form of a routine state. */
export function toPaused(state: RoutineState, at: number): PausedRoutine {
  return {
    routineId: state.routineId,
    length: state.length,
    step: state.step,
    offset: Math.floor(state.offset),
    easier: state.easier,
    pausedAt: new Date(at).toISOString(),
  };
}

/** A saved routine as a paused state, if it is valid and was saved within the resume window. */
export function fromPaused(paused: PausedRoutine, now: number): RoutineState | undefined {
  const age = now - Date.parse(paused.pausedAt);
  if (!(age >= 0 && age <= RESUME_WINDOW_HOURS * 3_600_000)) return undefined;
  return parseState({ ...paused, status: 'paused' });
}
