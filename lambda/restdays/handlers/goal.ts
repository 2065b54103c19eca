import type { RequestHandler } from 'ask-sdk-core';
import type { SkillDeps } from '../../core/deps';
import { isIntent } from '../../core/predicates';
import { speechOf } from '../../speech/i18n';
import { GOAL_RANGE, isAllowedGoal } from '../goal';
import { REST_DAY_INTENTS, REST_DAY_SLOTS } from '../intents';
import { orFailure, question, slotValue, tell, userIdOf } from './common';

/** "set my rest day goal to three": one write to the profile; the range is said when out of range. */
export function setGoalHandler(deps: SkillDeps): RequestHandler {
  return {
    canHandle: isIntent(REST_DAY_INTENTS.goal),
    async handle(input) {
      const speech = speechOf(input);
      const raw = slotValue(input, REST_DAY_SLOTS.count);
      const goal = raw !== undefined && /^\d+$/.test(raw) ? Number(raw) : undefined;
      const reprompt = speech.say('restdays:goalReprompt', GOAL_RANGE);
      if (goal === undefined)
        return question(input, speech.say('restdays:goalMissing', GOAL_RANGE), reprompt);
      if (!isAllowedGoal(goal))
        return question(input, speech.say('restdays:goalOutOfRange', GOAL_RANGE), reprompt);
      const result = await orFailure(
        deps,
        () =>
          deps.store.profiles.setRestDayGoal(userIdOf(input), goal, input.requestEnvelope.request.requestId),
        () => tell(input, speech.say('restdays:goalFailed')),
      );
      if (!result.ok) return result.response;
      return tell(input, speech.say(goal === 1 ? 'restdays:goalSetOne' : 'restdays:goalSet', { goal }));
    },
  };
}
