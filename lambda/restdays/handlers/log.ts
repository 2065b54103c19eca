import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import type { SkillDeps } from '../../core/deps';
import { all, isAnswering, isIntent } from '../../core/predicates';
import { speechOf } from '../../speech/i18n';
import { interpretDate, PAST_LIMIT_DAYS } from '../dates';
import { REST_DAY_INTENTS, REST_DAY_QUESTIONS, REST_DAY_SLOTS } from '../intents';
import { orFailure, question, questionDate, slotValue, tell, todayOf, userIdOf, type Today } from './common';

/**
 * Logs one day in ONE conditional write and no read. Says "logged" only after the write succeeded,
 * "already logged" when the condition failed (true also when this very write landed and the SDK's
 * retry of it found the day: the day is logged either way), and, when the store was unavailable,
 * that it cannot confirm the day was saved: a write that timed out or lost its answer may have
 * landed, so "not saved" could be false, while saying it again is always safe (one item per day).
 */
export async function logDay(
  input: HandlerInput,
  deps: SkillDeps,
  date: string,
  { today, say }: Today,
): Promise<Response> {
  const speech = speechOf(input);
  const day = say(date);
  const loggedAt = new Date(deps.clock.now()).toISOString();
  const result = await orFailure(
    deps,
    () =>
      deps.store.activity.logRestDay(
        userIdOf(input),
        { date, loggedAt },
        input.requestEnvelope.request.requestId,
      ),
    () => tell(input, speech.say('restdays:notConfirmed', { day })),
  );
  if (!result.ok) return result.response;
  if (result.value === 'already-logged') return tell(input, speech.say('restdays:alreadyLogged', { day }));
  const extra = date === today ? [speech.say('restdays:gentle')] : [];
  return tell(input, speech.say('restdays:logged', { day }), ...extra);
}

/** "log a rest day", "I rested on monday", "mark the twenty fourth as a rest day". */
export function logRestDayHandler(deps: SkillDeps): RequestHandler {
  return {
    canHandle: isIntent(REST_DAY_INTENTS.log),
    async handle(input) {
      const speech = speechOf(input);
      const local = await todayOf(input, deps);
      const { today, say } = local;
      const spoken = interpretDate(slotValue(input, REST_DAY_SLOTS.date), today);
      switch (spoken.kind) {
        case 'day':
          return logDay(input, deps, spoken.date, local);
        case 'confirm':
          return question(
            input,
            speech.say('restdays:confirmLog', { day: say(spoken.date) }),
            speech.say('restdays:confirmLogReprompt', { day: say(spoken.date) }),
            { kind: REST_DAY_QUESTIONS.confirmLog, data: { date: spoken.date } },
          );
        case 'future':
          return tell(input, speech.say('restdays:future', { day: say(spoken.date) }));
        case 'tooOld':
          return tell(
            input,
            speech.say('restdays:tooOld', { day: say(spoken.date), limit: PAST_LIMIT_DAYS }),
          );
        case 'span':
        case 'unknown':
          return question(input, speech.say('restdays:askWhichDay'), speech.say('restdays:whichDayReprompt'));
      }
    },
  };
}

/** "Yes" to "did you mean last Thursday?": logs the day that was confirmed. */
export function confirmLogYesHandler(deps: SkillDeps): RequestHandler {
  return {
    canHandle: all(isIntent(REST_DAY_INTENTS.yes), isAnswering(REST_DAY_QUESTIONS.confirmLog)),
    async handle(input) {
      const date = questionDate(input);
      if (date) return logDay(input, deps, date, await todayOf(input, deps));
      const speech = speechOf(input);
      return question(input, speech.say('restdays:askWhichDay'), speech.say('restdays:whichDayReprompt'));
    },
  };
}

/** "No" to "did you mean last Thursday?": nothing is logged. */
export const confirmLogNoHandler: RequestHandler = {
  canHandle: all(isIntent(REST_DAY_INTENTS.no), isAnswering(REST_DAY_QUESTIONS.confirmLog)),
  handle: (input) => tell(input, speechOf(input).say('restdays:confirmLogDeclined')),
};

/** "Yes" to "shall I log today as a rest day?" (asked by the coach, or by routines after back pain). */
export function logTodayYesHandler(deps: SkillDeps): RequestHandler {
  return {
    canHandle: all(isIntent(REST_DAY_INTENTS.yes), isAnswering(REST_DAY_QUESTIONS.logToday)),
    async handle(input) {
      const local = await todayOf(input, deps);
      return logDay(input, deps, local.today, local);
    },
  };
}

/** "No" to "shall I log today as a rest day?": a calm acknowledgement. */
export const logTodayNoHandler: RequestHandler = {
  canHandle: all(isIntent(REST_DAY_INTENTS.no), isAnswering(REST_DAY_QUESTIONS.logToday)),
  handle: (input) => tell(input, speechOf(input).say('restdays:logTodayDeclined')),
};
