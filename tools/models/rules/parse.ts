/** Reading a model file defensively: the linter reports a malformed file instead of crashing on it. */
import type { Finding, LanguageModel, ModelIntent, ModelType, ModelUnderLint } from './types';

type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string';
const isTextList = (value: unknown): value is string[] => Array.isArray(value) && value.every(isText);

function intentOf(value: unknown): ModelIntent | string {
  if (!isRecord(value) || !isText(value.name)) return 'has an intent without a name';
  const where = `intent ${value.name}`;
  const samples = value.samples ?? [];
  if (!isTextList(samples)) return `${where}: samples must be a list of text`;
  const slots = value.slots ?? [];
  if (
    !Array.isArray(slots) ||
    !slots.every((slot) => isRecord(slot) && isText(slot.name) && isText(slot.type))
  )
    return `${where}: slots must be a list of { name, type }`;
  const typed = slots as { name: string; type: string }[];
  return {
    name: value.name,
    ...(typed.length ? { slots: typed.map(({ name, type }) => ({ name, type })) } : {}),
    samples,
  };
}

function typeOf(value: unknown): ModelType | string {
  if (!isRecord(value) || !isText(value.name) || !Array.isArray(value.values))
    return 'has a slot type without a name and values';
  const values: ModelType['values'] = [];
  for (const entry of value.values) {
    const name = isRecord(entry) ? entry.name : undefined;
    const synonyms = isRecord(name) ? (name.synonyms ?? []) : undefined;
    if (
      !isRecord(entry) ||
      !isText(entry.id) ||
      !isRecord(name) ||
      !isText(name.value) ||
      !isTextList(synonyms)
    )
      return `type ${value.name}: values must be { id, name: { value, synonyms } }`;
    values.push({ id: entry.id, name: { value: name.value, synonyms } });
  }
  return { name: value.name, values };
}

/**
 * Reads one model file's text: the language model, or a finding when it is not an ASK interaction
 * model (so the rest of the lint can still run on the other files).
 */
export function parseModel(file: string, text: string): ModelUnderLint | Finding {
  const fail = (message: string): Finding => ({
    rule: 'schema',
    severity: 'error',
    file,
    where: 'model',
    message,
  });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return fail(`is not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const root =
    isRecord(json) && isRecord(json.interactionModel) ? json.interactionModel.languageModel : undefined;
  if (!isRecord(root) || !isText(root.invocationName) || !Array.isArray(root.intents))
    return fail('has no interactionModel.languageModel with an invocationName and intents');
  const intents = root.intents.map(intentOf);
  const types = (Array.isArray(root.types) ? root.types : []).map(typeOf);
  const problem = [...intents, ...types].find(isText);
  if (problem !== undefined) return fail(problem);
  const model: LanguageModel = {
    invocationName: root.invocationName,
    modelConfiguration: { fallbackIntentSensitivity: { level: 'LOW' } },
    intents: intents.filter((intent): intent is ModelIntent => !isText(intent)),
    types: types.filter((type): type is ModelType => !isText(type)),
  };
  return { file, model, bytes: Buffer.byteLength(text, 'utf8') };
}
