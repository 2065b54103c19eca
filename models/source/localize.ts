import { LOCALE_WORDS, type WordMap } from './regional';
import type { IntentSource, Locale, SlotTypeSource, SlotValueSource } from './types';

const SLOT = /(\{[^}]*\})/;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Rewrites whole words and phrases of `text` with `words` (longest first), leaving `{slot}` patterns
 * alone: `rewrite('my favorite {run}', { favorite: 'favourite' })` is `'my favourite {run}'`.
 */
export function rewrite(text: string, words: WordMap): string {
  const keys = Object.keys(words).sort((a, b) => b.length - a.length);
  if (keys.length === 0) return text;
  const pattern = new RegExp(`(?<![\\w'])(${keys.map(escapeRegExp).join('|')})(?![\\w'])`, 'g');
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

/** An intent as one locale hears it: its samples rewritten, then that locale's extra samples. */
export function localizeIntent(intent: IntentSource, locale: Locale): IntentSource {
  const words = LOCALE_WORDS[locale];
  const samples = rewriteAll([...intent.samples, ...(intent.localeSamples?.[locale] ?? [])], words);
  return { name: intent.name, ...(intent.slots ? { slots: intent.slots } : {}), samples };
}

function localizeValue(value: SlotValueSource, locale: Locale): SlotValueSource {
  const words = LOCALE_WORDS[locale];
  const name = rewrite(value.value, words);
  const synonyms = rewriteAll([...(value.synonyms ?? []), ...(value.localeSynonyms?.[locale] ?? [])], words, [
    [name, value.value],
  ]);
  return { id: value.id, value: name, ...(synonyms.length ? { synonyms } : {}) };
}

/** A slot type as one locale hears it: values and synonyms rewritten, plus that locale's synonyms. */
export function localizeType(type: SlotTypeSource, locale: Locale): SlotTypeSource {
  return { name: type.name, values: type.values.map((value) => localizeValue(value, locale)) };
}
