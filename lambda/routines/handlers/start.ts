import type { HandlerInput } from 'ask-sdk-core';
import { ask, message, type AnswerHandler } from '../../core/answer';
import type { SkillDeps } from '../../core/deps';
import { isIntent } from '../../core/predicates';
import { intentNameOf, pendingQuestionOf, slotIdOf, speechOf } from '../../core/request';
import { findRoutine, type RoutineKind, type RoutineLength, type RoutineStyle } from '../catalog';
import { startRoutine } from '../engine';
import { ROUTINE_INTENTS as I, ROUTINE_QUESTIONS, ROUTINE_SLOTS } from '../intents';
import { respond, startingLine } from '../respond';
import { asKind, asLength, asStyle } from '../slots';

/** A routine's length when the user does not say: the full one, as the article asks for time. */
export const DEFAULT_LENGTH = 'full';

/** What the user asked for, with what they said before "warm-up or cool-down?" filling the gaps. */
function choiceOf(input: HandlerInput): { kind?: RoutineKind; style?: RoutineStyle; length: RoutineLength } {
  const intent = intentNameOf(input);
  const pending = pendingQuestionOf(input);
  const earlier = pending?.kind === ROUTINE_QUESTIONS.whichKind ? pending.data : undefined;
  const style =
    intent === I.stretch
      ? 'stretch'
      : (asStyle(slotIdOf(input, ROUTINE_SLOTS.style.name)) ?? asStyle(earlier?.style));
  const length =
    asLength(slotIdOf(input, ROUTINE_SLOTS.length.name)) ?? asLength(earlier?.length) ?? DEFAULT_LENGTH;
  const named =
    intent === I.warmUp ? 'warmup' : intent === I.coolDown || intent === I.stretch ? 'cooldown' : undefined;
  const kind =
    named ??
    asKind(slotIdOf(input, ROUTINE_SLOTS.kind.name)) ??
    (style === 'stretch' ? 'cooldown' : undefined);
  return { ...(kind ? { kind } : {}), ...(style ? { style } : {}), length };
}

/**
 * "Give me a quick yoga warm-up", "cool me down", "help me stretch": starts a routine from the kind,
 * style and length slots. A stretch with no kind is a cool-down; otherwise a missing kind is asked
 * for, keeping the style and length for the answer.
 */
export function startHandler(deps: SkillDeps): AnswerHandler {
  return {
    canHandle: isIntent(I.start, I.warmUp, I.coolDown, I.stretch),
    async handle(input) {
      const { kind, style, length } = choiceOf(input);
      if (!kind) {
        // Asked and reprompted in the same words.
        const question = speechOf(input).phrased(message('routines:whichKind'));
        return ask(question, question, {
          kind: ROUTINE_QUESTIONS.whichKind,
          data: { ...(style ? { style } : {}), length },
        });
      }
      const state = startRoutine(findRoutine(kind, style).id, length);
      return respond(input, deps, state, [startingLine(input, state)]);
    },
  };
}

/** "What routines are there?": the six routines and the two lengths, then a question. */
export const listHandler: AnswerHandler = {
  canHandle: isIntent(I.list),
  handle: () => ask(message('routines:list'), message('routines:listReprompt')),
};
