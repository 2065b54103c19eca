/**
 * Datasources: what each document binds, built from a screen model. For a routine, every step of the
 * response carries its place on the spoken timeline in milliseconds from the response's start, the
 * same clock as APL's `elapsedTime` (milliseconds since the document was shown): the document shows a
 * step while `showFrom <= elapsedTime < showUntil` and counts its timer down from `start`, so the
 * screen follows the speech through a multi-step response with no further directive and no ticks.
 * @see https://developer.amazon.com/en-US/docs/alexa/alexa-presentation-language/apl-data-binding-evaluation.html
 */
import type { RoutineScreen, RoutineStepView, ScreenButton, TipScreen, WeekScreen } from '../core/screen';

/** A window end that never comes while a document is on screen (a day, in ms). */
export const NEVER_MS = 86_400_000;

/** One step as the routine document binds it; times in ms from the response's start. */
export interface RoutineStepSource {
  readonly name: string;
  readonly instruction: string;
  /** The count ("10 each side"), or empty. */
  readonly dose: string;
  readonly counter: string;
  readonly next: string;
  readonly position: number;
  readonly count: number;
  /** The timer is running: it counts down from `start`; otherwise it stays at `length`. */
  readonly running: boolean;
  /** When the timer starts (the spoken "go"). */
  readonly start: number;
  /** How long the timer runs: the step's seconds less what was already done. */
  readonly length: number;
  /** The step's full time (the progress bar's 100 %). */
  readonly total: number;
  /** The window in which this step is the one shown. */
  readonly showFrom: number;
  readonly showUntil: number;
}

/** The routine document's datasource (`routine`). */
export interface RoutineSource {
  readonly title: string;
  /** "Paused" / "Done", or empty. */
  readonly badge: string;
  readonly status: RoutineScreen['status'];
  readonly left: string;
  /** 1 … the number of steps, for the progress dots. */
  readonly dots: readonly number[];
  readonly steps: readonly RoutineStepSource[];
  /** What shows from `showFrom` on: the break question, or the finish. */
  readonly after: { readonly title: string; readonly hint: string; readonly showFrom: number };
  readonly buttons: readonly ScreenButton[];
}

const ms = (seconds: number): number => Math.round(seconds * 1000);

function stepSource(
  step: RoutineStepView,
  showFrom: number,
): RoutineStepSource & { readonly timerEnd: number } {
  const length = ms(step.seconds - step.from);
  const running = step.go !== undefined;
  const start = running ? ms(step.go ?? 0) : 0;
  return {
    name: step.name,
    instruction: step.instruction,
    dose: step.dose ?? '',
    counter: step.counter,
    next: step.next,
    position: step.position,
    count: step.count,
    running,
    start,
    length,
    total: ms(step.seconds),
    showFrom,
    showUntil: running ? start + length : NEVER_MS,
    timerEnd: running ? start + length : NEVER_MS,
  };
}

/** The routine datasource: each step's window runs from the previous step's timer end to its own. */
export function routineSource(screen: RoutineScreen): RoutineSource {
  const steps: RoutineStepSource[] = [];
  let showFrom = 0;
  for (const view of screen.steps) {
    const { timerEnd, ...step } = stepSource(view, showFrom);
    steps.push(step);
    showFrom = timerEnd;
  }
  const count = screen.steps[0]?.count ?? 0;
  return {
    title: screen.title,
    badge: screen.badge ?? '',
    status: screen.status,
    left: screen.left,
    dots: Array.from({ length: count }, (_, index) => index + 1),
    steps,
    after: {
      title: screen.after?.title ?? '',
      hint: screen.after?.hint ?? '',
      showFrom: screen.after ? showFrom : NEVER_MS,
    },
    buttons: screen.buttons,
  };
}

/** The week document's datasource (`week`). */
export type WeekSource = Omit<WeekScreen, 'view'>;

/** The week datasource: the model as it is. */
export function weekSource(screen: WeekScreen): WeekSource {
  const { view: _view, ...source } = screen;
  return source;
}

/** The tip document's datasource (`tip`). */
export type TipSource = Omit<TipScreen, 'view'>;

/** The tip datasource: the model as it is. */
export function tipSource(screen: TipScreen): TipSource {
  const { view: _view, ...source } = screen;
  return source;
}
