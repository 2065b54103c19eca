import { ask, message, tell, type Answer, type AnswerHandler } from '../../core/answer';
import type { SkillDeps } from '../../core/deps';
import { all, isAnswering, isIntent } from '../../core/predicates';
import { fromStore, requestIdOf, slotValueOf, userIdOf } from '../../core/request';
import { interpretDate, PAST_LIMIT_DAYS, type SpokenDate } from '../dates';
import { REST_DAY_INTENTS, REST_DAY_QUESTIONS, REST_DAY_SLOTS } from '../intents';
import { questionDate, todayOf, type Today } from './today';

/** "Which day should I remove?", kept open; a bare day answers it (`restdays.whichDay`, to remove). */
const askWhichDay = (): Answer =>
  ask(message('restdays:askWhichDayToRemove'), message('restdays:whichDayReprompt'), {
    kind: REST_DAY_QUESTIONS.whichDay,
    data: { purpose: 'remove' },
  });

/**
 * What to do with a day the user wants off their rest days: ask to confirm it (always, before a
 * removal), decline a future or too old day, or ask which day.
 */
export function removeSpoken(spoken: SpokenDate, { say }: Today): Answer {
  switch (spoken.kind) {
    case 'day':
    case 'confirm': {
      const day = say(spoken.date);
      return ask(
        message('restdays:confirmRemove', { day }),
        message('restdays:confirmRemoveReprompt', { day }),
        { kind: REST_DAY_QUESTIONS.confirmRemove, data: { date: spoken.date } },
      );
    }
    case 'future':
      return tell(message('restdays:futureRemove', { day: say(spoken.date) }));
    case 'tooOld':
      return tell(message('restdays:tooOldRemove', { day: say(spoken.date), limit: PAST_LIMIT_DAYS }));
    case 'span':
    case 'unknown':
      return askWhichDay();
  }
}

/**
 * "remove my rest day on tuesday", "I didn't rest yesterday": always asks before removing. With no
 * day ("remove a rest day"), asks which day.
 */
export function removeRestDayHandler(deps: SkillDeps): AnswerHandler {
  return {
    canHandle: isIntent(REST_DAY_INTENTS.remove),
    async handle(input) {
      const value = slotValueOf(input, REST_DAY_SLOTS.date);
      if (value === undefined) return askWhichDay();
      const local = await todayOf(input, deps);
      return removeSpoken(interpretDate(value, local.today), local);
    },
  };
}

/**
 * "Yes, remove it": one conditional delete; says "removed" only when the day is gone by this
 * request's hand (this delivery, or an earlier delivery of the same request whose answer was lost).
 */
export function confirmRemoveYesHandler(deps: SkillDeps): AnswerHandler {
  return {
    canHandle: all(isIntent(REST_DAY_INTENTS.yes), isAnswering(REST_DAY_QUESTIONS.confirmRemove)),
    async handle(input) {
      const date = questionDate(input);
      if (!date) return askWhichDay();
      const day = (await todayOf(input, deps)).say(date);
      const removed = await fromStore(deps.logger, 'Store unavailable', () =>
        deps.store.activity.removeRestDay(userIdOf(input), date, requestIdOf(input)),
      );
      if (!removed.ok)
        return tell(
          message(removed.error.mayHaveWritten ? 'restdays:removeUnconfirmed' : 'restdays:removeFailed', {
            day,
          }),
        );
      return tell(
        message(removed.value === 'not-found' ? 'restdays:removeNotFound' : 'restdays:removed', { day }),
      );
    },
  };
}

/** "No, keep it": nothing changes. */
export function confirmRemoveNoHandler(deps: SkillDeps): AnswerHandler {
  return {
    canHandle: all(isIntent(REST_DAY_INTENTS.no), isAnswering(REST_DAY_QUESTIONS.confirmRemove)),
    async handle(input) {
      const date = questionDate(input);
      if (!date) return tell(message('restdays:confirmLogDeclined'));
      const { say } = await todayOf(input, deps);
      return tell(message('restdays:removeKept', { day: say(date) }));
    },
  };
}
