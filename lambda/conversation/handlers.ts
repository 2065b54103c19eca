import type { HandlerInput } from 'ask-sdk-core';
import {
  ask,
  message,
  silent,
  tell,
  type Answer,
  type AnswerErrorHandler,
  type AnswerHandler,
} from '../core/answer';
import type { SkillDeps } from '../core/deps';
import { isIntent, isRequest } from '../core/predicates';
import {
  fromStore,
  intentNameOf,
  pendingQuestionOf,
  requestIdOf,
  requestTypeOf,
  sessionEndErrorOf,
  userIdOf,
} from '../core/request';
import { askBackBefore, keepVisit, painIsRecent } from '../routines/care';
import { offerResume } from '../routines/resume';
import type { PlainMessageKey } from '../speech/messages';
import { asksForValue, fitsOf, pendingReask } from './questions';

/**
 * Launch: records the visit, welcomes first-time users with the disclaimer, returning ones briefly,
 * or offers to pick up a routine they paused in the last few hours (all from one profile write). In
 * the days after a pain report, however it was made, it asks how the back feels first. The
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
      // A profile with no launch is a first launch, unless the user was seen (`firstSeenAt`: their
      // first contact was a rest-day log, which said the disclaimer): then they are welcomed back.
      const firstLaunch =
        previous === undefined ||
        (previous.launchCount === 0 && !previous.pausedRoutine && previous.firstSeenAt === undefined);
      // In the days after a pain report, the back comes first (../routines/care.ts), also when the
      // report was a one-shot and this is the first launch (then with the disclaimer in front).
      if (painIsRecent(previous, now)) {
        const check = askBackBefore(input, undefined);
        return firstLaunch ? { ...check, speech: [message('routines:disclaimer'), ...check.speech] } : check;
      }
      keepVisit(input, { backCheck: 'done' });
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

/**
 * Help: what the skill can do, then a question. While a question waits, help says what answers it
 * and asks it again instead, so the question is kept.
 */
export const helpHandler: AnswerHandler = {
  canHandle: isIntent('AMAZON.HelpIntent'),
  handle: (input) =>
    askAgain(input, 'conversation:helpPending') ??
    ask(message('conversation:help'), message('conversation:helpReprompt')),
};

/** Stop, Cancel and "go home" always end the session. */
export const exitHandler: AnswerHandler = {
  canHandle: isIntent('AMAZON.StopIntent', 'AMAZON.CancelIntent', 'AMAZON.NavigateHomeIntent'),
  handle: () => tell(message('conversation:goodbye')),
};

/** What is said for an answer-shaped intent that came with no question waiting. */
const STRAY: Readonly<Record<string, PlainMessageKey>> = {
  DayAnswerIntent: 'conversation:strayDay',
  'AMAZON.YesIntent': 'conversation:strayYesNo',
  'AMAZON.NoIntent': 'conversation:strayYesNo',
  BackFeelsIntent: 'conversation:strayFeeling',
};

/**
 * Fallback, and any intent that no capability can handle in the current state. While a question
 * waits, it says in one sentence what fits and asks the question again, keeping it pending, so the
 * plain answer that follows still works; "no" to a question that wants a value ("which day?") lets
 * it go. With nothing waiting, a stray answer ("saturday", "yes") hears what it could be for, and
 * anything else what the skill can do.
 */
export const fallbackHandler: AnswerHandler = {
  canHandle: isRequest('IntentRequest'),
  handle(input) {
    const pending = pendingQuestionOf(input);
    const intent = intentNameOf(input) ?? '';
    if (pending && intent === 'AMAZON.NoIntent' && asksForValue(pending.kind))
      return ask(message('conversation:declined'), message('conversation:fallbackReprompt'));
    const again = askAgain(input, 'conversation:fallbackPending');
    if (again) return again;
    const stray = STRAY[intent];
    return ask(message(stray ?? 'conversation:fallback'), message('conversation:fallbackReprompt'));
  },
};

/**
 * The pending question asked again after one sentence (`lead`, with what fits as its `fits`), the
 * question kept; `undefined` when no question waits.
 */
function askAgain(
  input: HandlerInput,
  lead: 'conversation:fallbackPending' | 'conversation:helpPending',
): Answer | undefined {
  const pending = pendingQuestionOf(input);
  if (!pending) return undefined;
  const fits = message(fitsOf(pending.kind));
  const words = pendingReask(input)?.words ?? [message('conversation:fallbackPendingReprompt', { fits })];
  return ask([message(lead, { fits }), ...words], words, pending);
}

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
 * Any error in a conversation: a plain apology, and a log line with the error's name only (no
 * message: it may quote slot text or an id), the request type and the intent.
 * Skill events (`AlexaSkillEvent.*`) have no listener to apologise to, so their errors fail the
 * invocation instead, where the stack's error alarm sees them.
 */
export function errorHandler(deps: SkillDeps): AnswerErrorHandler {
  return {
    canHandle: (input) => !requestTypeOf(input).startsWith('AlexaSkillEvent.'),
    handle(input, error) {
      const requestType = requestTypeOf(input);
      deps.logger.error('Request failed', {
        // Only the name: a message can carry what the user said or an id (an SDK's, a library's).
        error: { name: error.name },
        requestType,
        intent: intentNameOf(input),
      });
      if (requestType !== 'LaunchRequest' && requestType !== 'IntentRequest') return silent();
      return ask(message('conversation:error'), message('conversation:errorReprompt'));
    },
  };
}
