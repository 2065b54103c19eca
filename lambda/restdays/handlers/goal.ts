import { ask, message, tell, type AnswerHandler } from '../../core/answer';
import type { SkillDeps } from '../../core/deps';
import { isIntent } from '../../core/predicates';
import { fromStore, requestIdOf, slotValueOf, userIdOf } from '../../core/request';
import { GOAL_RANGE, isAllowedGoal } from '../goal';
import { REST_DAY_INTENTS, REST_DAY_SLOTS } from '../intents';

/** "set my rest day goal to three": one write to the profile; the range is said when out of range. */
export function setGoalHandler(deps: SkillDeps): AnswerHandler {
  return {
    canHandle: isIntent(REST_DAY_INTENTS.goal),
    async handle(input) {
      const raw = slotValueOf(input, REST_DAY_SLOTS.count);
      const goal = raw !== undefined && /^\d+$/.test(raw) ? Number(raw) : undefined;
      const reprompt = message('restdays:goalReprompt', GOAL_RANGE);
      if (goal === undefined) return ask(message('restdays:goalMissing', GOAL_RANGE), reprompt);
      if (!isAllowedGoal(goal)) return ask(message('restdays:goalOutOfRange', GOAL_RANGE), reprompt);
      const set = await fromStore(deps.logger, 'Store unavailable', () =>
        deps.store.profiles.setRestDayGoal(userIdOf(input), goal, requestIdOf(input)),
      );
      if (!set.ok) return tell(message('restdays:goalFailed'));
      return tell(goal === 1 ? message('restdays:goalSetOne') : message('restdays:goalSet', { goal }));
    },
  };
}
