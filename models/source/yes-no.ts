import { expandAll, type Lexicon } from './grammar';
import { CONVERSATION } from './phrases';
import type { ModelFragment } from './types';

/**
 * Yes and no, as runners say them: "yeah go on", "ok ready", "nah it's fine", "no, leave it", "yes
 * remove it", "no i'm running later". Alexa hears the plain forms ("yes", "no thanks") without
 * samples; a built-in intent is only sent for a phrase that matches exactly, so the natural forms
 * are samples that extend it. Forms another built-in already has ("go on" is AMAZON.ResumeIntent)
 * are not repeated here.
 * @see https://developer.amazon.com/en-US/docs/alexa/interaction-model-design/tips-for-using-built-in-intents-for-your-skill.html
 */
const ANSWER: Lexicon = {
  ...CONVERSATION,
  /** A yes on its own. */
  yes: [
    'yes',
    'yeah',
    'yep',
    'yup',
    'sure',
    'ok',
    'okay',
    'alright',
    'all right',
    'yes please',
    'yeah sure',
    'ok sure',
    'okay sure',
    'definitely',
    'absolutely',
    'of course',
    'certainly',
    'aye',
    'uh huh',
    'mhm',
    'yeah yeah',
    'oh yes',
    'oh yeah',
    'yes yes',
    'yeah please',
    'yeah ok',
    'yeah okay',
    'right',
    'okay then',
    'ok then',
    'yes sir',
    'yes mate',
    'yeah mate',
  ],
  /** A yes that goes on. */
  yesShort: [
    'yes',
    'yeah',
    'yep',
    'yup',
    'sure',
    'ok',
    'okay',
    'alright',
    'yes please',
    'yeah sure',
    'oh yes',
    'yeah ok',
  ],
  /** It, the thing asked about: "log it", "move that". */
  it: ['it', 'that', 'this one', 'that one'],
  /** What a yes goes on with. */
  yesMore: [
    "(please|go on|go on then|go ahead|please do|do it|go for it|do that|i did|i do|i am|it is|it was|mate|thanks|thank you|exactly|correct|great|perfect|lovely|cool|sounds good|i think so|why not|sure thing|that would be great|that'd be great)",
    "(let's do (it|that)|let's go|i'm ready|ready|let's carry on|let's keep going|keep going|carry on|next one|one more|another one|another|more please)",
    "(that's (it|right|correct|the one|the day|fine)|that one|the one|that's what i meant)",
    'where i left off',
    "(definitely|that'd be good|that would be good|that's best|i think that's best|i'm good to go|good to go|hit me|i suppose|why not|sounds great|sounds good to me|yes please)",
  ],
  /** A yes that says what to do: "yes remove it", "yeah put it down". */
  yesDo: [
    '[please|kindly] (log|save|add|remove|delete|move|change|keep) it',
    '[please] take it off',
    '[please] (put|note) it down',
    '[please] get rid of it',
    '(pick up|carry on|continue) (where i left off|where i was|where we were|from there)',
    "(i'm|i am) (resting|taking it easy|not running|having a rest day) [today]",
  ],
  /** A no on its own. */
  no: [
    'no',
    'nope',
    'nah',
    'no no',
    'not really',
    'no thanks',
    'no thank you',
    'nah thanks',
    'not now',
    'not today',
    'not yet',
    'no way',
    'definitely not',
    'absolutely not',
    'of course not',
    "i don't think so",
    "i'd rather not",
    'rather not',
    'not right now',
    'no sorry',
    'oh no',
    'nope nope',
    'no not really',
    'no i did not',
    "no i didn't",
    'no it was not',
    "no it wasn't",
    'actually no',
    'wait no',
    'no wait',
    'hmm no',
    'not really no',
  ],
  /** A no that goes on. */
  noShort: [
    'no',
    'nope',
    'nah',
    'no thanks',
    'no thank you',
    'nah thanks',
    'not really',
    'no no',
    'oh no',
    'no sorry',
    'actually no',
  ],
  /** What a no goes on with. */
  noMore: [
    "(leave it|it's fine|it's okay|it's ok|i'm fine|i'm good|i'm ok|i'm okay|that's it|that's all|that's fine|thanks|thank you|mate|no need|later|maybe later|another time|we're good|all good|i'm all set|that's everything|that's plenty|that's enough)",
    "(that's it|that's all|that's plenty) (thanks|thank you|for now)",
    "(i'd rather not|more tips|more thanks|not for me)",
    'not (yet|now|today|right now|that one|that day|this time|a rest day|this one)',
  ],
  /** A no with its reason: "no i'm running later", "no keep it". */
  noBecause: [
    "(don't|do not) [bother|do it|do that|(remove|delete|move|log|change|save|touch) (it|that)]",
    '(keep|leave) it [there|on there|where it is|as it is|for now|please]',
    "(i'm|i am) (running|going running|going for a run|running later|running today|not resting|not resting today|fine thanks)",
    'i (ran|went running|went for a run) [today|this morning]',
    "(i'll|i will|i'm going to) (run|go for a run|go running) (later|this afternoon|this evening|tonight|tomorrow)",
    "it's a running day",
    "(i'm|i am) still (running|going running|going for a run) [today]",
    "i'll see how i (go|feel)",
    "let's do something else",
    '(keep|leave) it (where it was|as it was|how it was)',
    'i (changed my mind|need a minute|need a sec|need a break|meant a different day|meant another day)',
    "(that's|that is) (wrong|not right|not it|not what i said|not what i meant)",
    '(wrong day|different day|the wrong day)',
    'not today mate',
  ],
};

