/**
 * The screen renderer plugged into the skill's answer pipeline (lambda/skill.ts): a screen model
 * becomes an `Alexa.Presentation.APL.RenderDocument` directive with the view's document and its
 * datasource. The renderer is only asked on devices that announce APL (lambda/core/render.ts); it
 * declines (no directive, voice only) when the device's APL runtime is older than the documents.
 * No `ExecuteCommands` is ever needed: the documents follow the spoken timeline on their own.
 * @see https://developer.amazon.com/en-US/docs/alexa/alexa-presentation-language/apl-render-document-skill-directive.html
 */
import type { interfaces } from 'ask-sdk-model';
import type { ScreenModel, ScreenRenderer } from '../core/screen';
import { routineSource, tipSource, weekSource } from './datasources';
import { APL_VERSION, documentFor, type DocumentName } from './documents';

/** The RenderDocument directive. */
export type RenderDocument = interfaces.alexa.presentation.apl.RenderDocumentDirective;

/** The presentation token of each view's document (a `UserEvent` names the document it came from). */
export const SCREEN_TOKENS: Readonly<Record<DocumentName, string>> = {
  routine: 'runcoach.routine',
  week: 'runcoach.week',
  tip: 'runcoach.tip',
};

/** `"2023.3"` → `[2023, 3]`; `undefined` for anything that is not a version. */
function versionOf(text: string): [number, number] | undefined {
  const match = /^(\d+)\.(\d+)/.exec(text);
  return match ? [Number(match[1]), Number(match[2])] : undefined;
}

/**
 * Whether a runtime announcing `maxVersion` can show documents of `version`. APL runtimes are
 * backward compatible, so any version up to the device's maximum works; a device that announces APL
 * without a readable version is given the benefit of the doubt.
 * @see https://developer.amazon.com/en-US/docs/alexa/alexa-voice-service/presentation-apl.html
 */
export function runsVersion(maxVersion: string | undefined, version: string = APL_VERSION): boolean {
  const device = maxVersion === undefined ? undefined : versionOf(maxVersion);
  const needed = versionOf(version);
  if (!device || !needed) return true;
  return device[0] > needed[0] || (device[0] === needed[0] && device[1] >= needed[1]);
}

/** The directive for a screen model (whatever the device). */
export function renderDocumentFor(screen: ScreenModel): RenderDocument {
  const directive = (name: DocumentName, datasources: Record<string, unknown>): RenderDocument => ({
    type: 'Alexa.Presentation.APL.RenderDocument',
    token: SCREEN_TOKENS[name],
    document: documentFor(name),
    datasources,
  });
  switch (screen.view) {
    case 'routine':
      return directive('routine', { routine: routineSource(screen) });
    case 'week':
      return directive('week', { week: weekSource(screen) });
    case 'tip':
      return directive('tip', { tip: tipSource(screen) });
  }
}

/** The skill's screen renderer. */
export function createScreenRenderer(): ScreenRenderer {
  return (screen, device) => (runsVersion(device.aplVersion) ? renderDocumentFor(screen) : undefined);
}
