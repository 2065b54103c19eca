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

/**
 * How alike an utterance and a sample are, from 0 to 1: the mean of the word overlap and the
 * character-trigram overlap (Dice coefficients). `{slot}` patterns in the sample are ignored.
 */
export function similarity(utterance: string, sample: string): number {
  const plain = normalize(sample)
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const said = normalize(utterance);
  const words = dice(new Set(said.split(' ')), new Set(plain.split(' ')));
  return (words + dice(trigrams(said), trigrams(plain))) / 2;
}
