import type { HandlerInput } from 'ask-sdk-core';
import { ask, message, type Answer, type AnswerHandler, type MessagePart } from '../../core/answer';
import type { SkillDeps } from '../../core/deps';
import { all, isAnswering, isIntent } from '../../core/predicates';
import { intentNameOf, pendingQuestionOf, slotIdOf, slotValueOf, speechOf } from '../../core/request';
import {
  chooseRoutine,
  isRoutineId,
  onlyKindWith,
  type MissingRoutine,
  type RequestedStyle,
  type Routine,
  type RoutineKind,
  type RoutineLength,
} from '../catalog';
import { startRoutine } from '../engine';
import { ROUTINE_INTENTS as I, ROUTINE_QUESTIONS, ROUTINE_SLOTS } from '../intents';
import { respond, routineName, startingLine } from '../respond';
import { asKind, asLength, asStyle } from '../slots';
import { beforeRoutine } from '../care';

/** A routine's length when the user does not say: the full one, as the article asks for time. */
export const DEFAULT_LENGTH = 'full';

/** The questions whose answer may name only part of a routine ("yoga", "the short one"). */
const PARTIAL_ANSWERS: readonly string[] = [
  ROUTINE_QUESTIONS.whichKind,
  ROUTINE_QUESTIONS.whichRoutine,
  ROUTINE_QUESTIONS.offerNearest,
];

/** A style id as asked for: the catalog's styles, `complete`, or `unknown`. */
function asRequested(value: unknown): RequestedStyle | undefined {
  return asStyle(value) ?? (value === 'complete' || value === 'unknown' ? value : undefined);
}

/** The style the request names: a resolved slot, or `unknown` when words were heard that matched none. */
function requestedStyle(input: HandlerInput): RequestedStyle | undefined {
  if (intentNameOf(input) === I.stretch) return 'stretch';
  const name = ROUTINE_SLOTS.style.name;
  return asRequested(slotIdOf(input, name)) ?? (slotValueOf(input, name) ? 'unknown' : undefined);
}

interface Choice {
  kind?: RoutineKind;
  style?: RequestedStyle;
  length: RoutineLength;
}

/**
 * What the user asked for, with what they said before a partial answer filling the gaps ("yoga",
 * then "a warm-up"). A style only one kind has names that kind ("aerobic": a warm-up).
 */
function choiceOf(input: HandlerInput): Choice {
  const intent = intentNameOf(input);
  const pending = pendingQuestionOf(input);
  const earlier = pending && PARTIAL_ANSWERS.includes(pending.kind) ? (pending.data ?? {}) : {};
  const style = requestedStyle(input) ?? asRequested(earlier.style);
  const length =
    asLength(slotIdOf(input, ROUTINE_SLOTS.length.name)) ?? asLength(earlier.length) ?? DEFAULT_LENGTH;
  const named =
    intent === I.warmUp ? 'warmup' : intent === I.coolDown || intent === I.stretch ? 'cooldown' : undefined;
  const kind =
    named ?? asKind(slotIdOf(input, ROUTINE_SLOTS.kind.name)) ?? onlyKindWith(style) ?? asKind(earlier.kind);
  return { ...(kind ? { kind } : {}), ...(style ? { style } : {}), length };
}

/** The plain "there is no such routine" line with the nearest offer, for a request the catalog lacks. */
function nearestLine(
  missing: MissingRoutine,
  kind: RoutineKind,
  routine: Routine,
  length: RoutineLength,
): MessagePart {
  const said = message(length === 'quick' ? 'routines:length.quick' : 'routines:length.full');
  switch (missing) {
    case 'warmupStretch':
    case 'cooldownAerobic':
    case 'cooldownComplete':
      return message(`routines:nearest.${missing}`, { length: said });
    case 'warmupComplete':
      return message('routines:nearest.warmupComplete');
    case 'unknown':
      return message('routines:nearest.unknown', {
        kind: message(kind === 'warmup' ? 'routines:kindWord.warmup' : 'routines:kindWord.cooldown'),
        length: said,
        routine: routineName({ routineId: routine.id }),
      });
  }
}

/**
 * "Give me a quick yoga warm-up", "cool me down", "help me stretch", or a bare style or length after
 * "which would you like?": starts the routine with exactly the kind, style and length asked for. A
 * missing kind is asked for, keeping the style and length for the answer; a combination the catalog
 * lacks ("a stretching warm-up") is said plainly, with the nearest routine offered
 * (`routines.offerNearest`: "yes", "no", or another style answers it).
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
      const gate = await beforeRoutine(input, deps, {
        kind,
        ...(style && style !== 'unknown' ? { style } : {}),
        length,
      });
      if ('ask' in gate) return gate.ask;
      const chosen = chooseRoutine(kind, style);
      if (chosen.exact) return start(input, deps, chosen.routine.id, length, gate.opening);
      const offered = chosen.missing === 'warmupComplete' ? 'full' : length;
      return ask(
        [...gate.opening, nearestLine(chosen.missing, kind, chosen.routine, offered)],
        message('routines:nearestReprompt'),
        { kind: ROUTINE_QUESTIONS.offerNearest, data: { kind, routine: chosen.routine.id, length: offered } },
      );
    },
  };
}

/** A routine started from its first step. */
function start(
  input: HandlerInput,
  deps: SkillDeps,
  id: Routine['id'],
  length: RoutineLength,
  before: readonly MessagePart[] = [],
): Promise<Answer> {
  const state = startRoutine(id, length);
  const opening: MessagePart[] = [...before, startingLine(input, state)];
  return respond(input, deps, state, opening);
}

/** "Yes" to the nearest routine offered: it starts, at the length asked for. */
export function startNearestHandler(deps: SkillDeps): AnswerHandler {
  return {
    canHandle: all(isIntent(I.yes), isAnswering(ROUTINE_QUESTIONS.offerNearest)),
    handle(input) {
      const data = pendingQuestionOf(input)?.data ?? {};
      const length = asLength(data.length) ?? DEFAULT_LENGTH;
      if (isRoutineId(data.routine)) return start(input, deps, data.routine, length);
      const question = speechOf(input).phrased(message('routines:whichKind'));
      return ask(question, question, { kind: ROUTINE_QUESTIONS.whichKind, data: { length } });
    },
  };
}

/** "No" to the nearest routine offered: nothing starts, and the user can choose again. */
export const declineNearestHandler: AnswerHandler = {
  canHandle: all(isIntent(I.no), isAnswering(ROUTINE_QUESTIONS.offerNearest)),
  handle: () =>
    ask(message('routines:nearestDeclined'), message('routines:listReprompt'), {
      kind: ROUTINE_QUESTIONS.whichRoutine,
    }),
};

/** "What routines are there?": the six routines and the two lengths, then "which would you like?". */
export const listHandler: AnswerHandler = {
  canHandle: isIntent(I.list),
  handle: () =>
    ask(message('routines:list'), message('routines:listReprompt'), { kind: ROUTINE_QUESTIONS.whichRoutine }),
};
