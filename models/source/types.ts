/**
 * The one source of the interaction models. Each capability contributes a fragment; the generator
 * (`tools/models/generate.ts`) turns them into `models/<locale>.json` in the ASK format.
 * @see https://developer.amazon.com/en-US/docs/alexa/smapi/interaction-model-schema.html
 */
export type Locale = 'en-US' | 'en-GB' | 'en-CA' | 'en-AU' | 'en-IN';

/** Something only some locales get, e.g. `{ 'en-IN': ['what all can you do'] }`. */
export type PerLocale<T> = Partial<Record<Locale, T>>;

/** A slot of an intent. */
export interface SlotSource {
  name: string;
  type: string;
}

/**
 * An intent: a sample is what a user says after "ask run coach to …", with `{slot}` patterns.
 * Samples are written once (in US spelling); each locale's word map (`models/source/regional.ts`)
 * rewrites them, and `localeSamples` adds phrasings only that locale's speakers use.
 */
export interface IntentSource {
  name: string;
  slots?: SlotSource[];
  samples: string[];
  /** Extra samples for some locales only (regional vocabulary, date phrasing). */
  localeSamples?: PerLocale<string[]>;
}

/** One value of a custom slot type, with a stable id that handlers match on. */
export interface SlotValueSource {
  id: string;
  value: string;
  synonyms?: string[];
  /** Extra synonyms for some locales only, e.g. `{ 'en-GB': ['trainers'] }`. */
  localeSynonyms?: PerLocale<string[]>;
}

/** A custom slot type. */
export interface SlotTypeSource {
  name: string;
  values: SlotValueSource[];
}

/** What one capability adds to the model. */
export interface ModelFragment {
  intents: IntentSource[];
  types?: SlotTypeSource[];
}
