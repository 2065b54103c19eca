import { addDays, weekOf } from './week';

/** How many running days in a row make today a rest day. */
export const STREAK_LIMIT = 5;
/** Days of history the advice looks at: today and the six days before it. */
export const ADVICE_WINDOW_DAYS = 7;

/** What the coach knows: the user's local today and the last seven days of their log. */
export interface CoachInput {
  today: string;
  /** Dates of logged rest days. */
  restDays: readonly string[];
  /** Dates with a completed warm-up or cool-down (a running day). */
  runDays: readonly string[];
  /** Rest days a week the user aims for. */
  goal: number;
}

/** The coach's verdict for today; `offerRest` means "shall I log today as a rest day?" follows. */
export type Advice =
  | { kind: 'restedToday'; offerRest: false }
  | { kind: 'streak'; days: number; offerRest: true }
  | { kind: 'behindGoal'; rested: number; goal: number; daysLeft: number; offerRest: true }
  | { kind: 'noRecentRest'; offerRest: true }
  | { kind: 'noData'; goal: number; offerRest: false }
  | { kind: 'runOk'; rested: number; goal: number; offerRest: false };

/**
 * Advice rules, from the article: at least `goal` rest days a week (Monday–Sunday), never a long
 * streak of running days, and on a rest day gentle options (a walk, yoga, nothing at all). In order:
 * 1. today is already a rest day: enjoy it;
 * 2. {@link STREAK_LIMIT} or more running days in a row up to today: rest today;
 * 3. the week's goal can only be met by resting every remaining day, today included: rest today;
 * 4. runs but no rest day in the last seven days: rest today;
 * 5. nothing logged in the last seven days: state the goal, a run is fine with a warm-up;
 * 6. otherwise a run is fine today, with where the week stands.
 */
export function adviseToday(input: CoachInput): Advice {
  const { today, goal } = input;
  const rest = new Set(input.restDays);
  const runs = new Set(input.runDays.filter((day) => !rest.has(day)));
  if (rest.has(today)) return { kind: 'restedToday', offerRest: false };
  const streak = runningStreak(today, runs);
  if (streak >= STREAK_LIMIT) return { kind: 'streak', days: streak, offerRest: true };
  const week = weekOf(today);
  const rested = [...rest].filter((day) => day >= week.start && day <= today).length;
  if (goal - rested > 0 && goal - rested >= week.daysLeft) {
    return { kind: 'behindGoal', rested, goal, daysLeft: week.daysLeft, offerRest: true };
  }
  const windowStart = addDays(today, -(ADVICE_WINDOW_DAYS - 1));
  const recent = (days: Iterable<string>) => [...days].some((day) => day >= windowStart && day <= today);
  if (!recent(rest) && recent(runs)) return { kind: 'noRecentRest', offerRest: true };
  if (!recent(rest) && !recent(runs)) return { kind: 'noData', goal, offerRest: false };
  return { kind: 'runOk', rested, goal, offerRest: false };
}

/** Running days in a row ending today (if today had a run) or yesterday. */
export function runningStreak(today: string, runs: ReadonlySet<string>): number {
  let day = runs.has(today) ? today : addDays(today, -1);
  let streak = 0;
  while (runs.has(day)) {
    streak += 1;
    day = addDays(day, -1);
  }
  return streak;
}
