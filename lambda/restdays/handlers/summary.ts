import type { HandlerInput } from 'ask-sdk-core';
import { message, tell, type Answer, type AnswerHandler, type TellAnswer } from '../../core/answer';
import type { SkillDeps } from '../../core/deps';
import { isIntent } from '../../core/predicates';
import { fromStore, speechOf, userIdOf } from '../../core/request';
import { withScreen } from '../../core/screen';
import type { RecentActivity } from '../../store/port';
import { PAST_LIMIT_DAYS } from '../dates';
import { goalOrDefault } from '../goal';
import { REST_DAY_INTENTS } from '../intents';
import { spokenList, weekdayName } from '../say';
import { thisWeekScreen } from '../screen';
import { addDays, weekOf, type Week } from '../week';
import { todayOf, type Today } from './today';

/** Days the list covers: this day and the 13 before it. */
export const LIST_DAYS = 14;

/**
 * A summary costs ONE query: the activity since `from` and the goal come back together. On a screen,
 * the answer shows this week from the same query (every summary's range covers this Monday on).
 */
function summary(
  deps: SkillDeps,
  since: (today: string) => string,
  answer: (input: HandlerInput, recent: RecentActivity, today: Today) => TellAnswer,
): (input: HandlerInput) => Promise<Answer> {
  return async (input) => {
    const today = await todayOf(input, deps);
    const recent = await fromStore(deps.logger, 'Store unavailable', () =>
      deps.store.activity.recent(userIdOf(input), since(today.today)),
    );
    if (!recent.ok) return tell(message('restdays:readFailed'));
    return withScreen(answer(input, recent.value, today), thisWeekScreen(input, today.today, recent.value));
  };
}

/** Where the week stands against the goal, with `rested` rest days so far. */
function standing(rested: number, goal: number, week: Week) {
  const needed = goal - rested;
  const vars = { count: rested, goal };
  if (needed <= 0) return message('restdays:goalMet', vars);
  if (needed < week.daysLeft) return message('restdays:onTrack', vars);
  return message(needed === week.daysLeft ? 'restdays:tight' : 'restdays:missed', vars);
}

/** "how many rest days have I had this week", "am I on track": this week (Monday–Sunday) vs the goal. */
export function progressHandler(deps: SkillDeps): AnswerHandler {
  return {
    canHandle: isIntent(REST_DAY_INTENTS.progress),
    handle: summary(
      deps,
      (today) => weekOf(today).start,
      (input, recent, { today, say }) => {
        const { locale } = speechOf(input);
        const week = weekOf(today);
        const days = recent.restDays.map((r) => r.date).filter((d) => d >= week.start && d <= week.end);
        const span = { start: say(week.start), end: say(week.end) };
        const listed = spokenList(
          days.map((d) => weekdayName(d, locale)),
          locale,
        );
        return tell(
          days.length === 0
            ? message('restdays:weekNone', span)
            : message('restdays:weekSome', { ...span, days: listed }),
          standing(days.length, goalOrDefault(recent.restDayGoal), week),
        );
      },
    ),
  };
}

/** "when was my last rest day": the newest within the last {@link PAST_LIMIT_DAYS} days. */
export function lastRestDayHandler(deps: SkillDeps): AnswerHandler {
  return {
    canHandle: isIntent(REST_DAY_INTENTS.last),
    handle: summary(
      deps,
      (today) => addDays(today, -PAST_LIMIT_DAYS),
      (_input, recent, { say }) => {
        const last = recent.restDays.at(-1);
        return last
          ? tell(message('restdays:lastRest', { day: say(last.date) }))
          : tell(message('restdays:lastNone', { limit: PAST_LIMIT_DAYS }));
      },
    ),
  };
}

/** "list my rest days": the last two weeks, oldest first, each with its date. */
export function listRestDaysHandler(deps: SkillDeps): AnswerHandler {
  return {
    canHandle: isIntent(REST_DAY_INTENTS.list),
    handle: summary(
      deps,
      (today) => addDays(today, -(LIST_DAYS - 1)),
      (input, recent, { today, say }) => {
        const since = say(addDays(today, -(LIST_DAYS - 1)));
        if (recent.restDays.length === 0) return tell(message('restdays:listNone', { since }));
        const days = spokenList(
          recent.restDays.map((r) => say(r.date)),
          speechOf(input).locale,
        );
        return tell(message('restdays:listSome', { since, days }));
      },
    ),
  };
}
