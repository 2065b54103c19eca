import type { Locale } from './types';

/**
 * Per-locale wording of the models, as data. Samples and slot values are written once, in US
 * English; each locale's map rewrites whole words (or phrases) in them: spelling ("favorite" →
 * "favourite") and vocabulary ("sneakers" → "trainers"). Slot names in braces are never touched.
 *
 * Only list words that have ONE meaning in a running skill: "fall" (autumn / to fall) or "pants"
 * would change the meaning of samples that use the other sense. Phrases a locale adds rather than
 * rewrites (e.g. en-IN "what all can you do") go in an intent's `localeSamples`; extra names for a
 * slot value go in its `localeSynonyms`.
 */
export type WordMap = Readonly<Record<string, string>>;

/** "-our" and "-re" spellings, shared by every non-US locale; "physio" for "physical therapist". */
const COMMONWEALTH_SPELLING: WordMap = {
  favorite: 'favourite',
  favorites: 'favourites',
  center: 'centre',
  meter: 'metre',
  meters: 'metres',
  kilometer: 'kilometre',
  kilometers: 'kilometres',
  color: 'colour',
  'physical therapist': 'physio',
};

/** British spelling, shared by en-GB, en-AU and en-IN: "programme" and "-ise" as well. */
const BRITISH_SPELLING: WordMap = {
  ...COMMONWEALTH_SPELLING,
  program: 'programme',
  programs: 'programmes',
  stabilize: 'stabilise',
  stabilizing: 'stabilising',
  mobilize: 'mobilise',
  personalize: 'personalise',
};

/** Each locale's rewrites, applied to samples, slot values and synonyms. en-US is the source. */
export const LOCALE_WORDS: Readonly<Record<Locale, WordMap>> = {
  'en-US': {},
  'en-GB': { ...BRITISH_SPELLING, sneakers: 'trainers', sneaker: 'trainer', vacation: 'holiday' },
  'en-AU': { ...BRITISH_SPELLING, sneakers: 'runners', sneaker: 'runner', vacation: 'holiday' },
  'en-IN': { ...BRITISH_SPELLING, sneakers: 'sports shoes', sneaker: 'sports shoe' },
  'en-CA': { ...COMMONWEALTH_SPELLING, sneakers: 'runners', sneaker: 'runner' },
};

/** Phrases a locale says in more than one way: every sample holding the phrase is added again with each alternative. */
export type AlternativeMap = Readonly<Record<string, readonly string[]>>;

/** British, Australian and Indian English count in fortnights. */
const FORTNIGHT: AlternativeMap = {
  'two weeks ago': ['a fortnight ago'],
  'in two weeks': ['in a fortnight'],
  'every two weeks': ['every fortnight'],
  'the last two weeks': ['the last fortnight'],
  'the past two weeks': ['the past fortnight'],
};

/**
 * Each locale's extra phrasings, mostly date phrasing. Unlike {@link LOCALE_WORDS} these add to the
 * US phrasing rather than replace it (Britons say "on the weekend" too). Applied after the word
 * rewrites, to samples, and to slot values as extra synonyms.
 */
export const LOCALE_ALTERNATIVES: Readonly<Record<Locale, AlternativeMap>> = {
  'en-US': {},
  'en-GB': { ...FORTNIGHT, 'on the weekend': ['at the weekend'], 'this past weekend': ['last weekend'] },
  'en-AU': {
    ...FORTNIGHT,
    'this past weekend': ['last weekend'],
    'this afternoon': ['this arvo'],
    'afternoon run': ['arvo run'],
  },
  'en-IN': { ...FORTNIGHT, 'this past weekend': ['last weekend'] },
  'en-CA': {},
};
