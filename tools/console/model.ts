/**
 * Loads and checks an ASK interaction model (`models/<locale>.json`) for the console.
 * @see https://developer.amazon.com/en-US/docs/alexa/smapi/interaction-model-schema.html
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isRecord } from '../../lambda/core/request';

/** A slot of an intent in the model. */
export interface ModelSlot {
  name: string;
  type: string;
}

/** An intent in the model. */
export interface ModelIntent {
  name: string;
  slots: ModelSlot[];
  samples: string[];
}

/** One value of a custom slot type. */
export interface ModelTypeValue {
  id?: string;
  value: string;
  synonyms: string[];
}

/** The parts of an interaction model the console uses. */
export interface InteractionModel {
  invocationName: string;
  intents: ModelIntent[];
  types: Map<string, ModelTypeValue[]>;
}

/** The model file is missing, unreadable or not an interaction model. */
export class ModelError extends Error {
  override readonly name = 'ModelError';
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/** Checks parsed JSON and keeps what the console needs; throws {@link ModelError} with a clear reason. */
export function parseModel(json: unknown, source = 'the model'): InteractionModel {
  const interaction = isRecord(json) ? json.interactionModel : undefined;
  const language = isRecord(interaction) ? interaction.languageModel : undefined;
  if (!isRecord(language)) throw new ModelError(`${source} has no interactionModel.languageModel`);
  const { invocationName, intents, types } = language;
  if (typeof invocationName !== 'string' || !invocationName.trim()) {
    throw new ModelError(`${source} has no invocationName`);
  }
  if (!Array.isArray(intents)) throw new ModelError(`${source} has no intents list`);
  const parsedIntents = intents.map((intent, index): ModelIntent => {
    if (!isRecord(intent) || typeof intent.name !== 'string') {
      throw new ModelError(`${source}: intent #${index + 1} has no name`);
    }
    const slots = Array.isArray(intent.slots) ? intent.slots : [];
    return {
      name: intent.name,
      samples: strings(intent.samples),
      slots: slots.map((slot): ModelSlot => {
        if (!isRecord(slot) || typeof slot.name !== 'string' || typeof slot.type !== 'string') {
          throw new ModelError(`${source}: a slot of ${intent.name as string} has no name or type`);
        }
        return { name: slot.name, type: slot.type };
      }),
    };
  });
  const parsedTypes = new Map<string, ModelTypeValue[]>();
  for (const type of Array.isArray(types) ? types : []) {
    if (!isRecord(type) || typeof type.name !== 'string' || !Array.isArray(type.values)) {
      throw new ModelError(`${source}: a slot type has no name or values`);
    }
    parsedTypes.set(
      type.name,
      type.values.flatMap((entry): ModelTypeValue[] => {
        const name = isRecord(entry) ? entry.name : undefined;
        if (!isRecord(entry) || !isRecord(name) || typeof name.value !== 'string') return [];
        return [
          {
            id: typeof entry.id === 'string' ? entry.id : undefined,
            value: name.value,
            synonyms: strings(name.synonyms),
          },
        ];
      }),
    );
  }
  return { invocationName: invocationName.toLowerCase().trim(), intents: parsedIntents, types: parsedTypes };
}

/** Reads `path` and parses it as an interaction model; throws {@link ModelError}. */
export function loadModel(path: string): InteractionModel {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new ModelError(`cannot read the interaction model ${path}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ModelError(
      `${path} is not valid JSON (${error instanceof Error ? error.message : 'parse error'})`,
    );
  }
  return parseModel(json, path);
}

/** The model file of a locale in this project: `models/<locale>.json`. */
export function modelPathFor(locale: string): string {
  return resolve(__dirname, '..', '..', 'models', `${locale}.json`);
}
