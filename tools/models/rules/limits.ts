/**
 * Alexa's documented interaction-model limits, each a named constant with the page that states it,
 * one rule per limit, and the usage of each (printed by `npm run lint:models`), so a growing grammar
 * shows how close it is before Alexa's build refuses it.
 */
import type { Issue, LanguageModel, Rule } from './types';

/** The limits table of "Create the Interaction Model for Your Skill". */
const LIMITS_PAGE =
  'https://developer.amazon.com/en-US/docs/alexa/custom-skills/create-the-interaction-model-for-your-skill.html#limits';

/**
 * Largest interaction model (the JSON of one locale), in bytes: 1.5 MB.
 * @see https://developer.amazon.com/en-US/docs/alexa/custom-skills/create-the-interaction-model-for-your-skill.html#limits
 */
export const MAX_MODEL_BYTES = 1.5 * 1024 * 1024;

/**
 * Most intents in one model, built-in intents included.
 * @see https://developer.amazon.com/en-US/docs/alexa/custom-skills/create-the-interaction-model-for-your-skill.html#limits
 */
export const MAX_INTENTS = 250;

/**
 * Most intents and custom slot types together in one model.
 * @see https://developer.amazon.com/en-US/docs/alexa/custom-skills/create-the-interaction-model-for-your-skill.html#limits
 */
export const MAX_INTENTS_AND_TYPES = 350;

/**
 * Longest custom slot value or synonym, in characters.
 * @see https://developer.amazon.com/en-US/docs/alexa/custom-skills/create-the-interaction-model-for-your-skill.html#limits
 */
export const MAX_VALUE_CHARS = 140;

/**
 * Most custom slot values in a skill, totalled across all custom slot types (counted here with
 * their synonyms, the stricter reading). The current limits table bounds values only through the
 * model size; this figure is from the interaction-model reference that page replaced.
 * @see https://developer.amazon.com/en-US/docs/alexa/custom-skills/custom-interaction-model-reference.html
 * @see https://developer.amazon.com/en-US/docs/alexa/custom-skills/best-practices-for-sample-utterances-and-custom-slot-type-values.html
 */
export const MAX_SLOT_VALUES = 50_000;

/** One limit and how much of it a model uses. */
export interface LimitUsage {
  name: string;
  used: number;
  limit: number;
  unit: string;
  source: string;
}

const values = (model: LanguageModel) =>
  model.types.reduce((sum, type) => sum + type.values.reduce((n, v) => n + 1 + v.name.synonyms.length, 0), 0);

const longestValue = (model: LanguageModel) =>
  Math.max(
    0,
    ...model.types.flatMap((type) =>
      type.values.flatMap((v) => [v.name.value, ...v.name.synonyms].map((text) => text.length)),
    ),
  );

/** Every limit and the model's use of it (`bytes`: the size of the model file). */
export function limitUsage(model: LanguageModel, bytes: number): LimitUsage[] {
  return [
    { name: 'model size', used: bytes, limit: MAX_MODEL_BYTES, unit: 'bytes', source: LIMITS_PAGE },
    { name: 'intents', used: model.intents.length, limit: MAX_INTENTS, unit: 'intents', source: LIMITS_PAGE },
    {
      name: 'intents and slot types',
      used: model.intents.length + model.types.length,
      limit: MAX_INTENTS_AND_TYPES,
      unit: 'intents and types',
      source: LIMITS_PAGE,
    },
    {
      name: 'slot values and synonyms',
      used: values(model),
      limit: MAX_SLOT_VALUES,
      unit: 'values',
      source:
        'https://developer.amazon.com/en-US/docs/alexa/custom-skills/custom-interaction-model-reference.html',
    },
    {
      name: 'longest slot value',
      used: longestValue(model),
      limit: MAX_VALUE_CHARS,
      unit: 'characters',
      source: LIMITS_PAGE,
    },
  ];
}

/** `model size 1,228,616 / 1,572,864 bytes (78 %)`. */
export function formatUsage(usage: LimitUsage): string {
  const n = (value: number) => value.toLocaleString('en-US');
  return `${usage.name} ${n(usage.used)} / ${n(usage.limit)} ${usage.unit} (${Math.round((100 * usage.used) / usage.limit)} %)`;
}

const over = (what: string, used: number, limit: number): Issue[] =>
  used > limit ? [{ where: 'model', message: `has ${used} ${what}; Alexa accepts at most ${limit}` }] : [];

/** The model file's size. */
export const modelSize: Rule = {
  name: 'limit-model-size',
  check(_model, { bytes }) {
    return bytes > MAX_MODEL_BYTES
      ? [{ where: 'model', message: `is ${bytes} bytes; Alexa accepts at most ${MAX_MODEL_BYTES}` }]
      : [];
  },
};

/** The number of intents. */
export const intentCount: Rule = {
  name: 'limit-intents',
  check(model) {
    return over('intents', model.intents.length, MAX_INTENTS);
  },
};

/** The number of intents and custom slot types together. */
export const intentAndTypeCount: Rule = {
  name: 'limit-intents-and-types',
  check(model) {
    return over('intents and slot types', model.intents.length + model.types.length, MAX_INTENTS_AND_TYPES);
  },
};

/** The number of custom slot values and synonyms across all types. */
export const slotValueCount: Rule = {
  name: 'limit-slot-values',
  check(model) {
    return over('custom slot values and synonyms', values(model), MAX_SLOT_VALUES);
  },
};
