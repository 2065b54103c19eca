/**
 * The utterance resolver: turns what the user types into what Alexa would send for a sample-utterance
 * match against an interaction model: a launch, an intent with filled slots (one-shot or in
 * session), an exit, or `AMAZON.FallbackIntent` with the nearest intents.
 * @see https://developer.amazon.com/en-US/docs/alexa/custom-skills/understanding-how-users-invoke-custom-skills.html
 */
import type { DateTime } from 'luxon';
import type { InteractionModel } from '../model';
import {
  BUILT_IN_PHRASES,
  CONNECTING_WORDS,
  EXIT_PHRASES,
  FILLERS,
  LAUNCH_VERBS,
  ONE_SHOT_VERBS,
} from './builtins';
import { fillSlot, KNOWN_WORD, lookupOf, slotQuality, type FilledSlot, type TypeLookup } from './slots';
import { SampleIndex } from './sample-index';
import { normalize, prepare, similarity, similarityBound, type PreparedText } from './text';

export type { FilledSlot, SlotResolution } from './slots';
export { sampleUtterances, type SampleUtterance } from './examples';

/** An intent close to an unmatched utterance. */
export interface NearIntent {
  intent: string;
  /** 0 (nothing alike) to 1 (the same words). */
  score: number;
  sample: string;
}

/** The intent an utterance resolved to. */
export interface ResolvedIntent {
  name: string;
  /** Every slot the intent declares; unfilled ones have no value. */
  slots: { name: string; type: string; filled?: FilledSlot }[];
  /** The sample (or built-in phrasing) that matched; absent for the fallback. */
  sample?: string;
  /** For the fallback: the nearest intents, best first. */
  nearest?: NearIntent[];
}

/** What an utterance means to Alexa. */
export type Resolution =
  { kind: 'launch' } | { kind: 'exit' } | { kind: 'intent'; intent: ResolvedIntent; oneShot: boolean };

/** Options of {@link createResolver}. */
export interface ResolverOptions {
  /** The current instant in the device's time zone (for AMAZON.DATE). */
  now: () => DateTime;
}

/** A resolver bound to one model. */
export interface Resolver {
  resolve(utterance: string): Resolution;
  /** Resolves words said inside a session (no launch phrases) to an intent, or the fallback. */
  resolveIntent(utterance: string): ResolvedIntent;
  /** The intents most like `utterance`, best first. */
  nearest(utterance: string, count?: number): NearIntent[];
}

interface CompiledSample {
  /** Position in the model (samples first, then built-in phrasings): the tie-breaker between equal scores. */
  order: number;
  intent: string;
  sample: string;
  /** The sample's words: a literal word, or `{ slot }` for a slot. */
  tokens: (string | { slot: string })[];
  slotNames: string[];
  literalWords: number;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A sample's words and slots; slot names keep their case (`{bodyPart}`), as Alexa's do. */
function tokensOf(sample: string): CompiledSample['tokens'] {
  return sample.split(/(\{[^}]+\})/).flatMap((part): CompiledSample['tokens'] => {
    const slot = /^\{([^}]+)\}$/.exec(part)?.[1];
    return slot ? [{ slot }] : normalize(part).split(' ').filter(Boolean);
  });
}

function compile(order: number, intent: string, sample: string): CompiledSample {
  const tokens = tokensOf(sample);
  const slotNames = tokens.flatMap((token) => (typeof token === 'string' ? [] : [token.slot]));
  return {
    order,
    intent,
    sample,
    tokens,
    slotNames,
    literalWords: tokens.length - slotNames.length,
  };
}

/**
 * Every way `words` fit `tokens`: literal words must match, each slot takes one or more words. Each
 * split lists the slots' words in sample order; earlier slots take fewer words first.
 */
function splitsOf(tokens: CompiledSample['tokens'], words: readonly string[]): string[][] {
  const splits: string[][] = [];
  const walk = (token: number, word: number, values: string[]) => {
    const current = tokens[token];
    if (current === undefined) {
      if (word === words.length) splits.push(values);
      return;
    }
    if (typeof current === 'string') {
      if (words[word] === current) walk(token + 1, word + 1, values);
      return;
    }
    const next = tokens[token + 1];
    // Every later token needs a word of its own, so a slot leaves at least that many.
    const last = words.length - (tokens.length - token - 1);
    for (let end = word + 1; end <= last; end += 1)
      if (typeof next !== 'string' || words[end] === next)
        walk(token + 1, end, [...values, words.slice(word, end).join(' ')]);
  };
  walk(0, 0, []);
  return splits;
}

