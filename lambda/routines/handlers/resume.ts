import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { SkillDeps } from '../../core/deps';
import { all, isIntent } from '../../core/predicates';
import { speechOf } from '../../speech/i18n';
import { StoreUnavailableError } from '../../store/errors';
import { advance } from '../engine';
import { ROUTINE_INTENTS } from '../intents';
import { play } from '../play';
import { fromPaused, routineOf } from '../progress';

const startsSession = (input: HandlerInput) => input.requestEnvelope.session?.new === true;
const noRoutine = (input: HandlerInput) => routineOf(input) === undefined;

/**
 * "Alexa, ask Run Coach to resume" in a new session: this is the session's start, so, like a launch,
 * one profile write records the visit and hands back the paused routine, which carries on at once.
 * With nothing paused (or the store down) it says so plainly and offers a routine.
 */
export function resumeFromStoreHandler(deps: SkillDeps): RequestHandler {
  return {
    canHandle: all(isIntent(ROUTINE_INTENTS.resume), startsSession, noRoutine),
    async handle(input) {
      const speech = speechOf(input);
      let key = 'routines:nothingPaused';
      try {
        const { previous } = await deps.store.profiles.recordLaunch(
          input.requestEnvelope.context.System.user.userId,
          new Date(deps.clock.now()),
          input.requestEnvelope.request.requestId,
        );
        const paused = previous?.pausedRoutine && fromPaused(previous.pausedRoutine, deps.clock.now());
        const state = paused && advance(paused, { type: 'resume' }, 0);
        if (state) return await play(input, deps, state, [speech.say('routines:moved.resume')]);
      } catch (error) {
        if (!(error instanceof StoreUnavailableError)) throw error;
        deps.logger.warn('Paused routine unavailable', { operation: error.operation });
        key = 'routines:resumeUnavailable';
      }
      return input.responseBuilder
        .speak(speech.say(key))
        .reprompt(speech.say('routines:listReprompt'))
        .getResponse();
    },
  };
}
