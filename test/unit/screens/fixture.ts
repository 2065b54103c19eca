/**
 * Screens as the skill builds them: the real `respond` for a routine in any state on a device with a
 * screen, the real week and tip builders, and the directive the renderer makes of each.
 */
import type { RequestEnvelope } from 'ask-sdk-model';
import { handlerInputFor } from '../../../harness/answers';
import { SCREEN_DEVICES } from '../../../harness/devices';
import { intentRequest } from '../../../harness/envelopes';
import { seededRandom, testDeps } from '../../../harness/skill';
import { beginTurn } from '../../../lambda/core/render';
import { localeOf } from '../../../lambda/core/request';
import type { ScreenModel } from '../../../lambda/core/screen';
import { ROUTINES, stepsOf, type RoutineId, type RoutineLength } from '../../../lambda/routines/catalog';
import { startRoutine, type RoutineState } from '../../../lambda/routines/engine';
import { respond } from '../../../lambda/routines/respond';
import { renderDocumentFor, type RenderDocument } from '../../../lambda/screens/render';
import { createI18n, speechFor } from '../../../lambda/speech/i18n';

/** A request from an Echo Show 8 in the middle of a session. */
export function showRequest(): RequestEnvelope {
  return intentRequest(
    'AMAZON.NextIntent',
    {},
    { screen: SCREEN_DEVICES['echo-show-8'], sessionAttributes: {} },
  );
}

/** The screen `respond` shows for `state` (and the answer it came with). */
export async function routineScreenOf(state: RoutineState) {
  const input = handlerInputFor(showRequest());
  beginTurn(input, speechFor(createI18n(), localeOf(input), seededRandom()));
  const answer = await respond(input, testDeps(), state, []);
  const screen = answer.type === 'silent' ? undefined : answer.screen;
  return { answer, screen, input };
}

/** Every routine, length and step: the state running from the step's start, and paused part-way. */
export const ROUTINE_STEPS: readonly (readonly [RoutineId, RoutineLength, number])[] = ROUTINES.flatMap((r) =>
  (['quick', 'full'] as const).flatMap((length) =>
    stepsOf(r.id, length).map((_, step) => [r.id, length, step] as const),
  ),
);

/** The routine at `step`, running from its start. */
export function runningAt(id: RoutineId, length: RoutineLength, step: number): RoutineState {
  return { ...startRoutine(id, length), step };
}

/** The routine paused a third of the way through `step`. */
export function pausedAt(id: RoutineId, length: RoutineLength, step: number): RoutineState {
  const seconds = stepsOf(id, length)[step]?.seconds ?? 0;
  return { ...startRoutine(id, length), step, status: 'paused', offset: Math.floor(seconds / 3) };
}

/** The routine just finished. */
export function finished(id: RoutineId, length: RoutineLength): RoutineState {
  const last = stepsOf(id, length).length - 1;
  return { ...startRoutine(id, length), step: last, status: 'finished' };
}

/** The directive for a screen (failing the test when there is none). */
export function directiveOf(screen: ScreenModel | undefined): RenderDocument {
  if (!screen) throw new Error('The answer has no screen');
  return renderDocumentFor(screen);
}
