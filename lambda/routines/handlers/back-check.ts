import type { HandlerInput } from 'ask-sdk-core';
import { ask, message, tell, type Answer, type AnswerHandler, type PendingQuestion } from '../../core/answer';
import type { SkillDeps } from '../../core/deps';
import { all, any, isAnswering, isIntent } from '../../core/predicates';
import { intentNameOf, pendingQuestionOf, slotIdOf } from '../../core/request';
import { REST_DAY_QUESTIONS } from '../../restdays/intents';
import { gentlestRoutine, routineById } from '../catalog';
import { keepVisit } from '../care';
import { advance, startRoutine } from '../engine';
import { ROUTINE_INTENTS as I, ROUTINE_QUESTIONS, ROUTINE_SLOTS } from '../intents';
import { respond, startingLine } from '../respond';
import { elapsedSince, keepRoutine, routineOf } from '../session-state';
import { asFeeling, asKind } from '../slots';
import { recordFinish, recordPainReport } from '../store-writes';

type Feeling = 'BETTER' | 'SAME' | 'WORSE' | 'UNCLEAR';

/** The answer heard: a feeling, "yes" (fine), or anything else (unclear). */
function feelingOf(input: HandlerInput): Feeling {
  if (intentNameOf(input) === I.yes) return 'BETTER';
  return asFeeling(slotIdOf(input, ROUTINE_SLOTS.feeling.name)) ?? 'UNCLEAR';
}

/** "Better, the same, or worse?", asked once more for an unclear answer. */
function askAgain(question: PendingQuestion): Answer {
  return ask(message('routines:backCheck.again'), message('routines:backCheck.reprompt'), {
    ...question,
    data: { ...question.data, again: 'yes' },
  });
}

/** "Shall I log today as a rest day?", after advice for a back that is not better. */
function offerRest(advice: 'routines:backCheck.rest' | 'routines:backCheck.after.worse'): Answer {
  return ask(message(advice), message('routines:painReprompt'), { kind: REST_DAY_QUESTIONS.logToday });
}

/**
 * The answer to "how does your back feel?" after the last move: the routine is recorded as done
 * (one write), then a word for the feeling; "worse" marks a pain report (one more write) and offers a
 * rest day. An unclear answer is asked once more, then closed kindly.
 */
async function afterRoutine(
  input: HandlerInput,
  deps: SkillDeps,
  question: PendingQuestion,
  feeling: Feeling,
): Promise<Answer> {
  const slice = routineOf(input);
  if (feeling === 'UNCLEAR' && question.data?.again === undefined) {
    if (slice) keepRoutine(input, slice);
    return askAgain(question);
  }
  keepRoutine(input, undefined);
  const state = slice && advance(slice.state, { type: 'continue' }, elapsedSince(input, slice));
  const recorded = state ? await recordFinish(input, deps, { ...state, status: 'finished' }) : true;
  const notRecorded = recorded ? [] : [message('routines:notRecorded')];
  const kind = state ? routineById(state.routineId).kind : 'cooldown';
  if (feeling === 'WORSE') {
    await recordPainReport(input, deps);
    return offerRest('routines:backCheck.after.worse');
  }
  if (feeling === 'UNCLEAR') return tell(...notRecorded, message('routines:backCheck.after.unclear'));
  const said = feeling === 'BETTER' ? (`better` as const) : (`same` as const);
  return tell(...notRecorded, message(`routines:backCheck.after.${said}.${kind}`));
}

/**
 * The answer to "how does your back feel today?", asked before a routine (or at the launch) in the
 * days after a pain report. Better: the gentlest routine of the kind asked for, quick (at the launch:
 * a choice of the two gentlest). The same or worse: a rest day and a doctor or physical therapist are
 * suggested, and asking for a routine still starts it. An unclear answer is asked once more, then
 * taken as "better", gently. No storage call.
 */
async function beforeRoutine(
  input: HandlerInput,
  deps: SkillDeps,
  question: PendingQuestion,
  feeling: Feeling,
): Promise<Answer> {
  if (feeling === 'UNCLEAR' && question.data?.again === undefined) return askAgain(question);
  keepVisit(input, { backCheck: 'done' });
  if (feeling === 'SAME' || feeling === 'WORSE') return offerRest('routines:backCheck.rest');
  const kind = asKind(question.data?.kind);
  if (!kind)
    return ask(message('routines:backCheck.gentleChoice'), message('routines:whichKind'), {
      kind: ROUTINE_QUESTIONS.whichKind,
      data: { style: 'walk', length: 'quick' },
    });
  const state = startRoutine(gentlestRoutine(kind).id, 'quick');
  return respond(input, deps, state, [message('routines:backCheck.gentle'), startingLine(input, state)]);
}

/**
 * Answers to "how does your back feel?" (`routines.backCheck`): a feeling (BackFeelsIntent), "yes",
 * "no", or anything the model could not place. A pain report ("it hurts") is the pain handler's.
 */
export function backCheckHandler(deps: SkillDeps): AnswerHandler {
  return {
    canHandle: all(
      isAnswering(ROUTINE_QUESTIONS.backCheck),
      any(isIntent(I.backFeels, I.yes, I.no, I.fallback, I.help)),
    ),
    async handle(input) {
      const question = pendingQuestionOf(input) ?? { kind: ROUTINE_QUESTIONS.backCheck };
      const feeling = feelingOf(input);
      return question.data?.after === 'routine'
        ? afterRoutine(input, deps, question, feeling)
        : beforeRoutine(input, deps, question, feeling);
    },
  };
}
