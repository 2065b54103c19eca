import { expandAll, type Lexicon } from './grammar';
import { BODY_PART, PAIN_WORD } from './pain-types';
import { CONVERSATION } from './phrases';
import type { IntentSource } from './types';

/**
 * Pain in any words, at any point: a safety path, so its grammar is the widest. The body part and
 * the pain word are slots (`pain-types.ts` holds their synonyms: "lumbar", "hammy", "killing me",
 * "flaring up", the bare "ow"); these patterns are the sentence shapes around them.
 */
const PAIN: Lexicon = {
  ...CONVERSATION,
  /** Exclamations: "ugh, my back…", "ow, that one pulls". */
  ouch: ['ow', 'ouch', 'ugh', 'argh', 'oh', 'oof', 'ah', 'oh no', 'oh god', 'damn'],
  /** Exclamations and interruptions before a pain report: "stop, that hurts", "i think my…". */
  before: [
    '<ouch>',
    'stop',
    'wait',
    'hold on',
    'hang on',
    'sorry',
    'actually',
    'um',
    'ok',
    'okay',
    'so',
    'hey',
    'help',
    'i think',
    "i'm afraid",
    'i need to stop',
    "i can't do this",
  ],
  /** When, how often, doing what: "…again", "…this morning", "…when i bend". */
  when: [
    'again',
    'today',
    'this morning',
    'right now',
    'all of a sudden',
    'suddenly',
    'since yesterday',
    'after my run',
    'after that',
    'on this one',
    'doing this',
    'when i (bend|move|twist|stretch|lift|run|bend over|stand up|do this)',
  ],
  /** What links a body part to its pain word: "my back (is|feels|went) {painWord}". */
  is: [
    'is',
    'feels',
    'is feeling',
    'has gone',
    'went',
    'got',
    'is getting',
    'keeps',
    'has been',
    'is starting to',
    'started',
    'seems',
    'are',
  ],
  /** "a sharp pain IN my lower back", "shooting DOWN my leg". */
  in: ['in', 'on', 'down', 'through', 'at'],
  /** The things a pain can be said of without naming the body part. */
  that: [
    'that',
    'this',
    'that one',
    'this one',
    'it',
    'this exercise',
    'this move',
    'this stretch',
    'doing this',
  ],
  /** "i have a twinge", "i've got some tightness". */
  have: [
    'i have',
    "i've got",
    'i got',
    "i've",
    "there's",
    'i felt',
    'i just felt',
    "i'm feeling",
    'i can feel',
    'i feel',
    "i'm getting",
    "i'm having",
  ],
  /** "i tweaked my back", "i think i've pulled my hamstring". */
  iDid: ['i', "i've", 'i have', 'i think i', "i think i've", 'i may have', 'i might have'],
  /** The main statements about a body part. */
  statement: ['[my|the] {bodyPart} [<is>] {painWord}'],
};

/** BackPainIntent: every pain report, whatever its shape. */
export const backPain: IntentSource = {
  name: 'BackPainIntent',
  slots: [
    { name: 'bodyPart', type: BODY_PART },
    { name: 'painWord', type: PAIN_WORD },
  ],
  samples: expandAll(
    [
      // "my lower back's really sore this morning", "ugh my back is killing me"
      '[<before>] <statement>',
      'my {bodyPart} [is|feels|are] {painWord} <when>',
      '{bodyPart} [is] {painWord} <when>',
      '<ouch> my {bodyPart} [is] {painWord} <when>',
      // "i have a sharp pain in my lower back", "a twinge in my hip"
      '<have> [a|an|some] {painWord} <in> my {bodyPart}',
      "<ouch> (i have|i've got) [a] {painWord} in my {bodyPart}",
      "(i have|i've got) [a] {painWord} in my {bodyPart} <when>",
      '[a|an|some] {painWord} <in> my {bodyPart}',
      "(i have|i've got|i got|i'm having) [a|some] {bodyPart} {painWord}",
      // "ow that one pulls on my back", "this hurts my knee", "that's painful"
      '[<ouch>] <that> {painWord} [on|in] my {bodyPart}',
      '[<before>] <that> {painWord}',
      "[<ouch>] (that's|it's|this is|that is|it is) {painWord} [my {bodyPart}]",
      '<that> {painWord} <when>',
      // "i tweaked my back", "i think i pulled something", "i hurt myself"
      '[<ouch>] <iDid> {painWord} my {bodyPart}',
      '<iDid> {painWord} (something|myself) [in my {bodyPart}]',
      'i (felt|just felt) something {painWord} [in my {bodyPart}]',
      "[<ouch>] (i'm|i am) [in] {painWord}",
      '[<ouch>] i {painWord}',
      // bare: "ow", "ouch my back", "my back"
      '{painWord}',
      '[<ouch>] {painWord} my {bodyPart}',
      '[<ouch>] my {bodyPart}',
      "(something's|something is) (wrong|not right) with my {bodyPart}",
      "my {bodyPart} (doesn't|does not) feel (right|good)",
    ],
    PAIN,
  ),
};
