import { ask, message, tell, type AnswerHandler } from '../../core/answer';
import type { SkillDeps } from '../../core/deps';
import { isIntent } from '../../core/predicates';
import { REST_DAY_QUESTIONS } from '../../restdays/intents';
import { ROUTINE_INTENTS } from '../intents';
import { painOf } from '../pain';
import { keepRoutine } from '../session-state';
import { recordPainReport } from '../store-writes';

/**
 * "My back hurts", in any words, in a routine or not: stops any routine at once (it is not offered
 * for resuming). Ordinary pain gets calm advice and "shall I log today as a rest day?" (the rest-day
 * capability answers). Severe pain ("sharp", "shooting", "numb", "my back gave out") gets the advice
 * to stop and seek care, with the body part when it was said, and the session ends: nothing offers to
 * carry on or start anything. One write marks the report on the profile (and forgets any saved
 * place), so the next sessions ask how the back feels first. Counted as `PainReported` (no
 * dimension: nothing of the user or of what they said).
 */
export function painHandler(deps: SkillDeps): AnswerHandler {
  return {
    canHandle: isIntent(ROUTINE_INTENTS.pain),
    async handle(input) {
      deps.metrics.count('PainReported');
      keepRoutine(input, undefined);
      await recordPainReport(input, deps);
      const pain = painOf(input);
      if (pain.severe) {
        return tell(
          message('routines:painSevere', {
            pain: pain.partKey
              ? message('routines:painWhat.part', { part: message(pain.partKey) })
              : message('routines:painWhat.none'),
            who: message('routines:careWho'),
            urgent: message(pain.urgent ? 'routines:painUrgent.now' : 'routines:painUrgent.ifNerve'),
          }),
        );
      }
      return ask(message('routines:pain'), message('routines:painReprompt'), {
        kind: REST_DAY_QUESTIONS.logToday,
        data: { after: 'pain' },
      });
    },
  };
}
