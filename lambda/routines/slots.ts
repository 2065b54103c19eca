import type { HandlerInput } from 'ask-sdk-core';
import type { RoutineKind, RoutineLength, RoutineStyle } from './catalog';

/**
 * The stable id of a custom slot's entity-resolution match, or `undefined` when the slot is empty or
 * matched nothing.
 * @see https://developer.amazon.com/en-US/docs/alexa/custom-skills/entity-resolution.html
 */
export function slotId(input: HandlerInput, name: string): string | undefined {
  const request = input.requestEnvelope.request;
  if (request.type !== 'IntentRequest') return undefined;
  const resolutions = request.intent.slots?.[name]?.resolutions?.resolutionsPerAuthority ?? [];
  for (const resolution of resolutions) {
    const id = resolution.status.code === 'ER_SUCCESS_MATCH' ? resolution.values[0]?.value.id : undefined;
    if (id) return id;
  }
  return undefined;
}

function oneOf<T extends string>(values: readonly T[], value: unknown): T | undefined {
  return values.find((v) => v === value);
}

/** The routine kind a slot or stored value names. */
export const asKind = (value: unknown): RoutineKind | undefined =>
  oneOf(['warmup', 'cooldown'] as const, value);
/** The routine style a slot or stored value names. */
export const asStyle = (value: unknown): RoutineStyle | undefined =>
  oneOf(['walk', 'aerobic', 'yoga', 'stretch'] as const, value);
/** The routine length a slot or stored value names. */
export const asLength = (value: unknown): RoutineLength | undefined =>
  oneOf(['quick', 'full'] as const, value);
