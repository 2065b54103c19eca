import type { RegionalWording } from '../index';
import type conversation from '../en/conversation';

/**
 * Indian English: only what differs from en-GB (its first fallback) and `en`. "Physiotherapist" is
 * the everyday word in India; "physio" alone is less common.
 */
export default {
  welcomeFirst: [
    "Welcome to Run Coach. I'm here to help you run safely with a sore back. This isn't medical advice: see your doctor or physiotherapist if your pain is sharp or getting worse. You can ask me for a warm-up, a cool-down, or to log a rest day. What would you like?",
    "Hello, and welcome to Run Coach, your coach for running kindly on your back. This isn't medical advice: see your doctor or physiotherapist if your pain is sharp or getting worse. Ask me for a warm-up, a cool-down, or to log a rest day. What would you like?",
  ],
} as const satisfies RegionalWording<typeof conversation>;
