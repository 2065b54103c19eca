import { expandAll, type Lexicon } from './grammar';
import { CONVERSATION } from './phrases';
import type { IntentSource } from './types';

/**
 * Inside a routine: questions about the current step, "make it easier", and Amazon's navigation
 * built-ins extended with the ways runners say them mid-exercise. Part of the routines fragment.
 */
const STEP: Lexicon = {
  ...CONVERSATION,
  /** The step being done, as people point at it. */
  this: [
    'this',
    'this one',
    'that',
    'that one',
    'it',
    'this exercise',
    'this move',
    'this stretch',
    'this pose',
    'the exercise',
    'this step',
    'this bit',
  ],
  /** Moves of the routines, by the names the skill says (so "how do i do a cat cow" is heard). */
  move: [
    'cat cow',
    'knee to chest',
    "child's pose",
    'knee hug',
    'spinal twist',
    'figure four',
    'forward fold',
    'calf stretch',
    'thigh stretch',
    'hamstring stretch',
    'hip flexor stretch',
    'side bend',
    'sun salutation',
    'lunge',
  ],
  /** Moves named in the plural. */
  moves: [
    'knees to chest',
    'jumping jacks',
    'star jumps',
    'burpees',
    'knee lifts',
    'arm circles',
    'shoulder rolls',
  ],
  /** A move with its article: "a cat cow", "the burpees", "burpees". */
  aMove: ['(a|the) <move>', '[the] <moves>'],
  /** Asking how long is left. */
  left: ['left', 'to go', 'remaining'],
};

const step = (name: string, patterns: string[]): IntentSource => ({
  name,
  samples: expandAll(patterns, STEP),
});

