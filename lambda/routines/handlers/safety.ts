import { ask, message, type AnswerHandler } from '../../core/answer';
import type { SkillDeps } from '../../core/deps';
import { isIntent } from '../../core/predicates';
import { REST_DAY_QUESTIONS } from '../../restdays/intents';
import { ROUTINE_INTENTS } from '../intents';
import { keepRoutine, routineOf } from '../session-state';
import { clearProgress } from '../store-writes';

/**
 * "My back hurts", in a routine or not: stops any routine at once (it is not offered for resuming),
 * gives calm advice and asks whether to log today as a rest day (the rest-day capability answers).
 */
export function painHandler(deps: SkillDeps): AnswerHandler {
  return {
    canHandle: isIntent(ROUTINE_INTENTS.pain),
    async handle(input) {
      const slice = routineOf(input);
      keepRoutine(input, undefined);
      if (slice?.saved) await clearProgress(input, deps);
      return ask(message('routines:pain'), message('routines:painReprompt'), {
        kind: REST_DAY_QUESTIONS.logToday,
        data: { after: 'pain' },
      });
    },
  };
}
