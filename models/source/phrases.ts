import type { Lexicon } from './grammar';

/**
 * Words people wrap around what they ask a speaker, shared by every capability's grammar
 * (`<name>` in a pattern). "please", "can you", "could you" and a closing "now" are not here: Alexa
 * hears them around any sample, so no sample needs to spell them out. Openings multiply every
 * pattern they precede, so patterns use them on short answers, not on every sentence.
 */
export const CONVERSATION: Lexicon = {
  /** Hesitation before an answer. */
  um: ['um', 'uh', 'erm'],
  /** Discourse openings: "okay, a quick one", "um, the yoga one". */
  opening: ['<um>', 'ok', 'okay', 'okay so', 'so', 'right', 'oh'],
  /** Openings of a correction: "actually, not tuesday", "sorry, i meant wednesday". */
  actually: ['actually', 'sorry', 'no', 'oh', 'wait', 'oops', 'no sorry'],
  /** Hedges and thanks after a short answer: "the yoga one, thanks", "yoga i think". */
  closing: ['thanks', 'thank you', 'then', 'i think', 'i guess', 'for me'],
  /** Articles and determiners before a noun phrase. */
  det: ['a', 'an', 'the', 'my', 'some'],
};
