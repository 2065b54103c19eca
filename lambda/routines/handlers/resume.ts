import type { HandlerInput } from 'ask-sdk-core';
import { ask, message, type AnswerHandler } from '../../core/answer';
import type { SkillDeps } from '../../core/deps';
import { all, isAnswering, isIntent } from '../../core/predicates';
import { fromStore, requestIdOf, startsSession, userIdOf } from '../../core/request';
import { ROUTINE_INTENTS, ROUTINE_QUESTIONS } from '../intents';
import { respond } from '../respond';
import { keepVisit, painIsRecent } from '../care';
import { resumedFrom } from '../resume';
import { hasRoutine, keepRoutine } from '../session-state';

const noRoutine = (input: HandlerInput) => !hasRoutine(input);

/**
 * "Alexa, ask Run Coach to resume" in a new session: this is the session's start, so, like a launch,
 * one profile write records the visit and hands back the paused routine, which carries on at once.
 * With nothing paused (or the store down) it says so plainly and offers a routine.
 */
export function resumeFromStoreHandler(deps: SkillDeps): AnswerHandler {
  return {
    canHandle: all(isIntent(ROUTINE_INTENTS.resume), startsSession, noRoutine),
    async handle(input) {
      const now = deps.clock.now();
      const launch = await fromStore(deps.logger, 'Paused routine unavailable', () =>
        deps.store.profiles.recordLaunch(userIdOf(input), new Date(now), requestIdOf(input)),
      );
      // The session has seen the user: a first contact hears the disclaimer (../care.ts).
      keepVisit(input, { backCheck: launch.ok && painIsRecent(launch.value.previous, now) ? 'due' : 'done' });
      const first = !launch.ok || launch.value.firstContact ? [message('routines:disclaimer')] : [];
      if (!launch.ok)
        return ask([...first, message('routines:resumeUnavailable')], message('routines:listReprompt'));
      const state = resumedFrom(launch.value.previous?.pausedRoutine, now);
      if (state) return respond(input, deps, state, [message('routines:moved.resume')]);
      return ask([...first, message('routines:nothingPaused')], message('routines:listReprompt'));
    },
  };
}

/** "No" to the launch's resume offer: the paused routine is dropped and the user chooses afresh. */
export const declineResumeHandler: AnswerHandler = {
  canHandle: all(isIntent(ROUTINE_INTENTS.no), isAnswering(ROUTINE_QUESTIONS.resume)),
  handle(input) {
    keepRoutine(input, undefined);
    return ask(message('routines:resumeDeclined'), message('routines:listReprompt'));
  },
};
