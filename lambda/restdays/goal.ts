/** The article's advice: at least two rest days a week. */
export const DEFAULT_REST_DAY_GOAL = 2;
/** Goals the user can set ("set my rest day goal to three"). */
export const GOAL_RANGE = { min: 1, max: 4 } as const;

/** The goal to coach toward: the stored one, or the default. */
export function goalOrDefault(stored: number | undefined): number {
  return stored ?? DEFAULT_REST_DAY_GOAL;
}

/** Whether a spoken number is a goal the user may set. */
export function isAllowedGoal(value: number): boolean {
  return Number.isInteger(value) && value >= GOAL_RANGE.min && value <= GOAL_RANGE.max;
}
