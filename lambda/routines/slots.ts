import type { RoutineKind, RoutineLength, RoutineStyle } from './catalog';

/**
 * Routine slot values: a slot's entity-resolution id (`slotIdOf` in lambda/core/request.ts), or a
 * value kept in the session, as the catalog's kind, style or length, or `undefined`.
 */
function oneOf<T extends string>(values: readonly T[], value: unknown): T | undefined {
  return values.find((v) => v === value);
}

/** The routine kind a slot or stored value names. */
export const asKind = (value: unknown): RoutineKind | undefined =>
  oneOf(['warmup', 'cooldown'] as const, value);
/** The routine style a slot or stored value names. */
export const asStyle = (value: unknown): RoutineStyle | undefined =>
  oneOf(['complete', 'walk', 'aerobic', 'yoga', 'stretch'] as const, value);
/** The routine length a slot or stored value names. */
export const asLength = (value: unknown): RoutineLength | undefined =>
  oneOf(['quick', 'full'] as const, value);
/** How the back feels, as the answer to "how does your back feel?" names it. */
export const asFeeling = (value: unknown): 'BETTER' | 'SAME' | 'WORSE' | undefined =>
  oneOf(['BETTER', 'SAME', 'WORSE'] as const, value);
