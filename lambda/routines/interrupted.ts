/**
 * A routine interrupted by another capability: "give me a tip" or "should I run today?" in the middle
 * of a warm-up is answered by tips or rest days, and the routine's response stops playing there. Run
 * after every handler (a response interceptor registered in skill.ts), this pauses the routine on the
 * step the user had reached, so "resume" carries on from there instead of from wherever the cut-off
 * response would have been by now; and when that answer ends the session (no `SessionEndedRequest`
 * follows a session the skill ends), it saves the place in one write, as leaving any other way does.
 */
import type { HandlerInput, ResponseInterceptor } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import type { SkillDeps } from '../core/deps';
import { advance } from './engine';
import { recordFinish, saveProgress } from './play';
import { elapsedSince, keepRoutine, requestTime, routineHandled, routineOf } from './progress';

/** Pauses (and, if the session ends, saves) a running routine that another capability cut off. */
export function interruptedRoutineInterceptor(deps: SkillDeps): ResponseInterceptor {
  return {
    async process(input: HandlerInput, response?: Response) {
      if (input.requestEnvelope.request.type !== 'IntentRequest') return;
      const slice = routineOf(input);
      if (!slice || routineHandled(input)) return;
      const ending = response?.shouldEndSession === true;
      const state = advance(slice.state, { type: 'pause' }, elapsedSince(input, slice)) ?? slice.state;
      if (state.status === 'finished') {
        if (ending) await recordFinish(input, deps, state);
        return;
      }
      if (!ending) {
        if (slice.state.status === 'running')
          keepRoutine(input, { state, respondedAt: requestTime(input), saved: false });
        return;
      }
      if (!slice.saved) await saveProgress(input, deps, state);
      keepRoutine(input, undefined);
    },
  };
}