export const stepIntents: IntentSource[] = [
  step('HowLongIntent', [
    '[<um>] how (long|much time|many seconds|many minutes) [is left|left|to go|have i got left|do i have left|have we got left|is there left|remaining]',
    '[<um>] how much (longer|more) [on this one|is there|do i have|have i got|to go|of this|of <this>]',
    'how much is left [of (this|the warm up|the cool down|the routine|this one)]',
    "how long (until|till|before) (the next one|we finish|this ends|the end|we are done|the next exercise|i'm done|we're done|it's over)",
    "how (long|long's) (is|does) <this> [go on for|last|take]",
    "how long's (this|this one|this bit|it)",
    'how long is (this|this one|this bit|this exercise|this stretch)',
    '(is it|are we|am i) (nearly|almost) (over|done|finished|there)',
    'when (does|will) (this|it|this one) (end|be over|finish)',
    'how long have (i|we) got [left]',
    'how far (in|through) are we',
    'how many more [to go|are there|left|exercises|stretches|have i got]',
    'how (long|much time) is left (on|in|of) <this>',
    "how long (until|till|before) (i'm|we're|it's) finished",
  ]),
  step('WhatsNextIntent', [
    "[<um>] (what's|what is|what comes|which exercise is|which move is|what's up|what happens) next [then]",
    "[<um>] (what's|what is) (after this|after this one|after that|coming up|the next (exercise|step|one|stretch)) [then]",
    'what (do|will) (we|i) do (next|after this|after that)',
    'what are (we|you) doing (next|after this)',
    "tell me what's (next|coming up)",
    '(and then what|what follows this|then what)',
    'what comes (after this|after that|after this one|after it)',
  ]),
  step('HowToIntent', [
    '[<um>|sorry|wait] how (do|should|can) i do (this|this one|that|it|this exercise|this move|this stretch)',
    '[<um>|sorry|wait] how (am i|are we) (supposed|meant) to do (this|this one|that|it)',
    'how am i (supposed|meant) to do <aMove>',
    '[sorry] how do i do <aMove>',
    '[sorry] how do i do the <move> one',
    "(what's|what is) <aMove>",
    'how (does|do) <aMove> go',
    'how does (this|this one|this exercise|this move) go',
    '(explain|describe) (this|this one|this exercise|this move|the move|the exercise|the stretch)',
    '(tell me|remind me|show me) how to do (this|this one|it|that|<aMove>)',
    'remind me how (this one|it) goes',
    "i (don't|do not) (know|understand|get) how to do (this|this one|it|that)",
    '(what am i supposed to do|what am i meant to do|what am i meant to be doing|what should i be doing|how is this done|show me how)',
    "(what's|what is) the (technique|right form|form)",
    '(talk me through|walk me through) (this|this one|this move|this exercise)',
    '(what|which) (position|posture) (should i be in|am i meant to be in|do i start in)',
  ]),
  step('WhatIsItForIntent', [
    "(what's|what is) (this|this one|that|that one|this exercise|this move|this stretch|it) (for|good for|meant to do)",
    "(what's|what is) the point [of (this|this one|that|this exercise|doing this)]",
    'what does (this|this one|that|this exercise|this stretch|this move) (do|help with|do for my back)',
    '(why|why am i|why are we) (doing|do) (this|this one|that)',
    'why (this|this one|this exercise)',
    'how does (this|this one|that) help [my back]',
    '(what are the benefits|what muscles does this work|why is this good for me|what muscles does this stretch)',
  ]),
  step('MakeItEasierIntent', [
    '[can you|can i|can we] make (this|this one|it) (easier|gentler|less intense)',
    '(is there|do you have|have you got|give me) (an easier|a gentler|a low impact|a beginner|a simpler) (version|option|one|way to do this) [of this]',
    '(is there|do you have|give me) an alternative',
    '(an easier|a gentler) one [please]',
    '(easier|gentler|something easier|something gentler) [please]',
    "(this is|it's|that's|this one is) too (hard|difficult|much|intense|much for my back)",
    "i can't do (this|this one|that|these|<aMove>)",
    'can i do something (easier|gentler) [instead]',
    "(give me|i need|i want|can i have|i'd like|can i do) (something|an exercise) (easier|gentler|lower impact|less intense)",
    '(something|anything) (lower impact|low impact|less intense|less hard) [please|instead]',
  ]),
  {
    name: 'AMAZON.PauseIntent',
    samples: expandAll(
      [
        '(hold on|hang on|give me|wait|just|stop for) (a sec|a second|a minute|a moment|one sec)',
        '(one|just a) (sec|second|moment|minute)',
        'pause the (routine|exercise|timer)',
        '(pause|pause it|pause that) please',
        '(hold on|hang on|hold up|wait) [please|a sec]',
        '(hold on|hang on|wait) i need (some water|a drink|a sec|a minute|a break|to grab something)',
        'take a break',
        '(let me|i need to|i have to) (catch my breath|get my breath back|have a breather|take a breather)',
        '(pause|stop|rest) for a (bit|sec|second|minute|moment)',
      ],
      STEP,
    ),
  },
  {
    name: 'AMAZON.ResumeIntent',
    samples: expandAll(
      [
        '(resume|continue|pick up|carry on with) (my|the) (routine|warm up|cool down|stretch|stretches|exercise)',
        'pick up where (i|we) left off',
        "(let's keep going|let's carry on|back to it|let's go again)",
        "[<opening>] (i'm back|back again|i'm ready to go again)",
        '<opening> (resume|continue) [then]',
        '[okay|ok|right] (carry on|keep going|continue) then',
        '(onwards|onward|keep it going|on we go)',
        "[can we|can i|let's|i want to] (carry on|pick up|continue) from where (i|we) (stopped|left off|were)",
        '(pick up|carry on with|continue) my (routine|warm up|cool down) (where i left (it|off)|from where i stopped)',
      ],
      STEP,
    ),
  },
  {
    name: 'AMAZON.NextIntent',
    samples: expandAll(
      [
        "[can we|can i|let's|i'll|i want to] skip (<this>|ahead|to the next one)",
        'next (exercise|step|move|stretch|pose)',
        '(go to|move on to|on to) the next (one|exercise|step)',
        "(move on|let's move on|done with this one)",
        '(next|next one|skip|skip it|skip this) please',
        "(i don't want to do|i don't like|i can't be bothered with|not) <this> (skip it|skip|next|next one)",
      ],
      STEP,
    ),
  },
  {
    name: 'AMAZON.PreviousIntent',
    samples: expandAll(
      [
        'go back [one|a step]',
        '(previous|last) (exercise|step|move|one)',
        "[can we|can i|let's] (go|get) back to the (last|previous) (one|exercise|step|stretch|move)",
        'back to the (last|previous) (one|exercise|step|stretch)',
        'the (one|exercise|stretch) before',
        "[can we|can i|let's] go back (one|a step|one step|a bit)",
        'back (one|a step|one step)',
      ],
      STEP,
    ),
  },
  {
    name: 'AMAZON.RepeatIntent',
    samples: expandAll(
      [
        '(do|say) (that|this) again',
        'repeat (this|that) (step|one|exercise|bit)',
        'repeat the (instructions|last bit|step)',
        '(what was that|sorry what|pardon)',
        '[can you|could you] repeat (that|this|it) please',
        "[sorry] i (didn't|did not) (catch|hear|get) (that|it|what you said)",
        '[sorry] i missed (that|it|what you said)',
      ],
      STEP,
    ),
  },
  {
    name: 'AMAZON.StartOverIntent',
    samples: expandAll(
      [
        "[let's|can we|can i] (start|begin) [it|the whole thing] (again|over) [from the (top|beginning|start)]",
        "[let's] start from (the top|the beginning|scratch)",
        'from the (beginning|top) [please]',
        'restart the (routine|warm up|cool down|whole thing)',
        'restart (it|this|this one)',
        "[let's|can we|can i] (start|begin) (this|this routine|the routine|this one|the whole thing) (again|over)",
      ],
      STEP,
    ),
  },
];
