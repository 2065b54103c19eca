import type { RequestHandler } from 'ask-sdk-core';
import type { SkillDeps } from '../../core/deps';
import { all, isAnswering, isIntent } from '../../core/predicates';
import { speechOf } from '../../speech/i18n';
import { interpretDate, PAST_LIMIT_DAYS } from '../dates';
import { REST_DAY_INTENTS, REST_DAY_QUESTIONS, REST_DAY_SLOTS } from '../intents';
import { orFailure, question, questionDate, slotValue, tell, todayOf, userIdOf } from './common';

/** "remove my rest day on tuesday", "I didn't rest yesterday": always asks before removing. */
export function removeRestDayHandler(deps: SkillDeps): RequestHandler {
  return {
    canHandle: isIntent(REST_DAY_INTENTS.remove),
    async handle(input) {
      const speech = speechOf(input);
      const { today, say } = await todayOf(input, deps);
      const spoken = interpretDate(slotValue(input, REST_DAY_SLOTS.date), today);
      switch (spoken.kind) {
        case 'day':
        case 'confirm': {
          const day = say(spoken.date);
          return question(
            input,
            speech.say('restdays:confirmRemove', { day }),
            speech.say('restdays:confirmRemoveReprompt', { day }),
            { kind: REST_DAY_QUESTIONS.confirmRemove, data: { date: spoken.date } },
          );
        }
        case 'future':
          return tell(input, speech.say('restdays:futureRemove', { day: say(spoken.date) }));
        case 'tooOld':
          return tell(
            input,
            speech.say('restdays:tooOldRemove', { day: say(spoken.date), limit: PAST_LIMIT_DAYS }),
          );
        case 'span':
        case 'unknown':
          return question(
            input,
            speech.say('restdays:askWhichDayToRemove'),
            speech.say('restdays:whichDayReprompt'),
          );
      }
    },
  };
}

/** "Yes, remove it": one conditional delete; says "removed" only when an item was deleted. */
export function confirmRemoveYesHandler(deps: SkillDeps): RequestHandler {
  return {
    canHandle: all(isIntent(REST_DAY_INTENTS.yes), isAnswering(REST_DAY_QUESTIONS.confirmRemove)),
    async handle(input) {
      const speech = speechOf(input);
      const date = questionDate(input);
      if (!date) {
        return question(
          input,
          speech.say('restdays:askWhichDayToRemove'),
          speech.say('restdays:whichDayReprompt'),
        );
      }
      const { say } = await todayOf(input, deps);
      const day = say(date);
      const result = await orFailure(
        deps,
        () =>
          deps.store.activity.removeRestDay(userIdOf(input), date, input.requestEnvelope.request.requestId),
        () => tell(input, speech.say('restdays:removeFailed', { day })),
      );
      if (!result.ok) return result.response;
      const key = result.value === 'removed' ? 'restdays:removed' : 'restdays:removeNotFound';
      return tell(input, speech.say(key, { day }));
    },
  };
}

/** "No, keep it": nothing changes. */
export function confirmRemoveNoHandler(deps: SkillDeps): RequestHandler {
  return {
    canHandle: all(isIntent(REST_DAY_INTENTS.no), isAnswering(REST_DAY_QUESTIONS.confirmRemove)),
    async handle(input) {
      const date = questionDate(input);
      const { say } = await todayOf(input, deps);
      const speech = speechOf(input);
      if (!date) return tell(input, speech.say('restdays:confirmLogDeclined'));
      return tell(input, speech.say('restdays:removeKept', { day: say(date) }));
    },
  };
}
