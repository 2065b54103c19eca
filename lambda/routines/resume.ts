/**
 * Picking up a saved routine: the launch's offer ("you paused your yoga warm-up at cat-cow: shall we
 * pick up where you left off?", asked by the conversation's launch handler with the paused routine its
 * one profile write handed back), and the paused state that "ask Run Coach to resume" carries on from.
 * Holds no handler (./handlers/resume.ts answers the offer and "resume" in a new session).
 */
import type { HandlerInput } from 'ask-sdk-core';
import { ask, message, type AskAnswer } from '../core/answer';
import type { PausedRoutine } from '../store/port';
import { advance, type RoutineState } from './engine';
import { ROUTINE_QUESTIONS } from './intents';
import { routineName, stepName } from './respond';
import { fromPaused, keepRoutine } from './session-state';

/**
 * When `paused` was saved within the last few hours, keeps it in the session as a paused routine and
 * asks "shall we pick up where you left off?" (`routines.resume`); otherwise `undefined`, and the
 * launch welcomes as usual.
 */
export function offerResume(
  input: HandlerInput,
  paused: PausedRoutine | undefined,
  now: number,
): AskAnswer | undefined {
  const state = paused && fromPaused(paused, now);
  if (!state) return undefined;
  keepRoutine(input, { state, respondedAt: now, saved: false });
  return ask(
    message('routines:resumeOffer', { routine: routineName(state), step: stepName(state) }),
    message('routines:resumeReprompt'),
    { kind: ROUTINE_QUESTIONS.resume },
  );
}

/** The saved routine running again from its place, when it was saved within the resume window. */
export function resumedFrom(paused: PausedRoutine | undefined, now: number): RoutineState | undefined {
  const state = paused && fromPaused(paused, now);
  return state && advance(state, { type: 'resume' }, 0);
}
