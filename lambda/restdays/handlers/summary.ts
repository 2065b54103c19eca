import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import type { SkillDeps } from '../../core/deps';
import { isIntent } from '../../core/predicates';
import { speechOf } from '../../speech/i18n';
import type { RecentActivity } from '../../store/port';
import { PAST_LIMIT_DAYS } from '../dates';
import { goalOrDefault } from '../goal';
import { REST_DAY_INTENTS } from '../intents';
import { spokenList, weekdayName } from '../say';
import { addDays, weekOf } from '../week';
import { orFailure, tell, todayOf, userIdOf, type Today } from './common';

/** Days the list covers: this day and the 13 before it. */
export const LIST_DAYS = 14;

/** A summary costs ONE query: the activity since `from` and the goal come back together. */
function summary(
  deps: SkillDeps,
  since: (today: string) => string,
  answer: (input: HandlerInput, recent: RecentActivity, today: Today) => Response,
): (input: HandlerInput) => Promise<Response> {
  return async (input) => {
    const today = await todayOf(input, deps);
    const result = await orFailure(
      deps,
      () => deps.store.activity.recent(userIdOf(input), since(today.today)),
      () => tell(input, speechOf(input).say('restdays:readFailed')),
    );
    return result.ok ? answer(input, result.value, today) : result.response;
  };
}

/** "how many rest days have I had this week", "am I on track": this week (Monday–Sunday) vs the goal. */
export function progressHandler(deps: SkillDeps): RequestHandler {
  return {
    canHandle: isIntent(REST_DAY_INTENTS.progress),
    handle: summary(
      deps,
      (today) => weekOf(today).start,
      (input, recent, { today, say }) => {
        const speech = speechOf(input);
        const week = weekOf(today);
        const days = recent.restDays.map((r) => r.date).filter((d) => d >= week.start && d <= week.end);
        const goal = goalOrDefault(recent.restDayGoal);
        const span = { start: say(week.start), end: say(week.end) };
        const listed = spokenList(
          days.map((d) => weekdayName(d, speech.locale)),
          speech.locale,
        );
        const needed = goal - days.length;
        const verdict =
          needed <= 0
            ? 'goalMet'
            : needed < week.daysLeft
              ? 'onTrack'
              : needed === week.daysLeft
                ? 'tight'
                : 'missed';
        return tell(
          input,
          days.length === 0
            ? speech.say('restdays:weekNone', span)
            : speech.say('restdays:weekSome', { ...span, days: listed }),
          speech.say(`restdays:${verdict}`, { count: days.length, goal }),
        );
      },
    ),
  };
}

/** "when was my last rest day": the newest within the last {@link PAST_LIMIT_DAYS} days. */
export function lastRestDayHandler(deps: SkillDeps): RequestHandler {
  return {
    canHandle: isIntent(REST_DAY_INTENTS.last),
    handle: summary(
      deps,
      (today) => addDays(today, -PAST_LIMIT_DAYS),
      (input, recent, { say }) => {
        const speech = speechOf(input);
        const last = recent.restDays.at(-1);
        return last
          ? tell(input, speech.say('restdays:lastRest', { day: say(last.date) }))
          : tell(input, speech.say('restdays:lastNone', { limit: PAST_LIMIT_DAYS }));
      },
    ),
  };
}

/** "list my rest days": the last two weeks, oldest first, each with its date. */
export function listRestDaysHandler(deps: SkillDeps): RequestHandler {
  return {
    canHandle: isIntent(REST_DAY_INTENTS.list),
    handle: summary(
      deps,
      (today) => addDays(today, -(LIST_DAYS - 1)),
      (input, recent, { today, say }) => {
        const speech = speechOf(input);
        const since = say(addDays(today, -(LIST_DAYS - 1)));
        if (recent.restDays.length === 0) return tell(input, speech.say('restdays:listNone', { since }));
        const days = spokenList(
          recent.restDays.map((r) => say(r.date)),
          speech.locale,
        );
        return tell(input, speech.say('restdays:listSome', { since, days }));
      },
    ),
  };
}
