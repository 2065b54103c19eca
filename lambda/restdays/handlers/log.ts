import type { HandlerInput } from 'ask-sdk-core';
import { ask, message, tell, type Answer, type AnswerHandler } from '../../core/answer';
import type { SkillDeps } from '../../core/deps';
import { all, isAnswering, isIntent } from '../../core/predicates';
import { fromStore, requestIdOf, slotValueOf, startsSession, userIdOf } from '../../core/request';
import { withScreen } from '../../core/screen';
import { interpretDate, PAST_LIMIT_DAYS, type SpokenDate } from '../dates';
import { REST_DAY_INTENTS, REST_DAY_QUESTIONS, REST_DAY_SLOTS } from '../intents';
import { weekOfLoggedDay } from '../screen';
import { questionDate, todayOf, type Today } from './today';

/** "Which day did you mean?", kept open; a bare day answers it (`restdays.whichDay`, to log). */
const askWhichDay = (): Answer =>
  ask(message('restdays:askWhichDay'), message('restdays:whichDayReprompt'), {
    kind: REST_DAY_QUESTIONS.whichDay,
    data: { purpose: 'log' },
  });

/**
 * Logs one day in ONE conditional write and the store's erasure check. A user's very first request
 * (no profile yet, a session just started) hears the disclaimer first; only that turn pays the
 * store's one extra write, which marks the user as seen. Says "logged" only after the write succeeded,
 * "already logged" when the condition failed (true also when this very write landed and the SDK's
 * retry of it found the day: the day is logged either way), and, when the store was unavailable,
 * that it cannot confirm the day was saved: a write that timed out or lost its answer may have
 * landed, so "not saved" could be false, while saying it again is always safe (one item per day).
 * On a screen the answer shows the day's week, read alongside the write (../screen.ts).
 */
export async function logDay(
  input: HandlerInput,
  deps: SkillDeps,
  date: string,
  { today, say }: Today,
): Promise<Answer> {
  const day = say(date);
  const loggedAt = new Date(deps.clock.now()).toISOString();
  const week = weekOfLoggedDay(input, deps, date, today);
  const logged = await fromStore(deps.logger, 'Store unavailable', () =>
    deps.store.activity.logRestDay(userIdOf(input), { date, loggedAt }, requestIdOf(input)),
  );
  if (!logged.ok) return tell(message('restdays:notConfirmed', { day }));
  if (logged.value.outcome === 'already-logged')
    return withScreen(tell(message('restdays:alreadyLogged', { day })), await week);
  const first = logged.value.firstContact && startsSession(input) ? [message('routines:disclaimer')] : [];
  const gentle = date === today ? [message('restdays:gentle')] : [];
  return withScreen(tell(...first, message('restdays:logged', { day }), ...gentle), await week);
}

/**
 * What to do with a day the user said they rested: log it, ask whether a date Alexa resolved forward
 * meant the past one, decline a future or too old day, or ask which day for a week or a month.
 */
export async function logSpoken(
  input: HandlerInput,
  deps: SkillDeps,
  spoken: SpokenDate,
  local: Today,
): Promise<Answer> {
  switch (spoken.kind) {
    case 'day':
      return logDay(input, deps, spoken.date, local);
    case 'confirm': {
      const day = local.say(spoken.date);
      return ask(message('restdays:confirmLog', { day }), message('restdays:confirmLogReprompt', { day }), {
        kind: REST_DAY_QUESTIONS.confirmLog,
        data: { date: spoken.date },
      });
    }
    case 'future':
      return tell(message('restdays:future', { day: local.say(spoken.date) }));
    case 'tooOld':
      return tell(message('restdays:tooOld', { day: local.say(spoken.date), limit: PAST_LIMIT_DAYS }));
    case 'span':
    case 'unknown':
      return askWhichDay();
  }
}

/** "log a rest day", "I rested on monday", "mark the twenty fourth as a rest day". */
export function logRestDayHandler(deps: SkillDeps): AnswerHandler {
  return {
    canHandle: isIntent(REST_DAY_INTENTS.log),
    async handle(input) {
      const local = await todayOf(input, deps);
      return logSpoken(
        input,
        deps,
        interpretDate(slotValueOf(input, REST_DAY_SLOTS.date), local.today),
        local,
      );
    },
  };
}

/** "Yes" to "did you mean last Thursday?": logs the day that was confirmed. */
export function confirmLogYesHandler(deps: SkillDeps): AnswerHandler {
  return {
    canHandle: all(isIntent(REST_DAY_INTENTS.yes), isAnswering(REST_DAY_QUESTIONS.confirmLog)),
    async handle(input) {
      const date = questionDate(input);
      return date ? logDay(input, deps, date, await todayOf(input, deps)) : askWhichDay();
    },
  };
}

/** "No" to "did you mean last Thursday?": nothing is logged. */
export const confirmLogNoHandler: AnswerHandler = {
  canHandle: all(isIntent(REST_DAY_INTENTS.no), isAnswering(REST_DAY_QUESTIONS.confirmLog)),
  handle: () => tell(message('restdays:confirmLogDeclined')),
};

/** "Yes" to "shall I log today as a rest day?" (asked by the coach, or by routines after back pain). */
export function logTodayYesHandler(deps: SkillDeps): AnswerHandler {
  return {
    canHandle: all(isIntent(REST_DAY_INTENTS.yes), isAnswering(REST_DAY_QUESTIONS.logToday)),
    async handle(input) {
      const local = await todayOf(input, deps);
      return logDay(input, deps, local.today, local);
    },
  };
}

/** "No" to "shall I log today as a rest day?": a calm acknowledgement. */
export const logTodayNoHandler: AnswerHandler = {
  canHandle: all(isIntent(REST_DAY_INTENTS.no), isAnswering(REST_DAY_QUESTIONS.logToday)),
  handle: () => tell(message('restdays:logTodayDeclined')),
};
