/** The routine catalog: six routines, each in a quick and a full length. */
import { aerobicWarmup, walkWarmup, yogaWarmup } from './warmups';
import { stretchCooldown, walkCooldown, yogaCooldown } from './cooldowns';
import type { Routine, RoutineId, RoutineKind, RoutineLength, RoutineStyle, Step } from './types';

export * from './types';

/** Every routine, warm-ups first. */
export const ROUTINES: readonly Routine[] = [
  walkWarmup,
  aerobicWarmup,
  yogaWarmup,
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
 * The routine for a kind and style. A style that one kind lacks falls back to that kind's nearest
 * routine (a "walk" is both; a "stretch" warm-up becomes the yoga warm-up; an "aerobic" cool-down
 * becomes the walk cool-down); no style gives the kind's first routine.
 */
export function findRoutine(kind: RoutineKind, style: RoutineStyle | undefined): Routine {
  const ofKind = ROUTINES.filter((r) => r.kind === kind);
  const exact = ofKind.find((r) => r.style === style);
  if (exact) return exact;
  const fallback: Record<RoutineKind, Partial<Record<RoutineStyle, RoutineStyle>>> = {
    warmup: { stretch: 'yoga' },
    cooldown: { aerobic: 'walk' },
  };
  const mapped = style ? fallback[kind][style] : undefined;
  return ofKind.find((r) => r.style === mapped) ?? ofKind[0] ?? walkWarmup;
}

/** Total timed seconds of a routine at a length. */
export function totalSeconds(steps: readonly Step[]): number {
  return steps.reduce((sum, step) => sum + step.seconds, 0);
}
