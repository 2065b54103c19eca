/**
 * Turns an engine state into this turn's response: the next stretch of the routine with a question at
 * its break point, the finish (recorded in the user's history), or the paused question. Shared by the
 * routines' handlers; holds no handler itself.
 */
import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import type { SkillDeps } from '../core/deps';
import { ask } from '../core/session';
import { localNow } from '../core/today';
import { speechOf, type Speech } from '../speech/i18n';
import { escapeSsml } from '../speech/ssml';
import { StoreUnavailableError } from '../store/errors';
import { routineById, stepsOf, totalSeconds } from './catalog';
import { buildSegment, duration, shownStep, speakingSeconds } from './delivery';
import type { RoutineState } from './engine';
import { keepRoutine, requestTime, toPaused } from './progress';

/** Question kinds this capability asks. */
export const QUESTIONS = {
  continue: 'routines.continue',
  resume: 'routines.resume',
  whichKind: 'routines.whichKind',
} as const;

/** The routine's spoken name, e.g. "quick yoga warm-up". */
export function routineName(speech: Speech, state: Pick<RoutineState, 'routineId'>): string {
  return speech.say(`routines:name.${state.routineId}`);
}

/** The spoken "here is your routine" line. */
export function startingLine(speech: Speech, state: RoutineState): string {
  return speech.say('routines:starting', {
    length: speech.say(`routines:length.${state.length}`),
    routine: routineName(speech, state),
    duration: duration(speech, totalSeconds(stepsOf(state.routineId, state.length))),
  });
}

/** The name of the step the user is on (its easier version's, if chosen). */
export function stepName(state: RoutineState): string {
  return shownStep(state, state.step)?.name ?? '';
}

function userId(input: HandlerInput): string {
  return input.requestEnvelope.context.System.user.userId;
}

/** Saves paused progress in one write; `false` (logged, nothing claimed) when the store is down. */
export async function saveProgress(
  input: HandlerInput,
  deps: SkillDeps,
  state: RoutineState,
): Promise<boolean> {
  try {
    await deps.store.profiles.setPausedRoutine(
      userId(input),
      toPaused(state, requestTime(input)),
      input.requestEnvelope.request.requestId,
    );
    return true;
  } catch (error) {
    if (!(error instanceof StoreUnavailableError)) throw error;
    deps.logger.warn('Routine progress not saved', { operation: error.operation });
    return false;
  }
}

/** Records the finished routine on the user's local date; `false` when the store is down. */
export async function recordFinish(
  input: HandlerInput,
  deps: SkillDeps,
  state: RoutineState,
): Promise<boolean> {
  const { date } = await localNow(input, deps);
  try {
    await deps.store.activity.recordRoutine(userId(input), {
      date,
      kind: routineById(state.routineId).kind,
      routineId: state.routineId,
      completedAt: new Date(requestTime(input)).toISOString(),
    });
    return true;
  } catch (error) {
    if (!(error instanceof StoreUnavailableError)) throw error;
    deps.logger.warn('Completed routine not recorded', { operation: error.operation });
    return false;
  }
}

async function finishWords(input: HandlerInput, deps: SkillDeps, state: RoutineState): Promise<string> {
  const speech = speechOf(input);
  const recorded = await recordFinish(input, deps, state);
  const praise = speech.say(`routines:finish.${routineById(state.routineId).kind}`);
  return escapeSsml(recorded ? praise : `${praise} ${speech.say('routines:notRecorded')}`);
}

/**
 * The response for `state` after `opening` (plain sentences). Running: the next segment, then a
 * question at its break point (after the last step: "ready for your run?"), so the session stays
 * open and every command works to the very end. Paused: the paused question. Finished (the answer to
 * that last question, or "next" on the last step): the routine is recorded and praised, and the
 * session ends.
 */
export async function play(
  input: HandlerInput,
  deps: SkillDeps,
  state: RoutineState,
  opening: string[],
  options: { saved?: boolean; askReady?: boolean } = {},
): Promise<Response> {
  const speech = speechOf(input);
  const openingText = opening.join(' ');
  const builder = input.responseBuilder;
  if (state.status === 'finished') {
    keepRoutine(input, undefined);
    const words = `${escapeSsml(openingText)} ${await finishWords(input, deps, state)}`;
    return builder.speak(words.trim()).withShouldEndSession(true).getResponse();
  }
  if (state.status === 'paused') {
    keepRoutine(input, { state, respondedAt: requestTime(input), saved: options.saved ?? false });
    ask(input, { kind: QUESTIONS.continue });
    const ready = options.askReady === false ? '' : ` ${speech.say('routines:readyQuestion')}`;
    return builder
      .speak(escapeSsml(`${openingText}${ready}`.trim()))
      .reprompt(speech.say('routines:pausedReprompt'))
      .withShouldEndSession(false)
      .getResponse();
  }
  const segment = buildSegment(speech, state, speakingSeconds(openingText));
  keepRoutine(input, {
    state: { ...state, timeline: segment.timeline },
    respondedAt: requestTime(input),
    saved: false,
  });
  ask(input, { kind: QUESTIONS.continue });
  const kind = routineById(state.routineId).kind;
  const question = segment.reachesEnd
    ? speech.say(`routines:endQuestion.${kind}`)
    : speech.say('routines:breakQuestion', { next: segment.nextName ?? '' });
  return builder
    .speak(`${escapeSsml(openingText)} ${segment.ssml} ${escapeSsml(question)}`.trim())
    .reprompt(speech.say(segment.reachesEnd ? 'routines:endReprompt' : 'routines:breakReprompt'))
    .withShouldEndSession(false)
    .getResponse();
}
