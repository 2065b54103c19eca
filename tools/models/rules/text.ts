/** Text helpers the rules share: slot patterns in samples, and the normal form samples compare in. */

const SLOT_PATTERN = /\{([^{}]*)\}/g;

/** The slot names a sample uses, in order: `"log {date} off"` → `['date']`. */
export function slotsIn(sample: string): string[] {
  return [...sample.matchAll(SLOT_PATTERN)].map((match) => match[1] ?? '');
}

/** The sample as Alexa compares it: lower case, single spaces. */
export function normalize(sample: string): string {
  return sample.toLowerCase().trim().replace(/\s+/g, ' ');
}

/**
 * The sample with every slot replaced by its type (`typeOf`, unknown slots anonymous): `{a} run` and
 * `{b} run` are the same shape when both slots are dates, and different when one is a number.
 */
export function shape(
  sample: string,
  typeOf: (slot: string) => string | undefined = () => undefined,
): string {
  return normalize(sample).replace(SLOT_PATTERN, (_, slot: string) => `{${typeOf(slot) ?? ''}}`);
}

/** The words of a sample outside its slots. */
export function wordsOf(sample: string): string[] {
  return normalize(sample.replace(SLOT_PATTERN, ' '))
    .split(' ')
    .filter((word) => word.length > 0);
}

/** Is this an Amazon built-in intent (`AMAZON.StopIntent`)? */
export function isBuiltIn(intentName: string): boolean {
  return intentName.startsWith('AMAZON.');
}

/**
 * Why a piece of spoken text (a sample without its slots, a slot value) has characters Alexa
 * rejects or users cannot say, or undefined when it is fine. Alexa accepts letters, spaces, periods
 * for abbreviations ("a. m."), possessive apostrophes and hyphens; numbers must be spelled out. The
 * project writes samples in lower case.
 * @see https://developer.amazon.com/en-US/docs/alexa/custom-skills/create-intents-utterances-and-slots.html
 */
export function characterProblem(text: string, what: 'sample' | 'value'): string | undefined {
  if (text.trim() === '') return `empty ${what}`;
  if (text !== text.trim() || /\s{2}/.test(text)) return 'has extra spaces';
  if (/\d/.test(text)) return 'has digits: spell numbers out ("twenty", not "20")';
  if (what === 'sample' && /[A-Z]/.test(text)) return 'has capitals: write samples in lower case';
  const disallowed = what === 'sample' ? /[^a-z .'-]/u : /[^A-Za-z .'-]/u;
  const bad = disallowed.exec(text)?.[0];
  return bad === undefined ? undefined : `has "${bad}": only letters, spaces, . ' and - are allowed`;
}
