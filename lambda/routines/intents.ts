/** The intents the routines' handlers answer; the model and the handlers' predicates use these names. */
export const ROUTINE_INTENTS = {
  start: 'StartRoutineIntent',
  warmUp: 'WarmUpIntent',
  coolDown: 'CoolDownIntent',
  stretch: 'StretchIntent',
  list: 'ListRoutinesIntent',
  howLong: 'HowLongIntent',
  whatsNext: 'WhatsNextIntent',
  howTo: 'HowToIntent',
  whatFor: 'WhatIsItForIntent',
  easier: 'MakeItEasierIntent',
  pain: 'BackPainIntent',
  backFeels: 'BackFeelsIntent',
  pause: 'AMAZON.PauseIntent',
  resume: 'AMAZON.ResumeIntent',
  next: 'AMAZON.NextIntent',
  previous: 'AMAZON.PreviousIntent',
  repeat: 'AMAZON.RepeatIntent',
  startOver: 'AMAZON.StartOverIntent',
  yes: 'AMAZON.YesIntent',
  no: 'AMAZON.NoIntent',
  help: 'AMAZON.HelpIntent',
  fallback: 'AMAZON.FallbackIntent',
  stop: 'AMAZON.StopIntent',
  cancel: 'AMAZON.CancelIntent',
  navigateHome: 'AMAZON.NavigateHomeIntent',
} as const;

/** Slot names and the custom slot types behind them. */
export const ROUTINE_SLOTS = {
  kind: { name: 'kind', type: 'RoutineKind' },
  style: { name: 'style', type: 'RoutineStyle' },
  length: { name: 'length', type: 'RoutineLength' },
  feeling: { name: 'feeling', type: 'BackFeeling' },
} as const;

/** Every intent listed above, for `HANDLED_INTENTS`. */
export const routineIntents = Object.values(ROUTINE_INTENTS);

/**
 * The questions this capability asks: "ready for the next move?" at a break point (and "shall I carry
 * on?" when paused), the launch's "shall we pick up where you left off?", "warm-up or cool-down?",
 * "which would you like?" after the list, the nearest routine offered for a combination that
 * does not exist ("there's no stretching warm-up; shall I start the yoga one?"), and "how does your
 * back feel?" (after a routine, and before one in the days after a pain report).
 */
export const ROUTINE_QUESTIONS = {
  continue: 'routines.continue',
  backCheck: 'routines.backCheck',
  resume: 'routines.resume',
  whichKind: 'routines.whichKind',
  whichRoutine: 'routines.whichRoutine',
  offerNearest: 'routines.offerNearest',
} as const;
