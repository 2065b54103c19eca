import { LOCALE_ALTERNATIVES, LOCALE_WORDS, type AlternativeMap, type WordMap } from './regional';
import type { IntentSource, Locale, SlotTypeSource, SlotValueSource } from './types';

const SLOT = /(\{[^}]*\})/;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Each word map's pattern, compiled once: a model rewrites tens of thousands of samples. */
const PATTERNS = new WeakMap<WordMap, RegExp | undefined>();

function patternOf(words: WordMap): RegExp | undefined {
  if (PATTERNS.has(words)) return PATTERNS.get(words);
  const keys = Object.keys(words).sort((a, b) => b.length - a.length);
  const pattern = keys.length
    ? new RegExp(`(?<![\\w'])(${keys.map(escapeRegExp).join('|')})(?![\\w'])`, 'g')
    : undefined;
  PATTERNS.set(words, pattern);
  return pattern;
}

/**
 * Rewrites whole words and phrases of `text` with `words` (longest first), leaving `{slot}` patterns
 * alone: `rewrite('my favorite {run}', { favorite: 'favourite' })` is `'my favourite {run}'`.
 */
export function rewrite(text: string, words: WordMap): string {
  const pattern = patternOf(words);
  if (!pattern) return text;
  return text
    .split(SLOT)
    .map((part) => (SLOT.test(part) ? part : part.replace(pattern, (word) => words[word] ?? word)))
    .join('');
}

/**
 * Rewrites a list for a locale, dropping only the entries the rewrite itself made equal to an earlier
 * one ("sneakers" and "trainers" both become "trainers" in en-GB). Duplicates already in the source
 * stay, so the model linter reports them. `taken` maps texts already used (a slot value) to their source.
 */
function rewriteAll(texts: readonly string[], words: WordMap, taken: [string, string][] = []): string[] {
  const sourceOf = new Map(taken);
  const out: string[] = [];
  for (const text of texts) {
    const local = rewrite(text, words);
    const earlier = sourceOf.get(local);
    if (earlier !== undefined && earlier !== text) continue;
    sourceOf.set(local, text);
    out.push(local);
  }
  return out;
}

/**
 * The other ways a locale says `text`: for each phrase of `alternatives` it holds (outside slots), the
 * text with that phrase replaced by each alternative. `alternativesOf('i rested on the weekend',
 * { 'on the weekend': ['at the weekend'] })` is `['i rested at the weekend']`.
 */
export function alternativesOf(text: string, alternatives: AlternativeMap): string[] {
  return Object.entries(alternatives)
    .filter(([phrase]) => text.includes(phrase))
    .flatMap(([phrase, others]) =>
      others.map((other) => rewrite(text, { [phrase]: other })).filter((variant) => variant !== text),
    );
}

/** `texts` followed by the alternatives of each that are not already there. */
function withAlternatives(texts: string[], alternatives: AlternativeMap): string[] {
  const seen = new Set(texts);
  const extra = texts
    .flatMap((text) => alternativesOf(text, alternatives))
    .filter((text) => {
      if (seen.has(text)) return false;
      seen.add(text);
      return true;
    });
  return [...texts, ...extra];
}

/** An intent as one locale hears it: its samples rewritten, that locale's extra samples, then its alternatives. */
export function localizeIntent(intent: IntentSource, locale: Locale): IntentSource {
  const words = LOCALE_WORDS[locale];
  const samples = withAlternatives(
    rewriteAll([...intent.samples, ...(intent.localeSamples?.[locale] ?? [])], words),
    LOCALE_ALTERNATIVES[locale],
  );
  return { name: intent.name, ...(intent.slots ? { slots: intent.slots } : {}), samples };
}

function localizeValue(value: SlotValueSource, locale: Locale): SlotValueSource {
  const words = LOCALE_WORDS[locale];
  const name = rewrite(value.value, words);
  const rewritten = rewriteAll(
    [...(value.synonyms ?? []), ...(value.localeSynonyms?.[locale] ?? [])],
    words,
    [[name, value.value]],
  );
  // The value's own alternatives become synonyms too: "two weeks ago" also answers to "a fortnight ago".
  const synonyms = withAlternatives([name, ...rewritten], LOCALE_ALTERNATIVES[locale]).slice(1);
  return { id: value.id, value: name, ...(synonyms.length ? { synonyms } : {}) };
}

/** A slot type as one locale hears it: values and synonyms rewritten, plus that locale's synonyms and alternatives. */
export function localizeType(type: SlotTypeSource, locale: Locale): SlotTypeSource {
  return { name: type.name, values: type.values.map((value) => localizeValue(value, locale)) };
}
