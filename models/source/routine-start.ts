import { expandAll, type Lexicon } from './grammar';
import { CONVERSATION } from './phrases';
import type { IntentSource } from './types';

/**
 * Choosing a routine by naming it. Kind, style and length are slots in any order a runner says them
 * ("quick aerobic warm up", "an aerobic warm up, a quick one", "the aerobic one, quick"); their
 * synonyms live in the slot types (`routine-types.ts`), so "stretches", "short" and "proper" need
 * no samples of their own. Routines asked for by a verb ("warm me up") are in `routine-verbs.ts`.
 */
export const ROUTINE: Lexicon = {
  ...CONVERSATION,
  /** A routine named by its kind, with style and length in front. */
  named: ['{kind}', '{length} {kind}', '{style} {kind}', '{length} {style} {kind}'],
  /** A routine named with "one" or "version", or with its length said after it. */
  one: [
    '{length} (one|version)',
    '{style} one',
    '{length} {style} one',
    '{style} one [but] {length}',
    '{kind} one',
  ],
  afterwards: [
    '{style} {kind} [a|the] {length} one',
    '{kind} [a|the] {length} one',
    '{style} {kind} {length} [one|version]',
    '{kind} {style} {length} [one]',
    '{style} [one] (a|the) {length} (one|version)',
  ],
  /** What names a routine, with its determiner: every shape. */
  routine: [
    '[a|an|the|my|some] <named>',
    '(a|an|the) <one>',
    '[the] <afterwards>',
    '(a|the|my) ({style}|{length} {style}) routine',
    '(a|the) {kind} with (a|some) {style}',
    '[the|some|a bit of] {style}',
  ],
  /** The common shapes only, for the less common verbs. */
  simple: ['[a|the|my] <named>', '[some] {style}', 'the {style} one'],
  /** The verbs people use most to ask for a routine: every shape after them. */
  ask: [
    'give me',
    'start',
    'do',
    "let's do",
    'i want',
    "i'd like",
    'can i have',
    'can i do',
    'can we do',
    "i'll do",
    "i'll have",
  ],
  /** Other verbs that ask for a routine. */
  askToo: [
    'could i try',
    "i'll take",
    'i need',
    "let's go with",
    "let's have",
    "let's try",
    "let's start",
    'i want to do',
    'i wanna do',
    "i'd like to do",
    'i would like',
    'can i get',
    'can i try',
    'could i have',
    'could i do',
    'can we try',
    'could we do',
    'shall we do',
    "i'll go with",
    'go with',
    'try',
    'begin',
    'kindly start',
    'take me through',
    'guide me through',
    'talk me through',
    'run me through',
    'walk me through',
    'lead me through',
    'how about',
    'what about',
    'time for',
    "i've got time for",
    'i feel like',
    'i fancy',
    'would you mind starting',
    "i reckon i'll do",
    "i think i'll do",
    'give us',
    'chuck on',
    'kindly give me',
    '[i] reckon i need',
    '[i] just need',
  ],
  /** What people add after naming a routine. */
  after: [
    'please',
    'thanks',
    'then',
    'today',
    'for me',
    'with me',
    'before my run',
    'after my run',
    'would be good',
    'i think',
    'i guess',
  ],
  /** Why now, said before or after the routine: "quick warm up, i'm late", "i just got back so a cool down". */
  reason: [
    "i'm late",
    "i'm in a rush",
    "i'm heading out",
    "i'm about to head out",
    "i don't have long",
    'i just got back',
    "i've just got back",
    "i've just finished",
    'i just finished',
    "i've got time",
  ],
  /** The shortest answers, said with an opening or a closing: "um, the yoga one", "warm up thanks". */
  short: [
    '{style}',
    '{length}',
    '{kind}',
    'the {style} one',
    'the {length} one',
    '[a|the] {kind}',
    '[a|the] {length} {kind}',
    '[a|the] {style} {kind}',
    '{length} {style}',
    '{style} {length}',
  ],
  /** A routine named on its own, as an answer: "the yoga one", "quick aerobic". */
  answer: [
    '{style}',
    '{length}',
    '{kind}',
    '(the|a|an) <one>',
    '[a|an|the] <named>',
    '{style} {length}',
    '{length} {style}',
    '<afterwards>',
    'the {style}',
    'whichever is {length}',
    "whichever's {length}",
  ],
};

/** StartRoutineIntent: every way of naming a routine, with or without a verb in front. */
export const startRoutine: IntentSource = {
  name: 'StartRoutineIntent',
  slots: [
    { name: 'kind', type: 'RoutineKind' },
    { name: 'style', type: 'RoutineStyle' },
    { name: 'length', type: 'RoutineLength' },
  ],
  samples: expandAll(
    [
      '[just] <answer>',
      '<opening> <short>',
      '<short> (please|thanks|then|i think|i guess|for me|obviously)',
      '<ask> <routine>',
      "(do|start|give me|i'd like|can i have) (a|the) <named> (please|thanks|with me)",
      "[just] [a|the] <named> (please|thanks|today|today please|before my run|would be good|i'm in a rush)",
      '[a] <named> before my (morning|afternoon|evening|lunchtime) run',
      '[just] (the|a) <one> (please|thanks)',
      '<um> ({style}|{length}|{kind}) (i think|i guess|please|thanks)',
      '<askToo> <simple>',
      "<opening> (let's do|can we do|i need) (a|the) <named>",
      "(let's|i'll) go (for|with) (a|an|the) (<named>|<one>)",
      "(let's|we'll|i'd like to|i want to) (start|begin) with (a|an|the) <named>",
      'i (want|need|would like) to (do|try|start) (a|an|the|my|some) <named>',
      'is there (a|an) <named>',
      '[a|the] <named> <reason>',
      '<reason> so [a|the] (<named>|<one>)',
    ],
    ROUTINE,
  ),
};

/** ListRoutinesIntent: "what routines are there", "what are my options". */
export const listRoutines: IntentSource = {
  name: 'ListRoutinesIntent',
  samples: expandAll(
    [
      '(what|which) (routines|warm ups|cool downs|exercises|kinds of warm up) (do you have|are there|have you got|there are|you have|it has)',
      '(list|tell me|read me|give me) (the|all the) (routines|options|choices|warm ups|cool downs)',
      '[<opening>] (what are|what are the|what are my) (options|choices|routines)',
      'what are the different (options|routines|warm ups|cool downs)',
      '(which|what) (routines|warm ups|cool downs) can i (pick|choose) from',
      '[<opening>] what can i choose from',
      '[<opening>] read me the list [of routines]',
      "[<opening>] what's (on offer|available)",
    ],
    ROUTINE,
  ),
};
