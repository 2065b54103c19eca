/**
 * The shape of the routine catalog: plain data a physiotherapist can review without reading handler
 * code. Each routine has a quick (about 5 minutes) and a full (about 10 minutes) length; each length
 * is a list of steps, and each step is a move with a dose (a duration, or a count with the time
 * allowed for it).
 */
import type { RoutineKind } from '../../store/port';

export type { RoutineKind } from '../../store/port';

/**
 * The styles a user can ask for; a style with a kind names exactly one routine. `complete` is the
 * article's whole cool-down: ease down to a walk, then stretch the back and the legs.
 */
export type RoutineStyle = 'complete' | 'walk' | 'aerobic' | 'yoga' | 'stretch';

/** The two lengths of every routine. */
export type RoutineLength = 'quick' | 'full';

/** A gentler version of a move, offered when the user says "make it easier". */
export interface EasierMove {
  name: string;
  /** One or two short sentences. */
  instruction: string;
}

/** A move: what to do, why, and how to keep the back safe. */
export interface Move {
  /** Stable id, unique within a routine (used in saved progress and tests). */
  id: string;
  /** Short spoken name, e.g. "Jumping jacks". */
  name: string;
  /** One or two short sentences, said before the timer starts. */
  instruction: string;
  /** One line on protecting the back during this move. */
  backSafety: string;
  /** One line on what the move is good for ("what is this for?"). */
  goodFor: string;
  /** A back-friendly alternative, if the move has one. */
  easier?: EasierMove;
  /** Done on one side, then the other: the timer says "switch sides" at its half. */
  oneSided?: true;
}

/** How a count is counted. */
export type CountUnit = 'times' | 'eachSide' | 'eachLeg' | 'breaths';

/** A move with its dose: timed for `seconds`, or `count` repetitions in the `seconds` allowed. */
export interface Step extends Move {
  /** Seconds the step is timed for (for a counted step: the time allowed to do the count). */
  seconds: number;
  count?: { times: number; unit: CountUnit };
}

/** A routine: one kind and style, in both lengths. */
export interface Routine {
  /** Stable id, e.g. `warmup.yoga`; saved with completed routines and paused progress. */
  id: RoutineId;
  kind: RoutineKind;
  style: RoutineStyle;
  quick: readonly Step[];
  full: readonly Step[];
}

/** The seven routines' ids. */
export const ROUTINE_IDS = [
  'warmup.walk',
  'warmup.aerobic',
  'warmup.yoga',
  'cooldown.complete',
  'cooldown.walk',
  'cooldown.stretch',
  'cooldown.yoga',
] as const;

export type RoutineId = (typeof ROUTINE_IDS)[number];

/** A step of `move` timed for `seconds`. */
export function timed(move: Move, seconds: number): Step {
  return { ...move, seconds };
}

/** A step of `move` done `times` (per `unit`), with `seconds` allowed for it. */
export function counted(move: Move, times: number, unit: CountUnit, seconds: number): Step {
  return { ...move, seconds, count: { times, unit } };
}
