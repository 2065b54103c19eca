import type { ModelFragment } from './types';

/** The built-in conversation: Amazon's built-in intents, with a few extra phrasings. */
export const conversation: ModelFragment = {
  intents: [
    {
      name: 'AMAZON.HelpIntent',
      samples: ['what can you do', 'what can i say', 'how does this work'],
      // Indian English asks "what all …" for "everything that …".
      localeSamples: { 'en-IN': ['what all can you do', 'what all can i say'] },
    },
    { name: 'AMAZON.StopIntent', samples: ["i'm done", 'that is all', "that's all"] },
    { name: 'AMAZON.CancelIntent', samples: ['never mind', 'forget it'] },
    { name: 'AMAZON.NavigateHomeIntent', samples: [] },
    { name: 'AMAZON.FallbackIntent', samples: [] },
  ],
};
