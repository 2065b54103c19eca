import { localizeIntent, localizeType } from './localize';
import { conversation } from './conversation';
import { routines } from './routines';
import { restdays } from './restdays';
import { tips } from './tips';
import type { IntentSource, Locale, ModelFragment, SlotTypeSource } from './types';

export type { Locale } from './types';

/** The spoken name: "Alexa, open run coach". */
export const INVOCATION_NAME = 'run coach';

/** Locales with a generated model in `models/`. */
export const LOCALES: readonly Locale[] = ['en-US', 'en-GB', 'en-CA', 'en-AU', 'en-IN'];

/** Every capability's fragment, in the order intents appear in the model. */
export const FRAGMENTS: readonly ModelFragment[] = [routines, restdays, tips, conversation];

/** The ASK interaction-model document for one locale. */
export interface InteractionModel {
  interactionModel: {
    languageModel: {
      invocationName: string;
      modelConfiguration: { fallbackIntentSensitivity: { level: 'LOW' | 'MEDIUM' | 'HIGH' } };
      intents: { name: string; slots?: { name: string; type: string }[]; samples: string[] }[];
      types: { name: string; values: { id: string; name: { value: string; synonyms?: string[] } }[] }[];
    };
  };
}

/**
 * Builds the interaction model of a locale from the fragments (all of {@link FRAGMENTS} unless given):
 * intents (a built-in listed by several fragments once, samples merged) and slot types in fragment
 * order, each rewritten for the locale (`./localize.ts`).
 */
export function buildModel(
  locale: Locale,
  fragments: readonly ModelFragment[] = FRAGMENTS,
): InteractionModel {
  const intents: IntentSource[] = mergeIntents(fragments.flatMap((f) => f.intents)).map((i) =>
    localizeIntent(i, locale),
  );
  const types: SlotTypeSource[] = fragments.flatMap((f) => f.types ?? []).map((t) => localizeType(t, locale));
  return {
    interactionModel: {
      languageModel: {
        invocationName: INVOCATION_NAME,
        modelConfiguration: { fallbackIntentSensitivity: { level: 'LOW' } },
        intents: intents.map((intent) => ({
          name: intent.name,
          ...(intent.slots?.length
            ? { slots: intent.slots.map((s) => ({ name: s.name, type: s.type })) }
            : {}),
          samples: intent.samples,
        })),
        types: types.map((type) => ({
          name: type.name,
          values: type.values.map((v) => ({
            id: v.id,
            name: { value: v.value, ...(v.synonyms?.length ? { synonyms: v.synonyms } : {}) },
          })),
        })),
      },
    },
  };
}

/**
 * One intent per name: capabilities that share a built-in (AMAZON.YesIntent answers several
 * capabilities' questions) each list it, and their samples are merged, first listing's slots kept.
 */
export function mergeIntents(intents: readonly IntentSource[]): IntentSource[] {
  const byName = new Map<string, IntentSource>();
  for (const intent of intents) {
    const seen = byName.get(intent.name);
    byName.set(
      intent.name,
      seen ? { ...seen, samples: [...new Set([...seen.samples, ...intent.samples])] } : { ...intent },
    );
  }
  return [...byName.values()];
}
