import type { RegionalWording } from '../index';
import type tips from '../en/tips';

/**
 * Indian English: only what differs from en-GB and `en` ("physiotherapist", the everyday word in India).
 */
export default {
  shoes: [
    'Make sure your running shoes fit. Think about your arch height, and whether you under- or over-pronate, when you choose them. Your doctor or physiotherapist can advise you.',
    "Shoes that fit can make or break a run. Choose them for your arch height and for how your foot rolls: under-pronation or over-pronation. Ask your doctor or physiotherapist if you're unsure.",
  ],
} as const satisfies RegionalWording<typeof tips>;
