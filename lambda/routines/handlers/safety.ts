import type { RequestHandler } from 'ask-sdk-core';
import type { SkillDeps } from '../../core/deps';
import { isIntent } from '../../core/predicates';
import { ask } from '../../core/session';
import { speechOf } from '../../speech/i18n';
import { StoreUnavailableError } from '../../store/errors';
import { ROUTINE_INTENTS } from '../intents';
import { keepRoutine, routineOf } from '../progress';

/** The rest-day capability answers this question's yes or no. */
export const LOG_REST_DAY_QUESTION = 'restdays.logToday';

/**
 * "My back hurts", in a routine or not: stops any routine at once (it is not offered for resuming),
 * gives calm advice and asks whether to log today as a rest day.
 */
export function painHandler(deps: SkillDeps): RequestHandler {
  return {
    canHandle: isIntent(ROUTINE_INTENTS.pain),
    async handle(input) {
      const slice = routineOf(input);
      keepRoutine(input, undefined);
      if (slice?.saved) {
        try {
          await deps.store.profiles.setPausedRoutine(
            input.requestEnvelope.context.System.user.userId,
            undefined,
            input.requestEnvelope.request.requestId,
          );
        } catch (error) {
          if (!(error instanceof StoreUnavailableError)) throw error;
          deps.logger.warn('Paused routine not cleared', { operation: error.operation });
        }
      }
      ask(input, { kind: LOG_REST_DAY_QUESTION, data: { after: 'pain' } });
      const speech = speechOf(input);
      return input.responseBuilder
        .speak(speech.say('routines:pain'))
        .reprompt(speech.say('routines:painReprompt'))
        .withShouldEndSession(false)
        .getResponse();
    },
  };
}
