/**
 * What an answer shows on a screen. A screen model is data (the move, the countdown, the week), never a
 * document: each view is one member of {@link ScreenModel}, told apart by `view`, and a
 * {@link ScreenRenderer} turns it into the APL directive for the device's viewport.
 *
 * The skill has no views yet, so the union is empty and no answer carries a screen. A capability adds
 * its view by adding a member here (e.g. `{ view: 'routineStep'; … }`), setting `screen` on its
 * answers, and registering the renderer in lambda/skill.ts; the renderer (`./render.ts`) adds the
 * directive only when the request's device supports APL.
 * @see https://developer.amazon.com/en-US/docs/alexa/alexa-presentation-language/apl-render-document-skill-directive.html
 */
import type { Directive, interfaces } from 'ask-sdk-model';

/** The views a screen can show with an answer, as a union discriminated by `view`. */
export type ScreenModel = never;

/** The device a screen is rendered for: its viewport state and the ASK SDK's profile of it. */
export interface ScreenDevice {
  readonly viewport?: interfaces.viewport.ViewportState;
  /** The ASK SDK's viewport profile (`HUB_ROUND_SMALL`, `HUB_LANDSCAPE_LARGE`, `TV_LANDSCAPE_XLARGE`, …). */
  readonly profile?: string;
}

/** Turns a screen model into the directive for a device (an `Alexa.Presentation.APL.RenderDocument`). */
export type ScreenRenderer<S = ScreenModel> = (screen: S, device: ScreenDevice) => Directive;
