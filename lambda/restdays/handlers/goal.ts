import { ask, message, tell, type AnswerHandler } from '../../core/answer';
import type { SkillDeps } from '../../core/deps';
import { isIntent } from '../../core/predicates';
import { fromStore, requestIdOf, slotValueOf, userIdOf } from '../../core/request';
import { GOAL_RANGE, isAllowedGoal } from '../goal';
import { REST_DAY_INTENTS, REST_DAY_QUESTIONS, REST_DAY_SLOTS } from '../intents';

/**
 * "set my rest day goal to three", or a bare "three" to "how many rest days a week?": one write to
 * the profile. Without a number, or out of range, it asks for one (`restdays.goal`), so the bare
 * number that follows sets it.
 */
export function setGoalHandler(deps: SkillDeps): AnswerHandler {
  return {
    canHandle: isIntent(REST_DAY_INTENTS.goal),
    async handle(input) {
      const raw = slotValueOf(input, REST_DAY_SLOTS.count);
      const goal = raw !== undefined && /^\d+$/.test(raw) ? Number(raw) : undefined;
      const reprompt = message('restdays:goalReprompt', GOAL_RANGE);
      const question = { kind: REST_DAY_QUESTIONS.goal };
      if (goal === undefined) return ask(message('restdays:goalMissing', GOAL_RANGE), reprompt, question);
      if (!isAllowedGoal(goal))
        return ask(message('restdays:goalOutOfRange', GOAL_RANGE), reprompt, question);
      const set = await fromStore(deps.logger, 'Store unavailable', () =>
        deps.store.profiles.setRestDayGoal(userIdOf(input), goal, requestIdOf(input)),
      );
      if (!set.ok)
        return tell(message(set.error.mayHaveWritten ? 'restdays:goalUnconfirmed' : 'restdays:goalFailed'));
      return tell(goal === 1 ? message('restdays:goalSetOne') : message('restdays:goalSet', { goal }));
    },
  };
}
