import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { SkillDeps } from '../../core/deps';
import { all, isIntent } from '../../core/predicates';
import { ask, questionOf, type PendingQuestion } from '../../core/session';
import { speechOf, type Speech } from '../../speech/i18n';
import { duration, shownStep } from '../delivery';
import { advance, remaining, type Command, type RoutineState } from '../engine';
import { ROUTINE_INTENTS as I } from '../intents';
import { play, saveProgress } from '../play';
import { elapsedSince, routineOf } from '../progress';
import { LOG_REST_DAY_QUESTION } from './safety';

const COMMANDS: Record<string, Command['type']> = {
  [I.pause]: 'pause',
  [I.resume]: 'resume',
  [I.next]: 'next',
  [I.previous]: 'back',
  [I.repeat]: 'repeat',
  [I.startOver]: 'startOver',
  [I.howLong]: 'howLong',
  [I.whatsNext]: 'whatsNext',
  [I.easier]: 'easier',
  [I.howTo]: 'tick',
  [I.whatFor]: 'tick',
};

/** The routine commands: they steer a routine that is going, and get an offer of one otherwise. */
export const NAVIGATION_INTENTS = Object.keys(COMMANDS);

const hasRoutine = (input: HandlerInput) => routineOf(input) !== undefined;

function intentName(input: HandlerInput): string {
  const request = input.requestEnvelope.request;
  return request.type === 'IntentRequest' ? request.intent.name : '';
}

/** What to say before carrying on, for a command's result. */
function opening(speech: Speech, intent: string, state: RoutineState): string[] {
  if (state.notice) return [speech.say(`routines:notice.${state.notice}`)];
  const step = shownStep(state, state.step);
  const next = shownStep(state, state.step + 1);
  const left = remaining(state);
  switch (intent) {
    case I.next:
      return [speech.say('routines:moved.next')];
    case I.previous:
      return [speech.say('routines:moved.back')];
    case I.repeat:
      return [speech.say('routines:moved.repeat')];
    case I.startOver:
      return [speech.say('routines:moved.startOver')];
    case I.easier:
      return [speech.say('routines:moved.easier')];
    case I.resume:
      return [speech.say('routines:moved.resume')];
    case I.howLong:
      return [
        speech.say('routines:howLong', {
          step: duration(speech, left.step),
          total: duration(speech, left.total),
        }),
      ];
    case I.whatsNext:
      return [
        next ? speech.say('routines:whatsNext', { next: next.name }) : speech.say('routines:whatsNextLast'),
      ];
    case I.howTo:
      return [
        speech.say('routines:howTo', {
          instruction: step?.instruction ?? '',
          safety: step?.backSafety ?? '',
        }),
      ];
    case I.whatFor:
      return [speech.say('routines:whatFor', { name: step?.name ?? '', goodFor: step?.goodFor ?? '' })];
    default:
      return [];
  }
}

/**
 * Pause, resume, next, go back, repeat, start over, how much longer, what's next, how do I do this,
 * what is this for, make it easier: works out the step the user is really on from the time since the
 * playing response began, applies the command, and carries on hands-free. No storage call, except
 * the one write that saves progress on pause.
 */
export function navigationHandler(deps: SkillDeps): RequestHandler {
  return {
    canHandle: all(isIntent(...NAVIGATION_INTENTS), hasRoutine),
    async handle(input) {
      const speech = speechOf(input);
      const slice = routineOf(input);
      if (!slice) throw new RangeError('No routine in the session');
      const intent = intentName(input);
      const type = COMMANDS[intent] ?? 'tick';
      const state = advance(slice.state, { type } as Command, elapsedSince(input, slice)) ?? slice.state;
      if (type === 'pause' && state.status === 'paused') {
        const saved =
          slice.saved && slice.state.status === 'paused' ? true : await saveProgress(input, deps, state);
        const line = speech.say(saved ? 'routines:paused' : 'routines:pausedNotSaved');
        return play(input, deps, state, [line], { saved, askReady: false });
      }
      const saved = slice.saved && state.status === 'paused';
      return play(input, deps, state, opening(speech, intent, state), { saved });
    },
  };
}

/** What to say when a routine command meets another capability's question, kept open. */
function keptQuestionKeys(pending: PendingQuestion): [string, string] {
  if (pending.kind !== LOG_REST_DAY_QUESTION) return ['noRoutinePending', 'noRoutinePendingReprompt'];
  return [pending.data?.after === 'pain' ? 'noRoutineAfterPain' : 'noRoutineLogToday', 'painReprompt'];
}

/**
 * Routine commands when no routine is going: says so and offers one. When another capability's yes/no
 * question is still waiting (it did not take the command as its answer), the question is kept open
 * rather than dropped: after back pain, "resume" gets no warm-up offer, only the rest-day question.
 */
export const noRoutineHandler: RequestHandler = {
  canHandle: isIntent(...NAVIGATION_INTENTS),
  handle(input) {
    const speech = speechOf(input);
    const pending = questionOf(input);
    const keep = pending !== undefined && !pending.kind.startsWith('routines.');
    if (keep) ask(input, pending);
    const [key, reprompt] = keep ? keptQuestionKeys(pending) : ['noRoutine', 'listReprompt'];
    return input.responseBuilder
      .speak(speech.say(`routines:${key}`))
      .reprompt(speech.say(`routines:${reprompt}`))
      .getResponse();
  },
};
