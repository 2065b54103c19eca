/**
 * What each simulated user of `npm run load` does: 20 turns, the first a launch, the rest a seeded mix
 * of the turn types in harness/turns.ts: routines (a start, then "next" in that same session and
 * sometimes "pause"), rest-day logs, weekly summaries, launches, help and stop. Some logs repeat a day
 * already logged, and some log the same day twice at once, so "none doubled" is tested, not assumed.
 */

/** One turn of a simulated user: a turn type's name, and for logs the day(s), sent at once. */
export type PlannedTurn = { type: 'log a rest day'; dates: string[] } | { type: string; dates?: never };

function seeded(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** The day `back` days before `today` (`YYYY-MM-DD`, UTC calendar arithmetic). */
function daysBefore(today: string, back: number): string {
  return new Date(Date.parse(`${today}T12:00:00Z`) - back * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The turns of user `index`. Logged days are 2–40 days before `today` (the run's UTC date), so they
 * are past days in every time zone and within the skill's 60-day limit.
 */
export function planUser(index: number, turns: number, today: string): PlannedTurn[] {
  const random = seeded(index + 1);
  const plan: PlannedTurn[] = [{ type: 'launch' }];
  const days: string[] = [];
  const freshDay = () => daysBefore(today, 2 + Math.floor(random() * 39));
  while (plan.length < turns) {
    const roll = random();
    if (roll < 0.25) {
      const date = freshDay();
      days.push(date);
      plan.push({ type: 'log a rest day', dates: [date] });
    } else if (roll < 0.3 && days.length > 0) {
      const again = days[Math.floor(random() * days.length)] ?? freshDay();
      plan.push({ type: 'log a rest day', dates: [again] }); // the same day again: must not double
    } else if (roll < 0.35) {
      const date = freshDay();
      days.push(date);
      plan.push({ type: 'log a rest day', dates: [date, date] }); // twice at once: one item, one "logged"
    } else if (roll < 0.55) {
      plan.push({ type: 'routine step' }, { type: 'navigation' });
      if (random() < 0.5) plan.push({ type: 'pause' });
    } else if (roll < 0.7) plan.push({ type: 'weekly summary' });
    else if (roll < 0.8) plan.push({ type: 'launch' });
    else if (roll < 0.9) plan.push({ type: 'help' });
    else plan.push({ type: 'stop' });
  }
  return plan.slice(0, turns);
}
