import type { RegionalWording } from '../index';
import type routines from '../en/routines';

/**
 * Indian English: only what differs from en-GB and `en` ("physiotherapist", the everyday word in India).
 */
export default {
  pain: [
    "Let's stop right here. Stop the exercise and walk gently for a minute or two if you can. Don't push through sharp pain, and if it persists or gets worse, see a doctor or physiotherapist. Shall I log today as a rest day?",
    "Okay, we'll stop now. Ease off and walk slowly for a bit if that feels okay. Never push through sharp pain; if it keeps up or gets worse, please see a doctor or physiotherapist. Would you like me to log today as a rest day?",
  ],
  careWho: ['a doctor or physiotherapist', 'a doctor or physiotherapist'],
  disclaimer: [
    "This isn't medical advice: see your doctor or physiotherapist if your pain is sharp or getting worse.",
    "A word first: this isn't medical advice, so see your doctor or physiotherapist if your pain is sharp or getting worse.",
  ],
  backCheck: {
    after: {
      worse: [
        "I'm sorry it feels worse. Take it easy today, and if it keeps up or gets sharper, see a doctor or physiotherapist. Shall I log today as a rest day?",
        'Sorry to hear that. Rest it today, and if the pain lasts or gets sharper, please see a doctor or physiotherapist. Would you like me to log today as a rest day?',
      ],
    },
    rest: [
      "Then today is better as a rest day, and if it isn't easing, see a doctor or physiotherapist. If you still want a routine, just ask. Shall I log today as a rest day?",
      "Then let's give it a rest today; if it doesn't ease, please see a doctor or physiotherapist. You can still ask for a routine. Would you like me to log today as a rest day?",
    ],
  },
} as const satisfies RegionalWording<typeof routines>;
