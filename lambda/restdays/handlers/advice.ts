import { ask, message, tell, type AnswerHandler, type MessagePart } from '../../core/answer';
import type { SkillDeps } from '../../core/deps';
import { isIntent } from '../../core/predicates';
import { fromStore, userIdOf } from '../../core/request';
import { ADVICE_WINDOW_DAYS, adviseToday, type Advice } from '../coach';
import { goalOrDefault } from '../goal';
import { REST_DAY_INTENTS, REST_DAY_QUESTIONS } from '../intents';
import { addDays } from '../week';
import { todayOf } from './today';

/** The coach's verdict, as said. */
function verdict(advice: Advice): MessagePart {
  switch (advice.kind) {
    case 'restedToday':
      return message('restdays:adviceRestedToday');
    case 'streak':
      return message('restdays:adviceStreak', { days: advice.days });
    case 'behindGoal':
      return message('restdays:adviceBehind', { rested: advice.rested, goal: advice.goal });
    case 'noRecentRest':
      return message('restdays:adviceNoRecentRest');
    case 'noData':
      return message('restdays:adviceNoData', { goal: advice.goal });
    case 'runOk':
      return message('restdays:adviceRunOk', { rested: advice.rested, goal: advice.goal });
  }
}

/**
 * "should I run today?", "do I need a rest day?": one query (the last seven days and the goal), then
 * the coach's rules. When rest is advised it offers to log today (`restdays.logToday`).
 */
export function adviceHandler(deps: SkillDeps): AnswerHandler {
  return {
    canHandle: isIntent(REST_DAY_INTENTS.advice),
    async handle(input) {
      const { today } = await todayOf(input, deps);
      const since = addDays(today, -(ADVICE_WINDOW_DAYS - 1));
      const recent = await fromStore(deps.logger, 'Store unavailable', () =>
        deps.store.activity.recent(userIdOf(input), since),
      );
      if (!recent.ok) return tell(message('restdays:readFailed'));
      const advice = adviseToday({
        today,
        restDays: recent.value.restDays.map((r) => r.date),
        runDays: recent.value.routines.map((r) => r.date),
        goal: goalOrDefault(recent.value.restDayGoal),
      });
      if (advice.kind === 'restedToday')
        return tell(verdict(advice), message('restdays:gentle'), message('restdays:recovery'));
      if (!advice.offerRest) return tell(verdict(advice));
      return ask(
        [verdict(advice), message('restdays:gentle'), message('restdays:offerLogToday')],
        message('restdays:offerLogTodayReprompt'),
        { kind: REST_DAY_QUESTIONS.logToday },
      );
    },
  };
}
