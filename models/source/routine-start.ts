import { expandAll, type Lexicon } from './grammar';
import { CONVERSATION } from './phrases';
import type { IntentSource } from './types';

/**
 * Choosing a routine by voice. Kind, style and length are slots in any order a runner says them
 * ("quick aerobic warm up", "an aerobic warm up, a quick one", "the aerobic one, quick"); their
 * synonyms live in the slot types (`routine-types.ts`), so "stretches", "short" and "proper" need
 * no samples of their own.
 */
const ROUTINE: Lexicon = {
  ...CONVERSATION,
  /** A routine named by its kind, with style and length in front. */
  named: ['{kind}', '{length} {kind}', '{style} {kind}', '{length} {style} {kind}'],
  /** A routine named with "one", or with its length said after it. */
  one: ['{length} one', '{style} one', '{length} {style} one', '{style} one {length}'],
  afterwards: [
    '{style} {kind} [a|the] {length} one',
    '{kind} [a|the] {length} one',
    '{style} {kind} {length}',
  ],
  /** What names a routine, with its determiner: every shape. */
  routine: [
    '[a|an|the|my|some] <named>',
    '(a|an|the) <one>',
    '[a|an|the] <afterwards>',
    '(a|the|my) ({style}|{length} {style}) routine',
    '(a|the) {kind} with [some] {style}',
    '[some] {style}',
  ],
  /** The common shapes only, for the less common verbs. */
  simpleRoutine: ['[a|the|some] <named>', '[some] {style}', 'the {style} one'],
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
    'could i try',
    "i'll do",
    "i'll have",
    "let's try",
    'i need',
  ],
  /** Other verbs that ask for a routine. */
  askToo: [
    "let's go with",
    "let's have",
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
    "i'll take",
    "i'll go with",
    'go with',
    'try',
    'take me through',
    'guide me through',
    'talk me through',
    'run me through',
    'walk me through',
    'how about',
    'what about',
    'time for',
    'i feel like',
    'i fancy',
    'begin',
    'put on',
    'play',
    'we could do',
    'maybe',
  ],
  /** An answer to "warm-up or cool-down?" or "which would you like?": just the slots. */
  answer: [
    '{style}',
    '{length}',
    '{kind}',
    'the {style} one',
    'the {length} one',
    'a {length} one',
    '{length} {kind}',
    '{style} {kind}',
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
      '<ask> <routine>',
      '<askToo> <simpleRoutine>',
      '<routine>',
      '<opening> <answer>',
      '<answer> <closing>',
      '{style} {length}',
      '{length} {style}',
      '{style} [one] [a|the] {length} one',
      "(let's|i'll) go (for|with) (a|an|the) (<named>|<one>)",
      "(let's|we'll) (start|begin) with (a|an|the) <named>",
      'i (want|need|would like) to (do|try|start) (a|an|the|my|some) <named>',
      'is there (a|an) <named>',
    ],
    ROUTINE,
  ),
};

const styleAndLength = [
  { name: 'style', type: 'RoutineStyle' },
  { name: 'length', type: 'RoutineLength' },
];

/** Phrases that say what a warm-up or cool-down is for, the kind implied by the verb. */
const IMPLIED: Lexicon = {
  ...CONVERSATION,
  warmUp: ['warm up', 'get warmed up', 'loosen up', 'limber up'],
  coolDown: ['cool down', 'wind down', 'recover'],
  iWant: [
    'i want to',
    'i need to',
    "i'd like to",
    "let's",
    'help me',
    'time to',
    'can i',
    'can we',
    "i'm going to",
    'i should',
  ],
  how: ['with [some] {style}', '{length}', 'a {length} one', 'with a {length} {style} one'],
};

/** A sentence the kind is implied in: "warm me up", "{style} to cool down", "i just finished my run". */
function impliedKind(verb: 'warmUp' | 'coolDown', me: string, extra: readonly string[]): string[] {
  return expandAll(
    [
      `<iWant> <${verb}> [<how>]`,
      `${me} [<how>]`,
      `<opening> ${me}`,
      `<${verb}> [<how>]`,
      `[let's do|i'll do|can i do|i want to do|do] [some] {style} to <${verb}>`,
      `[a|some] {length} {style} to <${verb}>`,
      ...extra,
    ],
    IMPLIED,
  );
}

/** WarmUpIntent: the kind said by the verb ("warm me up quick", "let's do yoga to warm up"). */
export const warmUp: IntentSource = {
  name: 'WarmUpIntent',
  slots: styleAndLength,
  samples: impliedKind('warmUp', '(warm me up|get me warmed up|get me ready|loosen me up)', [
    "i'm (about to|going to|gonna|heading out to|off to) (run|go for a run|go running|head out for a run)",
    "i'm (going for|heading out for|off for) a run",
    '(get|make) me ready (to run|for (a|my|the) run)',
    '(prepare|prep) me for (a|my|the) run',
    'before (my|the|a) run',
    'something {length} before (my|the|a) run',
    '[some] {style} before (my|the|a) run',
    '(i need|give me) something {length} to warm up',
  ]),
};

/** CoolDownIntent: "cool me down", "some yoga to cool down", "i just finished my run". */
export const coolDown: IntentSource = {
  name: 'CoolDownIntent',
  slots: styleAndLength,
  samples: impliedKind('coolDown', '(cool me down|wind me down|bring me down)', [
    "(i've|i have|i) just (finished|done|got back from|come back from) (my|a|the) run",
    "i'm (back from|done with|finished with|just back from) (my|a|the) run",
    "(i'm|i am) (done|finished) running",
    "i'm back [from running]",
    '(help me|i need to|i want to) recover after (my|the|a) run',
    'after (my|the|a) run',
    'something {length} after (my|the|a) run',
    '[some] {style} after (my|the|a) run',
    'i want to {style} after my run',
  ]),
};

/** StretchIntent: stretching with no style named (a stretch is a cool-down). */
export const stretch: IntentSource = {
  name: 'StretchIntent',
  slots: [{ name: 'length', type: 'RoutineLength' }],
  samples: expandAll(
    [
      '(i want to|i need to|help me|let me|can i|can we|time to|i would like to|i wanna|i have to|i should) stretch [out|with you|a bit]',
      "[<opening>] let's stretch [out|a bit|together]",
      '(stretch me out|stretch with me|stretch my back|stretch my legs|stretch my back and legs)',
      "(let's do|i want to do|i'd like to do|can we do|can i do|time for) (some|a bit of|a little) stretching",
      '(i need|give me|can i have|i want|i would like) a [good] stretch',
      '(give me|do|can i have|i want|i would like) a {length} stretch',
      'a {length} (stretch|stretching session)',
      'stretch {length}',
      'help me stretch out after my run',
    ],
    IMPLIED,
  ),
};

/** ListRoutinesIntent: "what routines are there", "what are my options". */
export const listRoutines: IntentSource = {
  name: 'ListRoutinesIntent',
  samples: expandAll(
    [
      '(what|which) (routines|warm ups|cool downs|exercises|workouts|stretches|options|kinds of warm up|kinds of cool down|types of routine) (do you have|are there|can i do|can i choose from|have you got|are available)',
      '(list|tell me|read me|give me) (the|all|all the) (routines|options|choices|warm ups|cool downs)',
      '(what are|what are the|what are my) (options|choices|routines)',
      'what can i choose from',
      'read me the list [of routines]',
      "what's (on offer|available|there)",
    ],
    ROUTINE,
  ),
};
