import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { SkillDeps } from '../../core/deps';
import { all, any, isAnswering, isIntent, isRequest } from '../../core/predicates';
import { speechOf } from '../../speech/i18n';
import { advance } from '../engine';
import { ROUTINE_INTENTS as I } from '../intents';
import { play, QUESTIONS, recordFinish, saveProgress, stepName } from '../play';
import { elapsedSince, keepRoutine, routineOf } from '../progress';

const hasRoutine = (input: HandlerInput) => routineOf(input) !== undefined;

/** "Yes" at a break point or to the launch's resume offer: carries on hands-free. */
export function yesHandler(deps: SkillDeps): RequestHandler {
  return {
    canHandle: all(
      isIntent(I.yes),
      any(isAnswering(QUESTIONS.continue), isAnswering(QUESTIONS.resume)),
      hasRoutine,
    ),
    async handle(input) {
      const slice = routineOf(input);
      if (!slice) throw new RangeError('No routine in the session');
      const resuming = slice.state.status === 'paused';
      const state = advance(slice.state, { type: 'continue' }, elapsedSince(input, slice)) ?? slice.state;
      return play(input, deps, state, resuming ? [speechOf(input).say('routines:moved.resume')] : []);
    },
  };
}

/** "No" to the launch's resume offer: the paused routine is dropped and the user chooses afresh. */
export const declineResumeHandler: RequestHandler = {
  canHandle: all(isIntent(I.no), isAnswering(QUESTIONS.resume)),
  handle(input) {
    keepRoutine(input, undefined);
    const speech = speechOf(input);
    return input.responseBuilder
      .speak(speech.say('routines:resumeDeclined'))
      .reprompt(speech.say('routines:listReprompt'))
      .getResponse();
  },
};

/**
 * Stop, Cancel or "go home" inside a routine, or "no" at a break point: saves the user's place in one
 * write and ends the session (Stop always exits; a skill that ends the session itself gets no
 * `SessionEndedRequest`, so this is the only chance to save). A failed save is said plainly. After the last move has
 * played, the routine is finished instead: recorded and praised.
 */
export function stopHandler(deps: SkillDeps): RequestHandler {
  return {
    canHandle: all(
      any(isIntent(I.stop, I.cancel, I.navigateHome), all(isIntent(I.no), isAnswering(QUESTIONS.continue))),
      hasRoutine,
    ),
    async handle(input) {
      const slice = routineOf(input);
      if (!slice) throw new RangeError('No routine in the session');
      const state = advance(slice.state, { type: 'stop' }, elapsedSince(input, slice)) ?? slice.state;
      if (state.status === 'finished') return play(input, deps, state, []);
      keepRoutine(input, undefined);
      const speech = speechOf(input);
      const saved = await saveProgress(input, deps, state);
      const key = saved
        ? isIntent(I.no)(input)
          ? 'routines:laterSaved'
          : 'routines:stopped'
        : 'routines:stoppedNotSaved';
      return input.responseBuilder
        .speak(speech.say(key, { step: stepName(state) }))
        .withShouldEndSession(true)
        .getResponse();
    },
  };
}

/**
 * The session ended inside a routine (silence, "Alexa, exit", an error): saves the user's place in
 * one write, unless it was saved already, so the next launch can offer to pick it up; a routine
 * played to its end is recorded as completed instead.
 * @see https://developer.amazon.com/en-US/docs/alexa/custom-skills/request-types-reference.html#sessionendedrequest
 */
export function sessionEndedHandler(deps: SkillDeps): RequestHandler {
  return {
    canHandle: all(isRequest('SessionEndedRequest'), hasRoutine),
    async handle(input) {
      const slice = routineOf(input);
      const request = input.requestEnvelope.request;
      if (request.type === 'SessionEndedRequest' && request.reason === 'ERROR') {
        deps.logger.warn('Session ended with an error', { errorType: request.error?.type });
      }
      if (slice && !slice.saved) {
        const state = advance(slice.state, { type: 'tick' }, elapsedSince(input, slice)) ?? slice.state;
        if (state.status === 'finished') await recordFinish(input, deps, state);
        else await saveProgress(input, deps, state);
      }
      return input.responseBuilder.getResponse();
    },
  };
}
