/**
 * A routine interrupted by another capability: "give me a tip" or "should I run today?" in the middle
 * of a warm-up is answered by tips or rest days, and the routine's response stops playing there. Run
 * after every handler and before its answer is rendered (an answer interceptor registered in
 * skill.ts), this pauses the routine on the step the user had reached, so "resume" carries on from
 * there instead of from wherever the cut-off response would have been by now; and when that answer
 * ends the session (no `SessionEndedRequest` follows a session the skill ends), it saves the place in
 * one write, as leaving any other way does.
 */
import { endsSession, type AnswerInterceptor } from '../core/answer';
import type { SkillDeps } from '../core/deps';
import { requestTypeOf } from '../core/request';
import { advance } from './engine';
import { elapsedSince, keepRoutine, keepState, routineHandled, routineOf } from './session-state';
import { recordFinish, saveProgress } from './store-writes';

/** Pauses (and, if the session ends, saves) a running routine that another capability cut off. */
export function interruptedRoutineInterceptor(deps: SkillDeps): AnswerInterceptor {
  return async (input, answer) => {
    if (requestTypeOf(input) !== 'IntentRequest') return;
    const slice = routineOf(input);
    if (!slice || routineHandled(input)) return;
    const ending = endsSession(answer);
    const state = advance(slice.state, { type: 'pause' }, elapsedSince(input, slice)) ?? slice.state;
    if (state.status === 'finished') {
      if (ending) await recordFinish(input, deps, state);
      return;
    }
    if (!ending) {
      if (slice.state.status === 'running') keepState(input, state);
      return;
    }
    if (!slice.saved) await saveProgress(input, deps, state);
    keepRoutine(input, undefined);
  };
}
