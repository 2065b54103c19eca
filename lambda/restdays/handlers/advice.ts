import type { RequestHandler } from 'ask-sdk-core';
import type { SkillDeps } from '../../core/deps';
import { isIntent } from '../../core/predicates';
import { speechOf } from '../../speech/i18n';
import { ADVICE_WINDOW_DAYS, adviseToday, type Advice } from '../coach';
import { goalOrDefault } from '../goal';
import { REST_DAY_INTENTS, REST_DAY_QUESTIONS } from '../intents';
import { addDays } from '../week';
import { orFailure, question, tell, todayOf, userIdOf } from './common';

const ADVICE_KEYS: Record<Advice['kind'], string> = {
  restedToday: 'restdays:adviceRestedToday',
  streak: 'restdays:adviceStreak',
  behindGoal: 'restdays:adviceBehind',
  noRecentRest: 'restdays:adviceNoRecentRest',
  noData: 'restdays:adviceNoData',
  runOk: 'restdays:adviceRunOk',
};

/**
 * "should I run today?", "do I need a rest day?": one query (the last seven days and the goal), then
 * the coach's rules. When rest is advised it offers to log today (`restdays.logToday`).
 */
export function adviceHandler(deps: SkillDeps): RequestHandler {
  return {
    canHandle: isIntent(REST_DAY_INTENTS.advice),
    async handle(input) {
      const speech = speechOf(input);
      const { today } = await todayOf(input, deps);
      const result = await orFailure(
        deps,
        () => deps.store.activity.recent(userIdOf(input), addDays(today, -(ADVICE_WINDOW_DAYS - 1))),
        () => tell(input, speech.say('restdays:readFailed')),
      );
      if (!result.ok) return result.response;
      const recent = result.value;
      const advice = adviseToday({
        today,
        restDays: recent.restDays.map((r) => r.date),
        runDays: recent.routines.map((r) => r.date),
        goal: goalOrDefault(recent.restDayGoal),
      });
      const { kind: _kind, offerRest: _offer, ...vars } = advice;
      const said = speech.say(ADVICE_KEYS[advice.kind], vars);
      if (advice.kind === 'restedToday') {
        return tell(input, said, speech.say('restdays:gentle'), speech.say('restdays:recovery'));
      }
      if (!advice.offerRest) return tell(input, said);
      return question(
        input,
        `${said} ${speech.say('restdays:gentle')} ${speech.say('restdays:offerLogToday')}`,
        speech.say('restdays:offerLogTodayReprompt'),
        { kind: REST_DAY_QUESTIONS.logToday },
      );
    },
  };
}
