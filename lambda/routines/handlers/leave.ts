import { message, silent, tell, type AnswerHandler } from '../../core/answer';
import type { SkillDeps } from '../../core/deps';
import { all, any, isAnswering, isIntent, isRequest } from '../../core/predicates';
import { advance } from '../engine';
import { sessionEndErrorOf } from '../../core/request';
import { ROUTINE_INTENTS as I, ROUTINE_QUESTIONS } from '../intents';
import { respond, stepName } from '../respond';
import { elapsedSince, hasRoutine, keepRoutine, requireRoutine } from '../session-state';
import { recordFinish, saveProgress } from '../store-writes';

/**
 * Stop, Cancel or "go home" inside a routine, or "no" at a break point: saves the user's place in one
 * write and ends the session (Stop always exits; a skill that ends the session itself gets no
 * `SessionEndedRequest`, so this is the only chance to save). A failed save is said plainly. After the
 * last move has played, the routine is finished instead: recorded and praised.
 */
export function stopHandler(deps: SkillDeps): AnswerHandler {
  return {
    canHandle: all(
      any(
        isIntent(I.stop, I.cancel, I.navigateHome),
        all(isIntent(I.no), isAnswering(ROUTINE_QUESTIONS.continue)),
      ),
      hasRoutine,
    ),
    async handle(input) {
      const slice = requireRoutine(input);
      const state = advance(slice.state, { type: 'stop' }, elapsedSince(input, slice)) ?? slice.state;
      if (state.status === 'finished') return respond(input, deps, state, []);
      keepRoutine(input, undefined);
      const saved = await saveProgress(input, deps, state);
      const step = stepName(state);
      if (!saved) return tell(message('routines:stoppedNotSaved'));
      return tell(
        isIntent(I.no)(input) ? message('routines:laterSaved') : message('routines:stopped', { step }),
      );
    },
  };
}

/**
 * The session ended inside a routine (silence, "Alexa, exit", an error): saves the user's place in
 * one write, unless it was saved already, so the next launch can offer to pick it up; a routine
 * played to its end is recorded as completed instead.
 * @see https://developer.amazon.com/en-US/docs/alexa/custom-skills/request-types-reference.html#sessionendedrequest
 */
export function sessionEndedHandler(deps: SkillDeps): AnswerHandler {
  return {
    canHandle: all(isRequest('SessionEndedRequest'), hasRoutine),
    async handle(input) {
      const slice = requireRoutine(input);
      const failed = sessionEndErrorOf(input);
      if (failed) deps.logger.warn('Session ended with an error', failed);
      if (!slice.saved) {
        const state = advance(slice.state, { type: 'tick' }, elapsedSince(input, slice)) ?? slice.state;
        if (state.status === 'finished') await recordFinish(input, deps, state);
        else await saveProgress(input, deps, state);
      }
      return silent();
    },
  };
}