/** The word count of each custom type's longest value or synonym. */
function longestForms(types: TypeLookup): Map<string, number> {
  const longest = new Map<string, number>();
  for (const [name, forms] of types)
    longest.set(name, Math.max(1, ...[...forms.keys()].map((form) => form.split(' ').length)));
  return longest;
}

/** Builds a resolver for `model`. Samples, built-in phrasings and slot types are compiled once. */
export function createResolver(model: InteractionModel, options: ResolverOptions): Resolver {
  const intents = new Map(model.intents.map((intent) => [intent.name, intent]));
  const compiled: CompiledSample[] = [];
  for (const intent of model.intents) {
    for (const sample of intent.samples) compiled.push(compile(compiled.length, intent.name, sample));
    for (const phrase of BUILT_IN_PHRASES[intent.name] ?? [])
      compiled.push(compile(compiled.length, intent.name, phrase));
  }
  const index = new SampleIndex(compiled);
  const context = { types: lookupOf(model.types), now: options.now };
  const longest = longestForms(context.types);
  const invocation = normalize(model.invocationName);

  const withSlots = (name: string, filled: FilledSlot[], sample?: string): ResolvedIntent => ({
    name,
    ...(sample === undefined ? {} : { sample }),
    slots: (intents.get(name)?.slots ?? []).map((slot) => {
      const value = filled.find((f) => f.name === slot.name);
      return value
        ? { name: slot.name, type: slot.type, filled: value }
        : { name: slot.name, type: slot.type };
    }),
  });

  /**
   * The best reading of `words` as `candidate`: every split of the words between its slots (see
   * {@link splitsOf}) whose values fill their slots, scored by {@link match}'s measure. A sample
   * made only of slots ("{style}", "{bodyPart} {painWord}") has no carrier words to recognise its
   * intent by, only the values: there, a custom slot matches only words its type knows (a value or
   * synonym). Alexa weighs custom slot input toward the type's values, and sends
   * AMAZON.FallbackIntent when no intent fits with confidence, so "play music" is not a routine style.
   * Elsewhere a custom slot takes words its type does not know only as many as its longest known
   * value has, and only while the sample's own words and known values outnumber them: an open slot
   * does not swallow a sentence ("add milk to my shopping list" is no pain report), which keeps the
   * console on the strict side of Alexa.
   * @see https://developer.amazon.com/en-US/docs/alexa/custom-skills/create-and-edit-custom-slot-types.html
   * @see https://developer.amazon.com/en-US/docs/alexa/custom-skills/standard-built-in-intents.html#fallback
   */
  function read(
    candidate: CompiledSample,
    words: readonly string[],
    fillOnce: (name: string, type: string, said: string) => FilledSlot | undefined,
  ): { score: number; filled: FilledSlot[] } | undefined {
    const onlySlots = candidate.literalWords === 0;
    const slots = intents.get(candidate.intent)?.slots ?? [];
    let best: { score: number; filled: FilledSlot[] } | undefined;
    splits: for (const values of splitsOf(candidate.tokens, words)) {
      let score = candidate.literalWords * (KNOWN_WORD + 1);
      const filled: FilledSlot[] = [];
      // Words the sample accounts for (its own words, values its slots know) and words it does not.
      let known = candidate.literalWords;
      let unknown = 0;
      for (const [at, name] of candidate.slotNames.entries()) {
        const type = slots.find((s) => s.name === name)?.type;
        const said = values[at] ?? '';
        const slot = type ? fillOnce(name, type, said) : undefined;
        if (!slot) continue splits;
        const count = said.split(' ').length;
        if (slot.resolution?.code === 'ER_SUCCESS_NO_MATCH') {
          if (onlySlots || count > (longest.get(slot.type) ?? 1)) continue splits;
          unknown += count;
        } else known += count;
        filled.push(slot);
        score += slotQuality(slot, said);
      }
      if (unknown >= known) continue;
      if (!best || score > best.score) best = { score, filled };
    }
    return best;
  }

  /**
   * The best sample match for `text`: the one that accounts for the most words with a sample's own
   * words or with values its slots know (`slotQuality`); between equal accounts the sample with
   * more of its own words, then the one earlier in the model. Adjacent slots ("{length} {style}
   * {kind}") are tried at every split of the words between them, so the split whose values resolve
   * (entity resolution success) wins, as Alexa's NLU prefers values it knows over unknown words.
   */
  function match(text: string): ResolvedIntent | undefined {
    let best: { score: number; intent: ResolvedIntent } | undefined;
    const words = text.split(' ');
    // The same words fill the same type the same way in every sample: fill them once.
    const fills = new Map<string, FilledSlot | undefined>();
    const fillOnce = (name: string, type: string, said: string) => {
      const key = `${type} ${said}`;
      if (!fills.has(key)) fills.set(key, fillSlot(name, type, said, context));
      const slot = fills.get(key);
      return slot && { ...slot, name };
    };
    for (const candidate of index.candidates(words)) {
      const reading = read(candidate, words, fillOnce);
      if (reading && (!best || reading.score > best.score))
        best = {
          score: reading.score,
          intent: withSlots(candidate.intent, reading.filled, candidate.sample),
        };
    }
    return best?.intent;
  }

  // Samples prepared for `similarity` when the fallback first needs them, not at start-up.
  let prepared: PreparedText[] | undefined;
  const nearest = (utterance: string, count = 3): NearIntent[] => {
    prepared ??= compiled.map((candidate) => prepare(candidate.sample));
    const byIntent = new Map<string, NearIntent>();
    const said = prepare(utterance);
    for (const candidate of compiled) {
      if (candidate.intent === 'AMAZON.FallbackIntent') continue;
      const words = prepared[candidate.order];
      if (!words) continue;
      const known = byIntent.get(candidate.intent);
      const rounded = (value: number) => Math.round(value * 100) / 100;
      if (known && rounded(similarityBound(said, words)) <= known.score) continue;
      const score = rounded(similarity(said, words));
      if (!known || score > known.score)
        byIntent.set(candidate.intent, { intent: candidate.intent, score, sample: candidate.sample });
    }
    return [...byIntent.values()].sort((a, b) => b.score - a.score).slice(0, count);
  };

  function resolveIntent(utterance: string): ResolvedIntent {
    const text = normalize(utterance);
    const variants = [text];
    for (const filler of FILLERS) {
      for (const variant of [...variants]) {
        const stripped = variant.replace(filler, '').trim();
        if (stripped && !variants.includes(stripped)) variants.push(stripped);
      }
    }
    // The words as said first; a reading that leaves a custom slot unresolved gives way to one of the
    // politeness-stripped words whose slots all resolve ("just a moment please" is "just a moment").
    let open: ResolvedIntent | undefined;
    for (const variant of variants) {
      const found = match(variant);
      if (found && !found.slots.some((s) => s.filled?.resolution?.code === 'ER_SUCCESS_NO_MATCH'))
        return found;
      open ??= found;
    }
    if (open) return open;
    const near = nearest(text);
    if (intents.has('AMAZON.FallbackIntent'))
      return { ...withSlots('AMAZON.FallbackIntent', []), nearest: near };
    // Without a fallback intent in the model, Alexa sends the closest intent.
    return { ...withSlots(near[0]?.intent ?? 'AMAZON.HelpIntent', []), nearest: near };
  }

  const launch = new RegExp(
    `^(?:(?:${LAUNCH_VERBS.join('|')}|ask|tell) )?${escape(invocation)}(?: please)?$`,
  );
  const oneShotPhrase = new RegExp(
    `^(?:${ONE_SHOT_VERBS.join('|')}) ${escape(invocation)} (?:(${CONNECTING_WORDS.join('|')}) )?(.+)$`,
  );
  const trailingName = new RegExp(`^(.+) (?:using|with|from|on) ${escape(invocation)}$`);

  function resolve(utterance: string): Resolution {
    const text = normalize(utterance).replace(/^alexa /, '');
    if (EXIT_PHRASES.includes(text) || EXIT_PHRASES.includes(`alexa ${text}`)) return { kind: 'exit' };
    if (launch.test(text)) return { kind: 'launch' };
    const oneShot = oneShotPhrase.exec(text);
    if (oneShot?.[2]) {
      const rest = oneShot[2];
      const direct = resolveIntent(rest);
      if (direct.name !== 'AMAZON.FallbackIntent' || !oneShot[1])
        return { kind: 'intent', intent: direct, oneShot: true };
      const withWord = resolveIntent(`${oneShot[1]} ${rest}`);
      return {
        kind: 'intent',
        intent: withWord.name === 'AMAZON.FallbackIntent' ? direct : withWord,
        oneShot: true,
      };
    }
    const trailing = trailingName.exec(text);
    if (trailing?.[1]) return { kind: 'intent', intent: resolveIntent(trailing[1]), oneShot: true };
    return { kind: 'intent', intent: resolveIntent(utterance), oneShot: false };
  }

  return { resolve, resolveIntent, nearest };
}
