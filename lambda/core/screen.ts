/**
 * What an answer shows on a screen. A screen model is display data (the move, its timer, the week,
 * the tip), never a document: each view is one member of {@link ScreenModel}, told apart by `view`,
 * and a {@link ScreenRenderer} (lambda/screens) turns it into the APL directive. Its words are
 * already phrased by the capability that built it, from the same catalog and locale resources as
 * the speech, so a screen shows what is said.
 *
 * A capability adds a view by adding a member here, setting `screen` on its answers
 * ({@link withScreen}) and giving the view a document in lambda/screens; the renderer
 * (`./render.ts`) adds the directive only when the request's device supports APL.
 * @see https://developer.amazon.com/en-US/docs/alexa/alexa-presentation-language/apl-render-document-skill-directive.html
 */
import type { Directive, interfaces } from 'ask-sdk-model';

/**
 * The touch buttons a screen can show, and the spoken command each one stands for: a button press
 * (an `Alexa.Presentation.APL.UserEvent` with the arguments `[SCREEN_EVENT, command]`) reads as
 * that intent (lambda/core/request.ts), so it goes through the very handler the words would.
 * @see https://developer.amazon.com/en-US/docs/alexa/alexa-presentation-language/apl-standard-commands.html#sendevent-command
 */
export const SCREEN_COMMANDS = {
  pause: 'AMAZON.PauseIntent',
  resume: 'AMAZON.ResumeIntent',
  next: 'AMAZON.NextIntent',
  back: 'AMAZON.PreviousIntent',
} as const;

/** A touch button's command. */
export type ScreenCommand = keyof typeof SCREEN_COMMANDS;

/** The first argument of every button's `SendEvent`: the event is a command. */
export const SCREEN_EVENT = 'command';

/** Whether a value names a button command. */
export function isScreenCommand(value: unknown): value is ScreenCommand {
  return typeof value === 'string' && Object.hasOwn(SCREEN_COMMANDS, value);
}

/** A touch button: what it does and what it says. */
export interface ScreenButton {
  readonly command: ScreenCommand;
  readonly label: string;
}

/** One step of a routine as the screen shows it. */
export interface RoutineStepView {
  readonly name: string;
  /** The instruction, as said before the timer. */
  readonly instruction: string;
  /** The count, when the step is counted ("10 each side"). */
  readonly dose?: string;
  /** "Step 2 of 6". */
  readonly counter: string;
  /** "Next: Hamstring stretch", or that it is the last step. */
  readonly next: string;
  /** 1-based position of the step, and the routine's number of steps (for the progress dots). */
  readonly position: number;
  readonly count: number;
  /** Seconds the step is timed for. */
  readonly seconds: number;
  /** Seconds of the step already done when its timer starts (a resumed step starts part-way). */
  readonly from: number;
  /**
   * Seconds after the response began that the step's timer starts (the spoken timeline); absent when
   * the timer is not running (paused).
   */
  readonly go?: number;
}

/** A routine: the steps this response times, the paused step, or the finish. */
export interface RoutineScreen {
  readonly view: 'routine';
  /** "Quick yoga warm-up". */
  readonly title: string;
  readonly status: 'running' | 'paused' | 'finished';
  /** "Paused", "Done": shown with the title; absent while running. */
  readonly badge?: string;
  /** Running: every step this response times, in order; paused: the paused step; finished: none. */
  readonly steps: readonly RoutineStepView[];
  /** The caption under the countdown ("left"). */
  readonly left: string;
  /** What the screen shows once the response's last timer has run out (the break question), or at the finish. */
  readonly after?: { readonly title: string; readonly hint: string };
  readonly buttons: readonly ScreenButton[];
}

/** One day of the week strip. */
export interface WeekDayView {
  /** `YYYY-MM-DD`. */
  readonly date: string;
  /** "Mon". */
  readonly weekday: string;
  /** "24". */
  readonly day: string;
  readonly rest: boolean;
  readonly today: boolean;
  /** Later than today. */
  readonly future: boolean;
  /** What the tile says under the date: "Rest", "Today", or nothing. */
  readonly note: string;
}

/** A week, Monday to Sunday, with its rest days and the goal. */
export interface WeekScreen {
  readonly view: 'week';
  /** "This week", "Week of 16 November". */
  readonly title: string;
  readonly days: readonly WeekDayView[];
  readonly rested: number;
  readonly goal: number;
  /** "1 of 2 rest days". */
  readonly summary: string;
  /** "Goal met" once the week has its rest days, else empty. */
  readonly badge: string;
}

/** A running tip: its title and the words that were said. */
export interface TipScreen {
  readonly view: 'tip';
  /** The line above the title ("Running tip"). */
  readonly kicker: string;
  readonly title: string;
  readonly text: string;
  readonly buttons: readonly ScreenButton[];
}

/** The views a screen can show with an answer, as a union discriminated by `view`. */
export type ScreenModel = RoutineScreen | WeekScreen | TipScreen;

/** The answer with `screen` shown along with it (unchanged when there is none). */
export function withScreen<A extends { readonly type: 'tell' | 'ask'; readonly screen?: ScreenModel }>(
  answer: A,
  screen: ScreenModel | undefined,
): A {
  return screen === undefined ? answer : { ...answer, screen };
}

/** The device a screen is rendered for: its viewport state, the ASK SDK's profile of it, its APL runtime. */
export interface ScreenDevice {
  readonly viewport?: interfaces.viewport.ViewportState;
  /** The ASK SDK's viewport profile (`HUB-ROUND-SMALL`, `HUB-LANDSCAPE-LARGE`, `TV-LANDSCAPE-XLARGE`, …). */
  readonly profile?: string;
  /** The newest APL version the device runs (`supportedInterfaces['Alexa.Presentation.APL'].runtime.maxVersion`). */
  readonly aplVersion?: string;
}

/**
 * Turns a screen model into the directive for a device (an `Alexa.Presentation.APL.RenderDocument`),
 * or `undefined` when the device cannot show it (its APL runtime is older than the documents).
 */
export type ScreenRenderer<S = ScreenModel> = (screen: S, device: ScreenDevice) => Directive | undefined;
