/** Helpers for routine conversations: slots as Alexa resolves them, and which steps a response plays. */
import type { ResponseEnvelope } from 'ask-sdk-model';
import { stepsOf, type RoutineId, type RoutineLength } from '../../../lambda/routines/catalog';
import type { SlotInput } from '../../../harness/envelopes';
import { spoken } from '../../../harness/speech';

/** The slots of "give me a {length} {style} {kind}", resolved to their ids. */
export function routineSlots(id: RoutineId, length?: RoutineLength): Record<string, SlotInput> {
  const [kind, style] = id.split('.') as [string, string];
  return {
    kind: { value: kind, id: kind, type: 'RoutineKind' },
    style: { value: style, id: style, type: 'RoutineStyle' },
    ...(length ? { length: { value: length, id: length, type: 'RoutineLength' } } : {}),
  };
}

/** Indices of the steps whose instructions a response speaks, in the order it speaks them. */
export function stepsHeard(response: ResponseEnvelope, id: RoutineId, length: RoutineLength): number[] {
  const text = spoken(response);
  return stepsOf(id, length)
    .map((step, index) => ({ index, at: text.indexOf(step.instruction) }))
    .filter((s) => s.at >= 0)
    .sort((a, b) => a.at - b.at)
    .map((s) => s.index);
}
