/** Rules on slots and custom slot types. */
import { MAX_VALUE_CHARS } from './limits';
import { characterProblem, normalize } from './text';
import type { Issue, ModelType, Rule } from './types';

/**
 * The Amazon built-in slot types the skill may use. Extend the list when a capability needs another
 * one, after checking it exists in every English locale.
 * @see https://developer.amazon.com/en-US/docs/alexa/custom-skills/slot-type-reference.html
 */
export const BUILT_IN_SLOT_TYPES: ReadonlySet<string> = new Set([
  'AMAZON.DATE',
  'AMAZON.TIME',
  'AMAZON.DURATION',
  'AMAZON.NUMBER',
  'AMAZON.FOUR_DIGIT_NUMBER',
  'AMAZON.Ordinal',
  'AMAZON.DayOfWeek',
  'AMAZON.SearchQuery',
  'AMAZON.FirstName',
]);

/** Every slot's type is an allowed built-in or a custom type the model declares. */
export const slotTypeKnown: Rule = {
  name: 'slot-type-known',
  check(model) {
    const declared = new Set(model.types.map((type) => type.name));
    return model.intents.flatMap((intent) =>
      (intent.slots ?? [])
        .filter((slot) => !BUILT_IN_SLOT_TYPES.has(slot.type) && !declared.has(slot.type))
        .map((slot) => ({
          where: `intent ${intent.name}`,
          message: `slot {${slot.name}} has type ${slot.type}, which is neither an allowed AMAZON built-in nor declared in types`,
        })),
    );
  },
};

function typeIssues(type: ModelType): Issue[] {
  const where = `type ${type.name}`;
  const issues: Issue[] = [];
  const ids = new Set<string>();
  const owner = new Map<string, string>(); // every spoken form (value or synonym) → the value id it resolves to
  if (type.values.length === 0) issues.push({ where, message: 'has no values' });
  for (const { id, name } of type.values) {
    if (ids.has(id)) issues.push({ where, message: `id "${id}" is used by two values` });
    ids.add(id);
    const forms: [string, 'value' | 'synonym'][] = [
      [name.value, 'value'],
      ...name.synonyms.map((synonym): [string, 'synonym'] => [synonym, 'synonym']),
    ];
    for (const [text, kind] of forms) {
      const problem =
        characterProblem(text, 'value') ??
        (text.length > MAX_VALUE_CHARS ? `is longer than ${MAX_VALUE_CHARS} characters` : undefined);
      if (problem) issues.push({ where, message: `${kind} "${text}" ${problem}` });
      const key = normalize(text);
      const other = owner.get(key);
      if (other === undefined) owner.set(key, id);
      else if (other === id) issues.push({ where, message: `${kind} "${text}" is repeated in value ${id}` });
      else
        issues.push({
          where,
          message: `${kind} "${text}" of value ${id} is also a value or synonym of ${other}`,
        });
    }
  }
  return issues;
}

/** Custom slot types: unique ids, no value or synonym twice, spoken text only, within Alexa's length. */
export const typeValues: Rule = {
  name: 'type-values',
  check(model) {
    const names = model.types.map((type) => type.name);
    const repeated = names.filter((name, index) => names.indexOf(name) !== index);
    return [
      ...repeated.map((name) => ({ where: `type ${name}`, message: 'is declared twice' })),
      ...model.types.flatMap(typeIssues),
    ];
  },
};

/** A custom type no slot uses is dead weight (a warning: Alexa builds it anyway). */
export const typeUsed: Rule = {
  name: 'type-used',
  check(model) {
    const used = new Set(model.intents.flatMap((intent) => (intent.slots ?? []).map((slot) => slot.type)));
    return model.types
      .filter((type) => !used.has(type.name))
      .map((type) => ({
        where: `type ${type.name}`,
        message: 'is declared but no slot uses it',
        severity: 'warning' as const,
      }));
  },
};
