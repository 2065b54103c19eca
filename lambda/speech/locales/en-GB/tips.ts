import type { RegionalWording } from '../index';
import type tips from '../en/tips';

/**
 * British English: only the tips whose wording differs from `en` ("physio", not "physical
 * therapist"). en-AU and en-IN fall back here first.
 */
export default {
  shoes: [
    'Make sure your running shoes fit. Think about your arch height, and whether you under- or over-pronate, when you choose them. Your doctor or physio can advise you.',
    "Shoes that fit can make or break a run. Choose them for your arch height and for how your foot rolls: under-pronation or over-pronation. Ask your doctor or physio if you're unsure.",
  ],
} as const satisfies RegionalWording<typeof tips>;
