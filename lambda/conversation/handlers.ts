import { ask, message, silent, tell, type AnswerErrorHandler, type AnswerHandler } from '../core/answer';
import type { SkillDeps } from '../core/deps';
import { isIntent, isRequest } from '../core/predicates';
import {
  fromStore,
  intentNameOf,
  requestIdOf,
  requestTypeOf,
  sessionEndErrorOf,
  userIdOf,
} from '../core/request';
import { offerResume } from '../routines/resume';

/**
 * Launch: records the visit, welcomes first-time users with the disclaimer, returning ones briefly,
 * or offers to pick up a routine they paused in the last few hours (all from one profile write). The
 * request's id makes that write idempotent, so a retried write cannot turn a first visit into a
 * returning one (and skip the disclaimer).
 */
export function launchHandler(deps: SkillDeps): AnswerHandler {
  return {
    canHandle: isRequest('LaunchRequest'),
    async handle(input) {
      const now = deps.clock.now();
      const launch = await fromStore(deps.logger, 'Profile unavailable at launch', () =>
        deps.store.profiles.recordLaunch(userIdOf(input), new Date(now), requestIdOf(input)),
      );
      // Without the profile we cannot tell, so we err on the side of saying the disclaimer.
      const previous = launch.ok ? launch.value.previous : undefined;
      const firstLaunch = previous === undefined || (previous.launchCount === 0 && !previous.pausedRoutine);
      const offer = firstLaunch ? undefined : offerResume(input, previous.pausedRoutine, now);
      return (
        offer ??
        ask(
          message(firstLaunch ? 'conversation:welcomeFirst' : 'conversation:welcomeBack'),
          message('conversation:welcomeReprompt'),
        )
      );
    },
  };
}

/** Help: what the skill can do, then a question. */
export const helpHandler: AnswerHandler = {
  canHandle: isIntent('AMAZON.HelpIntent'),
  handle: () => ask(message('conversation:help'), message('conversation:helpReprompt')),
};

/** Stop, Cancel and "go home" always end the session. */
export const exitHandler: AnswerHandler = {
  canHandle: isIntent('AMAZON.StopIntent', 'AMAZON.CancelIntent', 'AMAZON.NavigateHomeIntent'),
  handle: () => tell(message('conversation:goodbye')),
};

/** Fallback, and any intent that no capability can handle in the current state. */
export const fallbackHandler: AnswerHandler = {
  canHandle: isRequest('IntentRequest'),
  handle: () => ask(message('conversation:fallback'), message('conversation:fallbackReprompt')),
};

/**
 * Session end and requests that take no speech (`System.ExceptionEncountered`, skill events nobody
 * else handled): an empty response, as Alexa expects.
 * @see https://developer.amazon.com/en-US/docs/alexa/custom-skills/request-types-reference.html#sessionendedrequest
 */
export function silentHandler(deps: SkillDeps): AnswerHandler {
  return {
    canHandle: (input) => requestTypeOf(input) !== 'IntentRequest',
    handle(input) {
      const failed = sessionEndErrorOf(input);
      if (failed) deps.logger.warn('Session ended with an error', failed);
      return silent();
    },
  };
}

/**
 * Any error in a conversation: a plain apology, and a log line with no user or device IDs or tokens.
 * Skill events (`AlexaSkillEvent.*`) have no listener to apologise to, so their errors fail the
 * invocation instead, where the stack's error alarm sees them.
 */
export function errorHandler(deps: SkillDeps): AnswerErrorHandler {
  return {
    canHandle: (input) => !requestTypeOf(input).startsWith('AlexaSkillEvent.'),
    handle(input, error) {
      const requestType = requestTypeOf(input);
      deps.logger.error('Request failed', {
        error: { name: error.name, message: error.message },
        requestType,
        intent: intentNameOf(input),
      });
      if (requestType !== 'LaunchRequest' && requestType !== 'IntentRequest') return silent();
      return ask(message('conversation:error'), message('conversation:errorReprompt'));
    },
  };
}
