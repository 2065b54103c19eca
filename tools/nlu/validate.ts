/**
 * Checks corpus labels against an interaction model and the agreed vocabulary: every intent, slot
 * and slot value id must exist in the model or be one the model is growing (labels.ts), and every
 * label must be in the canonical form. A label the model cannot reach yet is not an error; it is a
 * miss when evaluated.
 * @see https://developer.amazon.com/en-US/docs/alexa/custom-skills/slot-type-reference.html#date
 */
import type { InteractionModel } from '../console/model';
import type { CorpusLine, CorpusProblem } from './corpus';
import { ANY_VALUE, canonical, EXIT, LAUNCH, NEW_INTENTS, NEW_SLOTS, NEW_VALUES } from './labels';

/** AMAZON.DATE values: a day, week, weekend, month, year, decade, season, or the present. */
const DATE_VALUE =
  /^(\d{4}-\d{2}-\d{2}|\d{4}-W\d{2}(-WE)?|\d{4}-\d{2}|\d{4}|\d{3}X|\d{4}-(WI|SP|SU|FA)|PRESENT_REF)$/;
const NUMBER_VALUE = /^-?\d+(\.\d+)?$/;

/** The slots (name to type) an intent has in the model or is growing; undefined for an unknown intent. */
export function slotsOf(model: InteractionModel, intent: string): Record<string, string> | undefined {
  const known = model.intents.find((candidate) => candidate.name === intent);
  const growing = NEW_INTENTS[intent];
  if (!known && !growing) return undefined;
  return {
    ...Object.fromEntries((known?.slots ?? []).map((slot) => [slot.name, slot.type])),
    ...growing,
    ...NEW_SLOTS[intent],
  };
}

/** The value ids a custom slot type has in the model or is growing. */
function idsOf(model: InteractionModel, type: string): Set<string> {
  const ids = (model.types.get(type) ?? []).map((value) => value.id ?? value.value);
  return new Set([...ids, ...(NEW_VALUES[type] ?? [])]);
}

/** Why `value` cannot be a value of slot type `type`, or undefined when it can. */
function valueProblem(model: InteractionModel, type: string, value: string): string | undefined {
  if (value === ANY_VALUE) return undefined;
  if (type === 'AMAZON.DATE')
    return DATE_VALUE.test(value) ? undefined : `"${value}" is no AMAZON.DATE value`;
  if (type === 'AMAZON.NUMBER') return NUMBER_VALUE.test(value) ? undefined : `"${value}" is no number`;
  if (type.startsWith('AMAZON.')) return undefined;
  const ids = idsOf(model, type);
  return ids.has(value) ? undefined : `"${value}" is no ${type} id (${[...ids].join(', ')})`;
}

/** The problems of one line's label. */
function lineProblems(model: InteractionModel, line: CorpusLine): string[] {
  const problems: string[] = [];
  const pseudo = line.intents.filter((intent) => intent === LAUNCH || intent === EXIT);
  if (pseudo.length > 0) {
    if (line.intents.length > 1) problems.push(`${pseudo.join(', ')} cannot be one of a set of intents`);
    if (Object.keys(line.slots).length > 0) problems.push(`${pseudo.join(', ')} has no slots`);
    if (pseudo.includes(LAUNCH) && line.context !== 'oneshot') problems.push('launch is a one-shot label');
    return problems;
  }
  for (const intent of line.intents) {
    const slots = slotsOf(model, intent);
    if (!slots) {
      problems.push(`unknown intent ${intent}`);
      continue;
    }
    const form = canonical({ intent, slots: {} });
    if (form.intent !== intent) {
      const implied = Object.entries(form.slots).map(([name, value]) => `${name}: ${value}`);
      problems.push(`label ${intent} as ${form.intent} with ${implied.join(', ')}`);
      continue;
    }
    for (const [name, value] of Object.entries(line.slots)) {
      const type = slots[name];
      if (type === undefined) {
        problems.push(`${intent} has no slot ${name} (${Object.keys(slots).join(', ') || 'none'})`);
        continue;
      }
      const problem = valueProblem(model, type, value);
      if (problem) problems.push(`${intent}.${name}: ${problem}`);
    }
  }
  return problems;
}

/** Every label problem of `lines` against `model`, at the line it belongs to. */
export function validateLines(model: InteractionModel, lines: readonly CorpusLine[]): CorpusProblem[] {
  return lines.flatMap((line) =>
    lineProblems(model, line).map((message) => ({ file: line.file, line: line.line, message })),
  );
}
