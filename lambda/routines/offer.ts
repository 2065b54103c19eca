/**
 * The launch's offer to pick up a paused routine. The conversation's launch handler calls this with
 * the paused routine its one profile write handed back; it holds no handler.
 */
import type { HandlerInput } from 'ask-sdk-core';
import { ask } from '../core/session';
import { speechOf } from '../speech/i18n';
import type { PausedRoutine } from '../store/port';
import { QUESTIONS, routineName, stepName } from './play';
import { fromPaused, keepRoutine } from './progress';

/** What the launch says instead of its welcome. */
export interface ResumeOffer {
  speech: string;
  reprompt: string;
}

/**
 * When `paused` was saved within the last few hours, keeps it in the session as a paused routine,
 * asks "shall we pick up where you left off?" (`routines.resume`) and returns the words; otherwise
 * `undefined` and the launch welcomes as usual.
 */
export function offerResume(
  input: HandlerInput,
  paused: PausedRoutine | undefined,
  now: number,
): ResumeOffer | undefined {
  const state = paused && fromPaused(paused, now);
  if (!state) return undefined;
  keepRoutine(input, { state, respondedAt: now, saved: false });
  ask(input, { kind: QUESTIONS.resume });
  const speech = speechOf(input);
  return {
    speech: speech.say('routines:resumeOffer', {
      routine: routineName(speech, state),
      step: stepName(state),
    }),
    reprompt: speech.say('routines:resumeReprompt'),
  };
}
