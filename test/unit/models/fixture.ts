/**
 * Small synthetic interaction models for the model linter's tests: a valid base model a test
 * changes in one place, and a helper that lints with one rule and returns the printed lines.
 */
import { formatFinding, lintModel, RULES, type LanguageModel, type Rule } from '../../../tools/models/rules';

/** The intents the synthetic skill "handles". */
export const HANDLED = [
  'AMAZON.CancelIntent',
  'AMAZON.HelpIntent',
  'AMAZON.StopIntent',
  'LogRunIntent',
  'RestDayLogIntent',
];

const ENDINGS = [
  'today',
  'this morning',
  'this evening',
  'just now',
  'earlier',
  'a bit ago',
  'after work',
  'before work',
  'at lunch',
  'with a friend',
  'on my own',
  'in the park',
  'by the river',
  'on the track',
  'on the treadmill',
  'around the block',
  'up the hill',
  'in the rain',
  'in the sun',
  'at last',
];

/** `count` distinct phrasings built from one stem: "i ran today", "i ran this morning", … */
export function phrasings(stem: string, count = 20): string[] {
  return ENDINGS.slice(0, count).map((ending) => `${stem} ${ending}`);
}

/** A model every rule accepts; pass a function to change one thing. */
export function validModel(change: (model: LanguageModel) => void = () => undefined): LanguageModel {
  const model: LanguageModel = {
    invocationName: 'run coach',
    modelConfiguration: { fallbackIntentSensitivity: { level: 'LOW' } },
    intents: [
      { name: 'AMAZON.CancelIntent', samples: [] },
      { name: 'AMAZON.HelpIntent', samples: ['what can you do'] },
      { name: 'AMAZON.StopIntent', samples: [] },
      {
        name: 'LogRunIntent',
        slots: [{ name: 'date', type: 'AMAZON.DATE' }],
        samples: [...phrasings('i ran'), 'i went for a run {date}'],
      },
      {
        name: 'RestDayLogIntent',
        slots: [
          { name: 'when', type: 'AMAZON.DATE' },
          { name: 'reason', type: 'REST_REASON' },
        ],
        samples: [...phrasings('i rested'), 'i took {when} off', 'i rested {when} because of my {reason}'],
      },
    ],
    types: [
      {
        name: 'REST_REASON',
        values: [
          { id: 'SORE_BACK', name: { value: 'sore back', synonyms: ['back pain', 'stiff back'] } },
          { id: 'TIRED', name: { value: 'tired legs', synonyms: ['heavy legs'] } },
        ],
      },
    ],
  };
  change(model);
  return model;
}

/** The intent of a model by name (throws when absent, so a test cannot silently change nothing). */
export function intentOf(model: LanguageModel, name: string): LanguageModel['intents'][number] {
  const intent = model.intents.find((i) => i.name === name);
  if (!intent) throw new Error(`no intent ${name}`);
  return intent;
}

/** Lints `model` as models/en-GB.json with the given rules (default: all) and returns the printed lines. */
export function lintLines(
  model: LanguageModel,
  rules: readonly Rule[] = RULES,
  options: { handled?: readonly string[]; bytes?: number } = {},
): string[] {
  return lintModel(
    { file: 'models/en-GB.json', model, bytes: options.bytes ?? JSON.stringify(model).length },
    { handledIntents: options.handled ?? HANDLED },
    rules,
  ).map(formatFinding);
}
