/**
 * Slot values as Alexa fills them: custom types with entity resolution, and the built-in types the
 * console understands (AMAZON.DATE, AMAZON.NUMBER, AMAZON.DURATION, AMAZON.Ordinal). Other built-in
 * types take the words as said.
 * @see https://developer.amazon.com/en-US/docs/alexa/custom-skills/entity-resolution.html
 */
import type { DateTime } from 'luxon';
import { resolveDate } from '../dates';
import type { ModelTypeValue } from '../model';
import { parseNumber, parseOrdinal } from '../numbers';
import { normalize } from './text';

/** Entity resolution for one slot of a custom type. */
export interface SlotResolution {
  code: 'ER_SUCCESS_MATCH' | 'ER_SUCCESS_NO_MATCH';
  /** The matched value's id and canonical name (`ER_SUCCESS_MATCH` only). */
  id?: string;
  name?: string;
}

/** A filled slot. */
export interface FilledSlot {
  name: string;
  type: string;
  /** The value Alexa sends: the words said (custom types) or the converted value (built-ins). */
  value: string;
  resolution?: SlotResolution;
}

/** Every spoken form of a custom type's values (value and synonyms, normalised) → its value. */
export type TypeLookup = ReadonlyMap<string, ReadonlyMap<string, ModelTypeValue>>;

/** What slot filling needs besides the words. */
export interface SlotContext {
  /** The custom types, by name (see {@link lookupOf}). */
  types: TypeLookup;
  /** The current instant in the device's time zone. */
  now: () => DateTime;
}

/** The spoken forms of every custom type, for {@link SlotContext}; the first value naming a form wins. */
export function lookupOf(types: ReadonlyMap<string, ModelTypeValue[]>): TypeLookup {
  const lookup = new Map<string, Map<string, ModelTypeValue>>();
  for (const [name, values] of types) {
    const forms = new Map<string, ModelTypeValue>();
    for (const entry of values)
      for (const form of [entry.value, ...entry.synonyms].map(normalize))
        if (!forms.has(form)) forms.set(form, entry);
    lookup.set(name, forms);
  }
  return lookup;
}

/** A stable id for a value that has none in the model (Alexa makes one up; so do we). */
function implicitId(value: string): string {
  let hash = 0;
  for (const char of value) hash = (Math.imul(hash, 31) + (char.codePointAt(0) ?? 0)) >>> 0;
  return hash.toString(16).padStart(8, '0');
}

/** Text `normalize` would leave as it is: lower-case words and apostrophes, single spaces. */
const NORMALISED = /^[\p{Ll}\p{N}']+(?: [\p{Ll}\p{N}']+)*$/u;

function customValue(forms: ReadonlyMap<string, ModelTypeValue>, said: string): SlotResolution {
  // The resolver passes words it has already normalised; other text is normalised first.
  const entry = forms.get(NORMALISED.test(said) ? said : normalize(said));
  return entry
    ? { code: 'ER_SUCCESS_MATCH', id: entry.id ?? implicitId(entry.value), name: entry.value }
    : { code: 'ER_SUCCESS_NO_MATCH' };
}

function duration(said: string): string | undefined {
  const match = /^(.+?) (second|minute|hour|day|week)s?$/.exec(said);
  const count = match?.[1] === 'a' || match?.[1] === 'one' ? 1 : parseNumber(match?.[1] ?? '');
  if (!match || count === undefined) return undefined;
  const unit = match[2] ?? '';
  const code = { second: 'S', minute: 'M', hour: 'H', day: 'D', week: 'W' }[unit] ?? 'S';
  return ['second', 'minute', 'hour'].includes(unit) ? `PT${count}${code}` : `P${count}${code}`;
}

/**
 * Fills slot `name` of type `type` with what the user said, or `undefined` when the words cannot be a
 * value of that type (a date that is no date, a number that is no number).
 */
export function fillSlot(
  name: string,
  type: string,
  said: string,
  context: SlotContext,
): FilledSlot | undefined {
  const values = context.types.get(type);
  if (values) {
    const resolution = customValue(values, said);
    if (resolution.code === 'ER_SUCCESS_MATCH' || !type.startsWith('AMAZON.')) {
      return { name, type, value: said, resolution };
    }
  }
  let value: string | undefined = said;
  if (type === 'AMAZON.DATE') value = resolveDate(said, context.now());
  else if (type === 'AMAZON.NUMBER' || type === 'AMAZON.FOUR_DIGIT_NUMBER')
    value = parseNumber(said)?.toString();
  else if (type === 'AMAZON.Ordinal') value = parseOrdinal(said)?.toString();
  else if (type === 'AMAZON.DURATION') value = duration(said);
  else if (!type.startsWith('AMAZON.'))
    return { name, type, value: said, resolution: { code: 'ER_SUCCESS_NO_MATCH' } };
  return value === undefined ? undefined : { name, type, value };
}

/** Built-in types whose values the console converts (a date, a number): words that convert are known words. */
const CONVERTED_TYPES: ReadonlySet<string> = new Set([
  'AMAZON.DATE',
  'AMAZON.NUMBER',
  'AMAZON.DURATION',
  'AMAZON.Ordinal',
  'AMAZON.FOUR_DIGIT_NUMBER',
]);

/**
 * How much a filled slot tells the resolver that its sample is the right one: words that are a
 * value the slot's type knows (a custom value or synonym, a date, a number) count as much as a
 * sample's own words do, since Alexa weighs slot input toward the type's values; words the type
 * does not know count against the sample.
 * @see https://developer.amazon.com/en-US/docs/alexa/custom-skills/create-and-edit-custom-slot-types.html
 * @see https://developer.amazon.com/en-US/docs/alexa/custom-skills/entity-resolution.html
 */
export function slotQuality(slot: FilledSlot, said: string): number {
  const known = said.split(' ').filter(Boolean).length * KNOWN_WORD;
  if (slot.resolution?.code === 'ER_SUCCESS_MATCH') return known;
  if (slot.resolution?.code === 'ER_SUCCESS_NO_MATCH') return -4;
  return CONVERTED_TYPES.has(slot.type) ? known : -1;
}

/** The score of one word of a known slot value; a sample's own word scores one more (see the resolver). */
export const KNOWN_WORD = 10;
