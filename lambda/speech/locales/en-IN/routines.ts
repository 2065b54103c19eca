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
} as const satisfies RegionalWording<typeof routines>;
