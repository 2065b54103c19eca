import { localizeIntent, localizeType } from './localize';
import { conversation } from './conversation';
import { routines } from './routines';
import { restdays } from './restdays';
import { tips } from './tips';
import { yesNo } from './yes-no';
import type { InteractionModel, ModelIntent, ModelType } from './schema';
import type { IntentSource, Locale, ModelFragment, SlotTypeSource } from './types';

export type { Locale } from './types';
export type {
  InteractionModel,
  LanguageModel,
  ModelIntent,
  ModelSlot,
  ModelType,
  ModelTypeValue,
} from './schema';

/** The spoken name: "Alexa, open run coach". */
export const INVOCATION_NAME = 'run coach';

/** Locales with a generated model in `models/`. */
export const LOCALES: readonly Locale[] = ['en-US', 'en-GB', 'en-CA', 'en-AU', 'en-IN'];

/** Every capability's fragment, in the order intents appear in the model. */
export const FRAGMENTS: readonly ModelFragment[] = [routines, restdays, tips, yesNo, conversation];

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
        intents: intents.map(intentOf),
        types: types.map(typeOf),
      },
    },
  };
}

function intentOf(intent: IntentSource): ModelIntent {
  return {
    name: intent.name,
    ...(intent.slots?.length ? { slots: intent.slots.map((s) => ({ name: s.name, type: s.type })) } : {}),
    samples: intent.samples,
  };
}

/** Slot values always carry their synonyms list (SMAPI requires it), empty when there are none. */
function typeOf(type: SlotTypeSource): ModelType {
  return {
    name: type.name,
    values: type.values.map((v) => ({ id: v.id, name: { value: v.value, synonyms: v.synonyms ?? [] } })),
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
