import { message, type AnswerHandler } from '../../core/answer';
import type { SkillDeps } from '../../core/deps';
import { all, any, isAnswering, isIntent } from '../../core/predicates';
import { advance } from '../engine';
import { ROUTINE_INTENTS as I, ROUTINE_QUESTIONS } from '../intents';
import { respond } from '../respond';
import { elapsedSince, hasRoutine, requireRoutine } from '../session-state';

/** "Yes" at a break point or to the launch's resume offer: carries on hands-free. */
export function yesHandler(deps: SkillDeps): AnswerHandler {
  return {
    canHandle: all(
      isIntent(I.yes),
      any(isAnswering(ROUTINE_QUESTIONS.continue), isAnswering(ROUTINE_QUESTIONS.resume)),
      hasRoutine,
    ),
    async handle(input) {
      const slice = requireRoutine(input);
      const resuming = slice.state.status === 'paused';
      const state = advance(slice.state, { type: 'continue' }, elapsedSince(input, slice)) ?? slice.state;
      return respond(input, deps, state, resuming ? [message('routines:moved.resume')] : []);
    },
  };
}
