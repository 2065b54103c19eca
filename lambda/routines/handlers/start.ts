import type { RequestHandler } from 'ask-sdk-core';
import type { SkillDeps } from '../../core/deps';
import { isIntent } from '../../core/predicates';
import { ask, questionOf } from '../../core/session';
import { speechOf } from '../../speech/i18n';
import { findRoutine, type RoutineKind } from '../catalog';
import { startRoutine } from '../engine';
import { ROUTINE_INTENTS, ROUTINE_SLOTS } from '../intents';
import { play, QUESTIONS, startingLine } from '../play';
import { asKind, asLength, asStyle, slotId } from '../slots';

/** A routine's length when the user does not say: the full one, as the article asks for time. */
export const DEFAULT_LENGTH = 'full';

function kindOf(intentName: string, slot: string | undefined): RoutineKind | undefined {
  if (intentName === ROUTINE_INTENTS.warmUp) return 'warmup';
  if (intentName === ROUTINE_INTENTS.coolDown || intentName === ROUTINE_INTENTS.stretch) return 'cooldown';
  return asKind(slot);
}

/**
 * "Give me a quick yoga warm-up", "cool me down", "help me stretch": starts a routine
 * from the kind, style and length slots. A stretch with no kind is a cool-down; otherwise a missing
 * kind is asked for, keeping the style and length for the answer.
 */
export function startHandler(deps: SkillDeps): RequestHandler {
  return {
    canHandle: isIntent(
      ROUTINE_INTENTS.start,
      ROUTINE_INTENTS.warmUp,
      ROUTINE_INTENTS.coolDown,
      ROUTINE_INTENTS.stretch,
    ),
    async handle(input) {
      const speech = speechOf(input);
      const request = input.requestEnvelope.request;
      const intentName = request.type === 'IntentRequest' ? request.intent.name : '';
      const earlier = questionOf(input)?.kind === QUESTIONS.whichKind ? questionOf(input)?.data : {};
      const style =
        intentName === ROUTINE_INTENTS.stretch
          ? 'stretch'
          : (asStyle(slotId(input, ROUTINE_SLOTS.style.name)) ?? asStyle(earlier?.style));
      const length =
        asLength(slotId(input, ROUTINE_SLOTS.length.name)) ?? asLength(earlier?.length) ?? DEFAULT_LENGTH;
      const kind =
        kindOf(intentName, slotId(input, ROUTINE_SLOTS.kind.name)) ??
        (style === 'stretch' ? 'cooldown' : undefined);
      if (!kind) {
        ask(input, { kind: QUESTIONS.whichKind, data: { ...(style ? { style } : {}), length } });
        const question = speech.say('routines:whichKind');
        return input.responseBuilder.speak(question).reprompt(question).getResponse();
      }
      const state = startRoutine(findRoutine(kind, style).id, length);
      return play(input, deps, state, [startingLine(speech, state)]);
    },
  };
}

/** "What routines are there?": the six routines and the two lengths, then a question. */
export const listHandler: RequestHandler = {
  canHandle: isIntent(ROUTINE_INTENTS.list),
  handle(input) {
    const speech = speechOf(input);
    return input.responseBuilder
      .speak(speech.say('routines:list'))
      .reprompt(speech.say('routines:listReprompt'))
      .getResponse();
  },
};
