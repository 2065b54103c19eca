/**
 * What a rest-day answer shows on a screen: the week (Monday to Sunday, the skill's one definition of
 * "this week", ./week.ts) with its rest days, today, and how many rest days against the goal, built
 * from the same query as the spoken summary. Dates are named in the request's language, as spoken.
 */
import type { HandlerInput } from 'ask-sdk-core';
import { formatDay } from '../core/calendar';
import type { SkillDeps } from '../core/deps';
import { speechOf, supportsApl, userIdOf } from '../core/request';
import type { WeekScreen } from '../core/screen';
import { screenText } from '../screens/wording';
import type { RecentActivity } from '../store/port';
import { goalOrDefault } from './goal';
import { addDays, weekOf } from './week';

/**
 * The week containing `date`, with `restDays` marked (dates outside the week are ignored) and
 * `today` outlined; "This week" when today is in it, else "Week of 16 November".
 */
export function weekScreen(
  locale: string,
  today: string,
  date: string,
  restDays: readonly string[],
  goal: number,
): WeekScreen {
  const week = weekOf(date);
  const rest = new Set(restDays);
  const days = Array.from({ length: 7 }, (_, index) => {
    const iso = addDays(week.start, index);
    const isRest = rest.has(iso);
    const isToday = iso === today;
    return {
      date: iso,
      weekday: formatDay(iso, locale, { weekday: 'short' }),
      day: formatDay(iso, locale, { day: 'numeric' }),
      rest: isRest,
      today: isToday,
      future: iso > today,
      note: isRest ? screenText('week.rest') : isToday ? screenText('week.today') : '',
    };
  });
  const rested = days.filter((d) => d.rest).length;
  const current = today >= week.start && today <= week.end;
  return {
    view: 'week',
    title: current
      ? screenText('week.thisWeek')
      : screenText('week.weekOf', {
          date: formatDay(week.start, locale, { month: 'long', day: 'numeric' }),
        }),
    days,
    rested,
    goal,
    summary: screenText(rested >= goal ? 'week.summaryMet' : 'week.summary', { rested, goal }),
    badge: rested >= goal ? screenText('week.goalMet') : '',
  };
}

/** This week from a summary's query (its rest days since at least this Monday, and the goal). */
export function thisWeekScreen(input: HandlerInput, today: string, recent: RecentActivity): WeekScreen {
  return weekScreen(
    speechOf(input).locale,
    today,
    today,
    recent.restDays.map((r) => r.date),
    goalOrDefault(recent.restDayGoal),
  );
}

/**
 * The week of a day being logged, read alongside the log's own write and only on a device with a
 * screen (a voice-only log stays one write and no read). The logged day counts as rested whatever the
 * read saw. A failed read only costs the screen: it is logged and the answer is voice only.
 */
export function weekOfLoggedDay(
  input: HandlerInput,
  deps: SkillDeps,
  date: string,
  today: string,
): Promise<WeekScreen | undefined> {
  if (!supportsApl(input)) return Promise.resolve(undefined);
  const locale = speechOf(input).locale;
  const userId = userIdOf(input);
  return Promise.resolve()
    .then(() => deps.store.activity.recent(userId, weekOf(date).start))
    .then(
      (recent) =>
        weekScreen(
          locale,
          today,
          date,
          [...recent.restDays.map((r) => r.date), date],
          goalOrDefault(recent.restDayGoal),
        ),
      (error: unknown) => {
        deps.logger.warn('Week for the screen unavailable', {
          error: error instanceof Error ? error.name : 'unknown',
        });
        return undefined;
      },
    );
}