/** The yes/no answers every capability's questions share (each capability lists the intents too). */
export const yesNo: ModelFragment = {
  intents: [
    {
      name: 'AMAZON.YesIntent',
      samples: expandAll(
        [
          '[<um>] <yes>',
          '<yesShort> <yesMore>',
          '(yes|yeah|yep|ok|sure) <yesDo>',
          "[<um>] (go ahead|go on then|please do|do it|go for it|let's do it|let's go|i'm ready|ready|why not|sure thing|that would be great|that'd be great|that's right|that's correct|correct|exactly|yes i did|i did|that's the one|i'd like that|log it|please|go|another one|one more|one more please|another please)",
          "(i'm|we're|i am) ready [when you are|to go|now]",
          "(ready|okay|ok|alright|right) (go|let's go|when you are|let's do this)",
          "(bring it on|let's do this|hit me)",
          // agreeing without a yes: "i suppose so", "might as well", "spot on"
          '(i suppose|i guess|i think|i hope) so',
          "(might as well|may as well|spot on|you got it|you bet|that's right|right on|go for it|fair enough|good idea|good call|why not)",
          "(that would be|that'd be) (great|lovely|perfect) [thanks|thank you]",
        ],
        ANSWER,
      ),
    },
    {
      name: 'AMAZON.NoIntent',
      samples: expandAll(
        [
          '[<um>] <no>',
          '<noShort> <noMore>',
          '(no|nah|nope) <noBecause>',
          "[<um>] (leave it|don't bother|maybe later|no need|not this time|another time|not that day|not that one|nope not yet|no not yet)",
          '<noShort> (not today|not now|not yet|not this time) (mate|thanks|thank you)',
          // declining without a no: "i'm good thanks", "not now thanks", "wrong"
          "(i'm|i am) (good|fine|alright|all right|okay|ok) (thanks|thank you|for now)",
          '(not now|not today|not yet|maybe later|another time) (thanks|thank you|mate)',
          "(no|nah|no thanks) (i'm|i am) (fine|good|okay|alright) [thanks|thank you]",
          "(no|no thank you|no thanks) (i feel|i'm feeling) (fine|good|okay)",
          "(wrong|that's wrong|that's not right|that is not right|not right|incorrect|that's not it)",
        ],
        ANSWER,
      ),
    },
  ],
};
