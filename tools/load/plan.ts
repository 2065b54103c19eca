/**
 * What each simulated user of `npm run load` does: 20 turns, the first a launch, the rest a seeded mix
 * of the turn types that exist (tools/bench/turns.ts) and rest-day logs. Some logs repeat a day already
 * logged, and some log the same day twice at once, so "none doubled" is tested, not assumed.
 */

/** One turn of a simulated user. */
export type PlannedTurn = { type: string } & (
  { type: 'rest-day'; dates: string[] } | { type: string; dates?: never }
);

function seeded(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** A date in November 2026, `YYYY-MM-DD`. */
function november(day: number): string {
  return `2026-11-${String(day).padStart(2, '0')}`;
}

/** The turns of user `index`. */
export function planUser(index: number, turns: number): PlannedTurn[] {
  const random = seeded(index + 1);
  const plan: PlannedTurn[] = [{ type: 'launch' }];
  const days: string[] = [];
  while (plan.length < turns) {
    const roll = random();
    if (roll < 0.3) {
      const date = november(1 + Math.floor(random() * 30));
      days.push(date);
      plan.push({ type: 'rest-day', dates: [date] });
    } else if (roll < 0.35 && days.length > 0) {
      const again = days[Math.floor(random() * days.length)] ?? november(1);
      plan.push({ type: 'rest-day', dates: [again] }); // the same day again: must not double
    } else if (roll < 0.4) {
      const date = november(1 + Math.floor(random() * 30));
      days.push(date);
      plan.push({ type: 'rest-day', dates: [date, date] }); // twice at once: one item, one "logged"
    } else if (roll < 0.6) plan.push({ type: 'help' });
    else if (roll < 0.75) plan.push({ type: 'fallback' });
    else if (roll < 0.9) plan.push({ type: 'launch' });
    else plan.push({ type: 'stop' });
  }
  return plan;
}
