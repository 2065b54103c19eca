/** Text normalisation and similarity shared by the resolver's parts. */

/**
 * Lower case, no punctuation but apostrophes, `{slot}` braces and hyphens between digits (ISO dates);
 * a hyphen between letters is a space ("warm-up" is said like "warm up"); single spaces.
 */
export function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^\p{L}\p{N}'{}\s-]/gu, ' ')
    .replace(/(^|\s)-+|-+(\s|$)/g, ' ')
    .replace(/(?<=\p{L})-(?=\p{L})/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function trigrams(text: string): Set<string> {
  const padded = `  ${text} `;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i += 1) grams.add(padded.slice(i, i + 3));
  return grams;
}

function dice<T>(a: Set<T>, b: Set<T>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const item of a) if (b.has(item)) shared += 1;
  return (2 * shared) / (a.size + b.size);
}

/** A text's words and character trigrams, computed once for many {@link similarity} calls. */
export interface PreparedText {
  words: Set<string>;
  grams: Set<string>;
}

/** Prepares an utterance or a sample for {@link similarity}; `{slot}` patterns are left out. */
export function prepare(text: string): PreparedText {
  const plain = normalize(text)
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return { words: new Set(plain.split(' ')), grams: trigrams(plain) };
}

/**
 * How alike an utterance and a sample are, from 0 to 1: the mean of the word overlap and the
 * character-trigram overlap (Dice coefficients). `{slot}` patterns in the sample are ignored.
 */
export function similarity(utterance: PreparedText | string, sample: PreparedText | string): number {
  const a = typeof utterance === 'string' ? prepare(utterance) : utterance;
  const b = typeof sample === 'string' ? prepare(sample) : sample;
  return (dice(a.words, b.words) + dice(a.grams, b.grams)) / 2;
}

/**
 * An upper bound of {@link similarity} that costs only the word overlap: the trigram overlap is at
 * most what the two texts' trigram counts allow. Lets a caller skip samples that cannot win.
 */
export function similarityBound(utterance: PreparedText, sample: PreparedText): number {
  const [a, b] = [utterance.grams.size, sample.grams.size];
  const grams = a + b === 0 ? 1 : (2 * Math.min(a, b)) / (a + b);
  return (dice(utterance.words, sample.words) + grams) / 2;
}
