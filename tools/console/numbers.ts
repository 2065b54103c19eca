/**
 * Spoken numbers, as the `AMAZON.NUMBER` slot type turns them into digits ("twenty five" → "25").
 * @see https://developer.amazon.com/en-US/docs/alexa/custom-skills/slot-type-reference.html#number
 */

const UNITS: Record<string, number> = {
  zero: 0,
  oh: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SCALES: Record<string, number> = { thousand: 1_000, million: 1_000_000, billion: 1_000_000_000 };

const ORDINAL_UNITS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
};

function words(text: string): string[] {
  return text.toLowerCase().replace(/-/g, ' ').split(/\s+/).filter(Boolean);
}

/**
 * A cardinal number said in words or digits ("twenty five", "a hundred and two", "minus 3", "25"),
 * or `undefined` when the text is not one number.
 */
export function parseNumber(text: string): number | undefined {
  const tokens = words(text.replace(/,(?=\d{3})/g, ''));
  let sign = 1;
  if (tokens[0] === 'minus' || tokens[0] === 'negative') {
    sign = -1;
    tokens.shift();
  }
  if (tokens.length === 0) return undefined;
  if (tokens.length === 1 && /^\d+$/.test(tokens[0] ?? '')) return sign * Number(tokens[0]);
  let total = 0;
  let current = 0;
  let seen = false;
  let last: 'unit' | 'ten' | 'hundred' | 'scale' | 'and' | undefined;
  for (const token of tokens) {
    if (token === 'and') {
      if (last !== 'hundred' && last !== 'scale') return undefined;
      last = 'and';
    } else if (token === 'a' && !seen) {
      current = 1;
      last = 'unit';
    } else if (token in UNITS) {
      if (last === 'unit') return undefined;
      current += UNITS[token] ?? 0;
      last = 'unit';
    } else if (token in TENS) {
      if (last === 'unit' || last === 'ten') return undefined;
      current += TENS[token] ?? 0;
      last = 'ten';
    } else if (token === 'hundred') {
      current = (current || 1) * 100;
      last = 'hundred';
    } else if (token in SCALES) {
      total += (current || 1) * (SCALES[token] ?? 1);
      current = 0;
      last = 'scale';
    } else {
      return undefined;
    }
    seen = true;
  }
  if (last === 'and') return undefined;
  return sign * (total + current);
}

/** A day-of-month ordinal ("twenty fifth", "25th", "first", "the 3rd") or `undefined`. */
export function parseOrdinal(text: string): number | undefined {
  const tokens = words(text);
  if (tokens[0] === 'the') tokens.shift();
  const only = tokens.length === 1 ? (tokens[0] ?? '') : '';
  const digits = /^(\d{1,2})(st|nd|rd|th)?$/.exec(only);
  if (digits) return Number(digits[1]);
  const lastWord = tokens[tokens.length - 1] ?? '';
  const ordinal = ORDINAL_UNITS[lastWord];
  if (ordinal === undefined) return undefined;
  if (tokens.length === 1) return ordinal;
  if (tokens.length === 2 && ordinal < 10) {
    const tens = TENS[tokens[0] ?? ''];
    return tens === undefined ? undefined : tens + ordinal;
  }
  return undefined;
}
