import type { RegionalWording } from '../index';
import type conversation from '../en/conversation';

/**
 * Canadian English: only the conversation messages whose wording differs from `en`. Canadians see a
 * "physiotherapist"; everything else falls back to `en`.
 */
export default {
  welcomeFirst: [
    "Welcome to Run Coach. I'm here to help you run safely with a sore back. This isn't medical advice: see your doctor or physiotherapist if your pain is sharp or getting worse. You can ask me for a warm-up, a cool-down, or to log a rest day. What would you like?",
    "Hi, and welcome to Run Coach, your coach for running kindly on your back. This isn't medical advice: see your doctor or physiotherapist if your pain is sharp or getting worse. Ask me for a warm-up, a cool-down, or to log a rest day. What would you like?",
  ],
} as const satisfies RegionalWording<typeof conversation>;
