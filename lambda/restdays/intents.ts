/** The intents the rest-day handlers answer (the model's `restdays` fragment defines them). */
export const REST_DAY_INTENTS = {
  log: 'LogRestDayIntent',
  remove: 'RemoveRestDayIntent',
  progress: 'RestDayProgressIntent',
  last: 'LastRestDayIntent',
  list: 'ListRestDaysIntent',
  goal: 'SetRestDayGoalIntent',
  advice: 'RestAdviceIntent',
  move: 'MoveRestDayIntent',
  dayAnswer: 'DayAnswerIntent',
  yes: 'AMAZON.YesIntent',
  no: 'AMAZON.NoIntent',
} as const;

/** Slot names of the rest-day intents. */
export const REST_DAY_SLOTS = { date: 'date', count: 'count', from: 'from', to: 'to' } as const;

/** Every intent listed above, for `HANDLED_INTENTS`. */
export const restDayIntents = Object.values(REST_DAY_INTENTS);

/**
 * The questions this capability asks: the yes/no ones (`restdays.logToday` is also asked by
 * routines), "which day?" (its `purpose` says what the day is for) and "how many rest days a week?".
 */
export const REST_DAY_QUESTIONS = {
  logToday: 'restdays.logToday',
  confirmLog: 'restdays.confirmLog',
  confirmRemove: 'restdays.confirmRemove',
  confirmMove: 'restdays.confirmMove',
  whichDay: 'restdays.whichDay',
  goal: 'restdays.goal',
} as const;
