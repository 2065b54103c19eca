/**
 * The one source of the interaction models. Each capability contributes a fragment; the generator
 * (`tools/models/generate.ts`) turns them into `models/<locale>.json` in the ASK format.
 * @see https://developer.amazon.com/en-US/docs/alexa/smapi/interaction-model-schema.html
 */
export type Locale = 'en-US';

/** A slot of an intent. */
export interface SlotSource {
  name: string;
  type: string;
}

/** An intent: a sample is what a user says after "ask run coach to …", with `{slot}` patterns. */
export interface IntentSource {
  name: string;
  slots?: SlotSource[];
  samples: string[];
}

/** One value of a custom slot type, with a stable id that handlers match on. */
export interface SlotValueSource {
  id: string;
  value: string;
  synonyms?: string[];
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
