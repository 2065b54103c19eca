/**
 * Example utterances for every sample of a model, slots filled with a value of their type, so a test
 * can check that each sample resolves to its own intent.
 */
import type { InteractionModel } from '../model';

/** One sample said as a user would say it. */
export interface SampleUtterance {
  intent: string;
  sample: string;
  utterance: string;
}

const BUILT_IN_EXAMPLES: Record<string, string> = {
  'AMAZON.DATE': 'tomorrow',
  'AMAZON.NUMBER': 'twenty five',
  'AMAZON.FOUR_DIGIT_NUMBER': '2026',
  'AMAZON.DURATION': 'ten minutes',
  'AMAZON.Ordinal': 'third',
};

/** A value of slot type `type` to say: the first synonym (else the value) of a custom type. */
export function exampleValue(model: InteractionModel, type: string): string {
  const first = model.types.get(type)?.[0];
  if (first) return first.synonyms[0] ?? first.value;
  return BUILT_IN_EXAMPLES[type] ?? 'something';
}

/** Every sample of every intent of `model`, with its slots filled. */
export function sampleUtterances(model: InteractionModel): SampleUtterance[] {
  return model.intents.flatMap((intent) =>
    intent.samples.map((sample) => ({
      intent: intent.name,
      sample,
      utterance: sample.replace(/\{([^}]+)\}/g, (_, slot: string) =>
        exampleValue(model, intent.slots.find((s) => s.name === slot)?.type ?? ''),
      ),
    })),
  );
}
