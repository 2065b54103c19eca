/**
 * Which samples can match an utterance at all, found without trying every sample. A sample that
 * starts (ends) with a word matches only an utterance that starts (ends) with that word, and every
 * literal word of a sample must be in the utterance; samples are filed by their first and last
 * literal-or-slot token. The candidates come back in model order, so the resolver's choice between
 * equal scores is the one it makes when trying every sample: the index saves time, and matches
 * nothing new.
 */

/** What the index needs of a compiled sample. */
export interface IndexedSample {
  /** Position in the model: candidates are returned in this order. */
  order: number;
  /** The sample's words: a literal word, or `{ slot }` for a slot. */
  tokens: readonly (string | { slot: string })[];
}

const ANY = '{}';

const keyOf = (token: string | { slot: string } | undefined) => (typeof token === 'string' ? token : ANY);

export class SampleIndex<T extends IndexedSample> {
  private readonly byEnds = new Map<string, { sample: T; words: readonly string[] }[]>();

  constructor(samples: readonly T[]) {
    for (const sample of samples) {
      const key = `${keyOf(sample.tokens[0])} ${keyOf(sample.tokens.at(-1))}`;
      const words = sample.tokens.filter((token): token is string => typeof token === 'string');
      const list = this.byEnds.get(key);
      if (list) list.push({ sample, words });
      else this.byEnds.set(key, [{ sample, words }]);
    }
  }

  /** The samples that could match an utterance of these words, in model order. */
  candidates(words: readonly string[]): T[] {
    const first = words[0] ?? '';
    const last = words.at(-1) ?? '';
    const said = new Set(words);
    const keys = new Set([`${first} ${last}`, `${first} ${ANY}`, `${ANY} ${last}`, `${ANY} ${ANY}`]);
    const found: T[] = [];
    for (const key of keys)
      for (const { sample, words: literal } of this.byEnds.get(key) ?? [])
        if (literal.length <= words.length && literal.every((word) => said.has(word))) found.push(sample);
    return found.sort((a, b) => a.order - b.order);
  }
}
