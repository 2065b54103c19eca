import { expandAll, type Lexicon } from './grammar';
import { CONVERSATION } from './phrases';
import type { IntentSource } from './types';

/**
 * Routines asked for by what they do: "warm me up", "let's do yoga to warm up", "i just got back
 * from my run", "stretch me out". The verb names the kind (WarmUpIntent, CoolDownIntent; a stretch
 * is a cool-down, StretchIntent); style and length are slots.
 */
const VERBS: Lexicon = {
  ...CONVERSATION,
  warmUp: ['warm up', 'get warmed up'],
  coolDown: ['cool down', 'wind down'],
  iWant: [
    'i want to',
    'i need to',
    "i'd like to",
    'i would like to',
    "let's",
    'help me',
    'time to',
    'can i',
    'can we',
    "i'm going to",
    'i should',
    'i wanna',
    'i have to',
    'i better',
    "i'm ready to",
  ],
  how: ['with [a|some] {style}', 'a {length} one', 'with a {length} {style} one', 'using {style}'],
  /** What follows a request: "…please", "…before my run". */
  after: ['please', 'then', 'now', 'first', 'before my run', 'after my run', 'with me', 'time'],
  /** Doing some of a style: "a bit of yoga", "five minutes of yoga". */
  some: ['some', 'a', 'a bit of', 'a little', 'a few'],
  /** A stretching routine said as a noun: "some stretches", "the stretching one". */
  stretches: ['stretch', 'stretches', 'stretching', 'stretch routine', 'stretching one'],
};

/** "warm me up", "let's do yoga to warm up", with the kind's verb `verb` and its "me" forms. */
function byVerb(verb: 'warmUp' | 'coolDown', me: string, extra: readonly string[]): string[] {
  return expandAll(
    [
      `<iWant> <${verb}> [<how>]`,
      `(let's|i want to|i need to|time to|i'd like to|i wanna|i have to) <${verb}> [<after>]`,
      `<opening> (let's|time to) <${verb}> [then|please]`,
      `[<um>|ok|okay] <${verb}> [<how>]`,
      `<${verb}> <after>`,
      `(a|the|my) [{length}] [{style}] ${verb === 'warmUp' ? 'warm up' : 'cool down'} [please]`,
      `[<um>|okay|so|right] ${me} [<how>|{length}]`,
      `${me} <after>`,
      `[let's do|i'll do|can i do|i want to do|do|can we do] [<some>] [{length}] {style} to <${verb}>`,
      `{length} of {style} to <${verb}>`,
      `[<um>] [just] [a] {length} (one|{style}) to <${verb}>`,
      ...extra,
    ],
    VERBS,
  );
}

export const warmUp: IntentSource = {
  name: 'WarmUpIntent',
  slots: [
    { name: 'style', type: 'RoutineStyle' },
    { name: 'length', type: 'RoutineLength' },
  ],
  samples: byVerb('warmUp', '(warm me up|get me warmed up|get me ready|loosen me up)', [
    "[<um>|okay|so] i'm (about to|going to|gonna|heading out to|off to) (run|go for a run|go running|head out)",
    "[<um>|okay|so] i'm (going for|heading out for|off for) a run [so] [warm me up]",
    '(get|make) me ready (to run|for (a|my|the) run)',
    '(loosen|limber) up [before my run]',
    '(prepare|prep) me for (a|my|the) run',
    '[<opening>] something {length} before (my|the|a) run',
    '[<some>] [{length}] {style} before (my|the|a) run',
    '{length} of {style} before my run',
    '(i need|give me) something {length} to warm up',
    "i've (only) got (five|ten) minutes (warm me up|give me a warm up)",
  ]),
};

export const coolDown: IntentSource = {
  name: 'CoolDownIntent',
  slots: [
    { name: 'style', type: 'RoutineStyle' },
    { name: 'length', type: 'RoutineLength' },
  ],
  samples: byVerb('coolDown', '(cool me down|wind me down|bring me down)', [
    "[<um>|okay|so] (i've|i) just (finished|got back from|done|come back from) (my|a) run [cool me down]",
    "[<um>|okay|so] i'm (back from|done with|finished with|just back from) my run [so] [cool me down]",
    "[<opening>] (i'm|i am) (done|finished) running",
    "[<um>|okay|so] (i've just|i just) (run|finished running) [so] (cool me down|cool down)",
    '(help me|i need to|i want to) recover after (my|the|a) run',
    'something {length} after (my|the|a) run',
    '[<some>] [{length}] {style} (after my run|to finish|to finish off)',
    '{length} of {style} after my run',
    'i want to {style} after my run',
  ]),
};

/** StretchIntent: stretching with no kind named; a stretch is a cool-down. */
export const stretch: IntentSource = {
  name: 'StretchIntent',
  slots: [{ name: 'length', type: 'RoutineLength' }],
  samples: expandAll(
    [
      '[<um>|okay|so] (i want to|i need to|help me|let me|can i|can we|time to|i would like to|i wanna|i have to) stretch [out|a bit|please]',
      "[<opening>] let's stretch [out|a bit|together]",
      '[<opening>] (stretch me out|stretch with me|stretch my back|stretch my legs|stretch my back and legs)',
      "(let's do|i want to do|i'd like to do|can we do|can i do|time for|do) (some|a bit of|a little) stretching",
      '[just] [a|the|some] [{length}] <stretches> [please|thanks|after my run]',
      '(<um>|ok|okay) [a|the|some] [{length}] <stretches>',
      "(give me|do|let's do|i want|i need|can i have|can we do|i'd like) a [good|{length}] (stretch|stretch routine)",
      "(give me|do|let's do|i want|can i have|can we do|i'd like) (the|some) [{length}] (stretches|stretching)",
      '[<opening>] stretch {length}',
      'help me stretch out after my run',
    ],
    VERBS,
  ),
};
