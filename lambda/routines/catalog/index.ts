/** The routine catalog: seven routines, each in a quick and a full length. */
import { aerobicWarmup, walkWarmup, yogaWarmup } from './warmups';
import { completeCooldown, stretchCooldown, walkCooldown, yogaCooldown } from './cooldowns';
import type { Routine, RoutineId, RoutineKind, RoutineLength, RoutineStyle, Step } from './types';

export * from './types';

/** Every routine, warm-ups first. */
export const ROUTINES: readonly Routine[] = [
  walkWarmup,
  aerobicWarmup,
  yogaWarmup,
  completeCooldown,
  walkCooldown,
  stretchCooldown,
  yogaCooldown,
];

/** The routine with this id. */
export function routineById(id: RoutineId): Routine {
  const routine = ROUTINES.find((r) => r.id === id);
  if (!routine) throw new RangeError(`No routine ${id}`);
  return routine;
}

/** True when `value` is one of the catalog's routine ids. */
export function isRoutineId(value: unknown): value is RoutineId {
  return ROUTINES.some((r) => r.id === value);
}

/** The steps of a routine at a length. */
export function stepsOf(id: RoutineId, length: RoutineLength): readonly Step[] {
  return routineById(id)[length];
}

/**
 * A style as the user asked for it: one of the catalog's, `complete` ("the whole cool-down": easing
 * down, walking and stretching in one), or `unknown` (a style was heard that the model could not
 * resolve).
 */
export type RequestedStyle = RoutineStyle | 'complete' | 'unknown';

/** Why a request has no routine of its own, when it has none. */
export type MissingRoutine =
  'warmupStretch' | 'cooldownAerobic' | 'warmupComplete' | 'cooldownComplete' | 'unknown';

/** The routine a request names, or the nearest one to offer instead and why. */
export type RoutineChoice =
  | { readonly exact: true; readonly routine: Routine }
  | { readonly exact: false; readonly routine: Routine; readonly missing: MissingRoutine };

/** For each kind, the styles it lacks: the nearest routine's style, and why there is none. */
const NEAREST: Record<
  RoutineKind,
  Partial<Record<RequestedStyle, { style: RoutineStyle; missing: MissingRoutine }>>
> = {
  warmup: {
    stretch: { style: 'yoga', missing: 'warmupStretch' },
    complete: { style: 'walk', missing: 'warmupComplete' },
  },
  cooldown: {
    aerobic: { style: 'walk', missing: 'cooldownAerobic' },
  },
};

/**
 * The routine for a kind and style, honoured exactly: no style gives the kind's first routine (the
 * walk-to-run warm-up; the complete cool-down: ease down, walk, stretch the back and the legs), a style the kind has gives that routine, and a style it lacks gives no routine but the
 * nearest one to offer (a "stretch" warm-up: the yoga warm-up; an "aerobic" cool-down: the walk).
 */
export function chooseRoutine(kind: RoutineKind, style: RequestedStyle | undefined): RoutineChoice {
  const ofKind = ROUTINES.filter((r) => r.kind === kind);
  const first = ofKind[0] ?? walkWarmup;
  if (style === undefined) return { exact: true, routine: first };
  const exact = ofKind.find((r) => r.style === style);
  if (exact) return { exact: true, routine: exact };
  const nearest = NEAREST[kind][style];
  const routine = ofKind.find((r) => r.style === nearest?.style) ?? first;
  return { exact: false, routine, missing: nearest?.missing ?? 'unknown' };
}

/** The one kind that has a style, when only one does ("aerobic": a warm-up); `undefined` otherwise. */
export function onlyKindWith(style: RequestedStyle | undefined): RoutineKind | undefined {
  if (style === 'complete') return 'cooldown';
  const kinds = new Set(ROUTINES.filter((r) => r.style === style).map((r) => r.kind));
  const [only] = kinds;
  return kinds.size === 1 ? only : undefined;
}

/** The gentlest routine of a kind, offered the day after a pain report that is better. */
export function gentlestRoutine(kind: RoutineKind): Routine {
  return routineById(kind === 'warmup' ? 'warmup.walk' : 'cooldown.walk');
}

/** Total timed seconds of a routine at a length. */
export function totalSeconds(steps: readonly Step[]): number {
  return steps.reduce((sum, step) => sum + step.seconds, 0);
}
