import type { RegionalWording } from '../index';
import type restdays from '../en/restdays';

/**
 * British English: only the rest-day messages whose wording differs from `en` ("towards", not
 * "toward"). en-AU and en-IN fall back here first.
 */
export default {
  goalSet: [
    'Done. Your goal is now {{goal}} rest days a week, Monday to Sunday.',
    "OK, I'll coach you towards {{goal}} rest days a week, Monday to Sunday.",
  ],
} as const satisfies RegionalWording<typeof restdays>;
