import { expandAll } from './grammar';
import { CONVERSATION } from './phrases';
import type { ModelFragment } from './types';

/**
 * Help, stop and cancel, extended with the ways runners say them ("i'm done, heading out"). Alexa
 * already hears the plain forms ("help", "stop"); a built-in intent is only sent for a phrase that
 * matches exactly, so the natural forms are listed as samples.
 * @see https://developer.amazon.com/en-US/docs/alexa/interaction-model-design/tips-for-using-built-in-intents-for-your-skill.html
 * @see https://developer.amazon.com/en-US/docs/alexa/custom-skills/standard-built-in-intents.html
 */
export const conversation: ModelFragment = {
  intents: [
    {
      name: 'AMAZON.HelpIntent',
      samples: expandAll(
        [
          '[<um>|so|okay] what (can you do|can i say|do i say|should i say|do i do|can you help with|do you do|can i ask you|can i ask|can i do here|are my options here)',
          'what can i say (during|in) (the|a) (routine|warm up|cool down)',
          '(what can i say|what do i say|what can i do) (here|now|at this point)',
          '[<um>|so] (how does this work|how do i use this|how do i use you|tell me what you can do|give me some help|i need some help|help me out|what is this)',
          "[<um>] (i'm confused|i'm lost|i don't know what to say|i don't know what to do|i'm not sure what to do|i'm not sure what to say|i'm stuck|what now)",
          '<um> help [me|please]',
          '(what|everything) (it|you) can do',
        ],
        CONVERSATION,
      ),
      // Indian English asks "what all …" for "everything that …".
      localeSamples: { 'en-IN': ['what all can you do', 'what all can i say'] },
    },
    {
      name: 'AMAZON.StopIntent',
      samples: expandAll(
        [
          '[<opening>|thanks|thank you|cheers|no thanks] (goodbye|good bye|bye|bye bye|bye for now|see you|see ya|see you later|catch you later|ta ta|ta ra|cheerio)',
          "[okay|right|so|thanks] (that's all|that is all|that's all for now|that's all for today|that's it for now|that's it for today|that's everything|that's enough for today|that'll do|that will do) [thanks|thank you|bye]",
          "[no] (that's it|that's all|that's everything) [thanks|thank you] (bye|goodbye|see you|see ya)",
          "[okay|right|so] (i'm done|i'm done for today|i'm finished|all done|we're done|i'm off|i'm heading out|i'm out|i'm leaving|gotta go|i have to go|i've got to go|time to go|end the session|stop the routine|stop everything) [thanks|bye]",
          "[okay|right] i'm done [i'm] heading out",
          "[okay|right] (i'm heading out|i'm off|heading out) [now] (bye|goodbye|see you|see ya|cheers)",
          "(that's enough|i've had enough|that'll do) (for today|for now)",
          "(that's enough|i've had enough)",
          '(end|finish) (it|it here|it there|the workout|workout|the session|this|here)',
          "[okay|right] i'm off (for my run|running)",
          '(thanks|thank you) (that is all|that will be all|goodbye|bye)',
        ],
        CONVERSATION,
      ),
    },
    {
      name: 'AMAZON.CancelIntent',
      samples: [
        'never mind',
        'nevermind',
        'forget it',
        'forget about it',
        'scratch that',
        'cancel that please',
        "don't worry about it",
      ],
    },
    {
      name: 'AMAZON.NavigateHomeIntent',
      samples: expandAll([
        '[go] back to the (home screen|main menu|start screen)',
        '(take me|go) to the main menu',
      ]),
    },
    { name: 'AMAZON.FallbackIntent', samples: [] },
  ],
};
