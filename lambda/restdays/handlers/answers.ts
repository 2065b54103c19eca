import { message, tell, type Answer, type AnswerHandler } from '../../core/answer';
import type { SkillDeps } from '../../core/deps';
import { all, any, isAnswering, isIntent } from '../../core/predicates';
import { pendingQuestionOf, slotValueOf } from '../../core/request';
import { interpretDate, type SpokenDate } from '../dates';
import { REST_DAY_INTENTS, REST_DAY_QUESTIONS, REST_DAY_SLOTS } from '../intents';
import { removeSpoken } from './correct';
import { logSpoken } from './log';
import { planMove } from './move';
import { todayOf } from './today';

/** The questions a bare day answers: "which day?", and the ones that name a day to confirm. */
const DAY_QUESTIONS = [
  REST_DAY_QUESTIONS.whichDay,
  REST_DAY_QUESTIONS.confirmLog,
  REST_DAY_QUESTIONS.confirmRemove,
  REST_DAY_QUESTIONS.confirmMove,
] as const;

/**
 * A day said on its own ("saturday", "on the twentieth", "it was monday") while a day question
 * waits: "which day?" takes it for what it asked (`purpose`: to log, to remove, either end of a
 * move), and a question that named a day ("did you mean Thursday?", "remove Tuesday?", "move it to
 * Wednesday?") takes it as the day meant instead, asking again where it always asks first. With no
 * day question waiting, a bare day is left to the conversation, which says what it could be for.
 */
export function dayAnswerHandler(deps: SkillDeps): AnswerHandler {
  return {
    canHandle: all(isIntent(REST_DAY_INTENTS.dayAnswer), any(...DAY_QUESTIONS.map(isAnswering))),
    async handle(input): Promise<Answer> {
      const pending = pendingQuestionOf(input);
      const value = slotValueOf(input, REST_DAY_SLOTS.date);
      const data = pending?.data ?? {};
      const purpose = pending?.kind === REST_DAY_QUESTIONS.whichDay ? data.purpose : pending?.kind;
      if (purpose === 'moveFrom') return planMove(input, deps, value, data.to);
      if (purpose === 'moveTo' || purpose === REST_DAY_QUESTIONS.confirmMove)
        return planMove(input, deps, data.from, value);
      const local = await todayOf(input, deps);
      const spoken: SpokenDate =
        value === undefined ? { kind: 'unknown' } : interpretDate(value, local.today);
      if (purpose === 'remove' || purpose === REST_DAY_QUESTIONS.confirmRemove)
        return removeSpoken(spoken, local);
      return logSpoken(input, deps, spoken, local);
    },
  };
}

/** "No" to "which day?": nothing changes. */
export const whichDayNoHandler: AnswerHandler = {
  canHandle: all(isIntent(REST_DAY_INTENTS.no), isAnswering(REST_DAY_QUESTIONS.whichDay)),
  handle: () => tell(message('restdays:whichDayDeclined')),
};
