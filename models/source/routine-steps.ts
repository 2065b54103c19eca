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
  ],
  /** Moves of the routines, by the names the skill says (so "how do i do a cat cow" is heard). */
  move: [
    'cat cow',
    'standing cat cow',
    "child's pose",
    'knees to chest',
    'knee hug',
    'knee hug rock',
    'spinal twist',
    'lying spinal twist',
    'figure four',
    'forward fold',
    'calf stretch',
    'thigh stretch',
    'hamstring stretch',
    'hip flexor stretch',
    'side bend',
    'sun salutation',
    'half sun salutation',
    'lunge',
    'lunge with a reach',
    'chair pose',
    'mountain pose',
    'jumping jacks',
    'star jumps',
    'burpees',
    'knee lifts',
    'heel raises',
    'arm circles',
    'shoulder rolls',
    'march in place',
    'squat and reach',
    'step jacks',
  ],
  /** Asking how long is left. */
  left: ['left', 'to go', 'remaining'],
};

const step = (name: string, patterns: string[]): IntentSource => ({
  name,
  samples: expandAll(patterns, STEP),
});

export const stepIntents: IntentSource[] = [
  step('HowLongIntent', [
    'how (long|much time|many seconds|many minutes) (is left|left|to go|have i got left|do i have left|have we got left|is there left)',
    'how much (longer|more) [on this one|is there|do i have|have i got|to go]',
    'how long (until|till|before) (the next one|we finish|this ends|the end|we are done|the next exercise)',
    'how long (is|does) (this|this one|this step|this exercise) [go on for|last|take]',
    '(is it|are we|am i) (nearly|almost) (over|done|finished|there)',
    'when (does|will) (this|it|this one) (end|be over|finish)',
    'how long have (i|we) got [left]',
    'how long left [on this one]',
    'how far (in|through) are we',
    'how much is left',
  ]),
  step('WhatsNextIntent', [
    "(what's|what is|what comes|which exercise is|which move is|what's up|what happens) next",
    "(what's|what is) (after|after this|after that|coming up|coming up next|the next (exercise|step|move|one|stretch|pose))",
    'what (do|will|are) (we|i) (do|doing) (next|after this|after that)',
    "tell me what's (next|coming up)",
    '(and then what|what follows this|then what)',
  ]),
  step('HowToIntent', [
    'how (do|should|can) i do (this|this one|that|it|this exercise|this move|this stretch)',
    'how am i supposed to do (this|this one|that|it)',
    'how do i do (a|the|an) <move>',
    "(how does|what's|what is) (a|the) <move>",
    'how does (this|this one|this exercise|this move) go',
    '(explain|describe) (this|this one|this exercise|this move|the move|the exercise|the stretch)',
    '(tell me|remind me|show me) how to do (this|this one|it|that)',
    'remind me how (this one|it) goes',
    "i (don't|do not) (know|understand|get) how to do (this|this one|it|that)",
    '(what am i supposed to do|what should i be doing|how is this done|show me how)',
    "(what's|what is) the (technique|right form|form)",
    '(talk me through|walk me through) (this|this one|this move|this exercise)',
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
    '(make|can you make) (this|this one|it) (easier|gentler|less intense)',
    '(is there|do you have|give me|can i have|i need) (an|a) (easier|gentler|simpler|low impact) (version|option|one)',
    '(is there|do you have|give me) an alternative',
    '(easier|gentler|something easier|something gentler) [please]',
    "(this is|it's|that's|this one is) too (hard|difficult|much|intense|much for my back)",
    "i can't do (this|this one|that)",
    'can i do something (easier|gentler)',
  ]),
  {
    name: 'AMAZON.PauseIntent',
    samples: expandAll(
      [
        '(hold on|hang on|give me|wait|just) (a sec|a second|a minute|a moment|one sec|one second)',
        'pause the (routine|exercise|timer)',
        '(hold on|hang on) [please]',
        'take a break',
      ],
      STEP,
    ),
  },
  {
    name: 'AMAZON.ResumeIntent',
    samples: expandAll(
      [
        '(resume|continue|pick up|carry on with) (my|the) (routine|warm up|cool down|stretch|stretches|exercise)',
        "(let's keep going|let's carry on|back to it|let's go again)",
      ],
      STEP,
    ),
  },
  {
    name: 'AMAZON.NextIntent',
    samples: expandAll(
      [
        'skip (<this>|ahead|to the next one)',
        'next (exercise|step|move|stretch|pose)',
        '(go to|move on to|on to) the next (one|exercise|step)',
        "(move on|let's move on|done with this one)",
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
        'back to the (last|previous) (one|exercise|step)',
      ],
      STEP,
    ),
  },
  {
    name: 'AMAZON.RepeatIntent',
    samples: expandAll(
      [
        '(do|say) (that|this) again',
        'repeat (this|that) (step|one|exercise)',
        '(what was that|sorry what|pardon)',
      ],
      STEP,
    ),
  },
  {
    name: 'AMAZON.StartOverIntent',
    samples: expandAll(
      [
        'start (again|over) from the (top|beginning|start)',
        'from the (beginning|top)',
        'restart the (routine|warm up|cool down|whole thing)',
      ],
      STEP,
    ),
  },
];
