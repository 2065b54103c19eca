/** Helpers for routine conversations: slots as Alexa resolves them, and which steps a response plays. */
import type { ResponseEnvelope } from 'ask-sdk-model';
import { stepsOf, type RoutineId, type RoutineLength } from '../../../lambda/routines/catalog';
import type { Store } from '../../../lambda/store/port';
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

/** The plain words of a response, with SSML entities turned back into characters. */
export function words(response: ResponseEnvelope): string {
  return spoken(response)
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Indices of the steps whose instructions a response speaks, in the order it speaks them. */
export function stepsHeard(response: ResponseEnvelope, id: RoutineId, length: RoutineLength): number[] {
  const text = words(response);
  return stepsOf(id, length)
    .map((step, index) => ({ index, at: text.indexOf(step.instruction) }))
    .filter((s) => s.at >= 0)
    .sort((a, b) => a.at - b.at)
    .map((s) => s.index);
}

/** A store that counts the calls made to it, by method. */
export function countingStore(store: Store): Store & { calls: string[] } {
  const calls: string[] = [];
  const wrap = <T extends object>(target: T, prefix: string): T =>
    new Proxy(target, {
      get(object, property, receiver) {
        const value: unknown = Reflect.get(object, property, receiver);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          calls.push(`${prefix}.${String(property)}`);
          return (value as (...a: unknown[]) => unknown).apply(object, args);
        };
      },
    });
  return { profiles: wrap(store.profiles, 'profiles'), activity: wrap(store.activity, 'activity'), calls };
}
