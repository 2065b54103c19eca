import type { ErrorHandler, RequestHandler } from 'ask-sdk-core';
import { getRequestType } from 'ask-sdk-core';
import type { SkillDeps } from '../core/deps';
import { isIntent, isRequest } from '../core/predicates';
import { offerResume } from '../routines/offer';
import { speechOf } from '../speech/i18n';
import { StoreUnavailableError } from '../store/errors';

/**
 * Launch: records the visit, welcomes first-time users with the disclaimer, returning ones briefly,
 * or offers to pick up a routine they paused in the last few hours (all from one profile write). The
 * request's id makes that write idempotent, so a retried write cannot turn a first visit into a
 * returning one (and skip the disclaimer).
 */
export function launchHandler(deps: SkillDeps): RequestHandler {
  return {
    canHandle: isRequest('LaunchRequest'),
    async handle(input) {
      const speech = speechOf(input);
      let firstLaunch = true;
      try {
        const { previous } = await deps.store.profiles.recordLaunch(
          input.requestEnvelope.context.System.user.userId,
          new Date(deps.clock.now()),
          input.requestEnvelope.request.requestId,
        );
        firstLaunch = previous === undefined || (previous.launchCount === 0 && !previous.pausedRoutine);
        const offer = firstLaunch ? undefined : offerResume(input, previous?.pausedRoutine, deps.clock.now());
        if (offer) return input.responseBuilder.speak(offer.speech).reprompt(offer.reprompt).getResponse();
      } catch (error) {
        if (!(error instanceof StoreUnavailableError)) throw error;
        // Without the profile we cannot tell, so we err on the side of saying the disclaimer.
        deps.logger.warn('Profile unavailable at launch', { operation: error.operation });
      }
      return input.responseBuilder
        .speak(speech.say(firstLaunch ? 'conversation:welcomeFirst' : 'conversation:welcomeBack'))
        .reprompt(speech.say('conversation:welcomeReprompt'))
        .getResponse();
    },
  };
}

/** Help: what the skill can do, then a question. */
export const helpHandler: RequestHandler = {
  canHandle: isIntent('AMAZON.HelpIntent'),
  handle(input) {
    const speech = speechOf(input);
    return input.responseBuilder
      .speak(speech.say('conversation:help'))
      .reprompt(speech.say('conversation:helpReprompt'))
      .getResponse();
  },
};

/** Stop, Cancel and "go home" always end the session. */
export const exitHandler: RequestHandler = {
  canHandle: isIntent('AMAZON.StopIntent', 'AMAZON.CancelIntent', 'AMAZON.NavigateHomeIntent'),
  handle(input) {
    return input.responseBuilder
      .speak(speechOf(input).say('conversation:goodbye'))
      .withShouldEndSession(true)
      .getResponse();
  },
};

/** Fallback, and any intent that no capability can handle in the current state. */
export const fallbackHandler: RequestHandler = {
  canHandle: isRequest('IntentRequest'),
  handle(input) {
    const speech = speechOf(input);
    return input.responseBuilder
      .speak(speech.say('conversation:fallback'))
      .reprompt(speech.say('conversation:fallbackReprompt'))
      .getResponse();
  },
};

/**
 * Session end and requests that take no speech (`System.ExceptionEncountered`, skill events nobody
 * else handled): an empty response, as Alexa expects.
 * @see https://developer.amazon.com/en-US/docs/alexa/custom-skills/request-types-reference.html#sessionendedrequest
 */
export function silentHandler(deps: SkillDeps): RequestHandler {
  return {
    canHandle: (input) => getRequestType(input.requestEnvelope) !== 'IntentRequest',
    handle(input) {
      const request = input.requestEnvelope.request;
      if (request.type === 'SessionEndedRequest' && request.reason === 'ERROR') {
        deps.logger.warn('Session ended with an error', { errorType: request.error?.type });
      }
      return input.responseBuilder.getResponse();
    },
  };
}

/**
 * Any error in a conversation: a plain apology, and a log line with no user or device IDs or tokens.
 * Skill events (`AlexaSkillEvent.*`) have no listener to apologise to, so their errors fail the
 * invocation instead, where the stack's error alarm sees them.
 */
export function errorHandler(deps: SkillDeps): ErrorHandler {
  return {
    canHandle: (input) => !getRequestType(input.requestEnvelope).startsWith('AlexaSkillEvent.'),
    handle(input, error) {
      const request = input.requestEnvelope.request;
      deps.logger.error('Request failed', {
        error: { name: error.name, message: error.message },
        requestType: request.type,
        intent: request.type === 'IntentRequest' ? request.intent.name : undefined,
      });
      if (request.type !== 'LaunchRequest' && request.type !== 'IntentRequest')
        return input.responseBuilder.getResponse();
      const speech = speechOf(input);
      return input.responseBuilder
        .speak(speech.say('conversation:error'))
        .reprompt(speech.say('conversation:errorReprompt'))
        .getResponse();
    },
  };
}
