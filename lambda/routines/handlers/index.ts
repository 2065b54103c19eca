import type { AnswerHandler } from '../../core/answer';
import type { SkillDeps } from '../../core/deps';
import { backCheckHandler } from './back-check';
import { yesHandler } from './continue';
import { routineHelpHandler } from './help';
import { sessionEndedHandler, stopHandler } from './leave';
import { navigationHandler, noRoutineHandler } from './navigate';
import { declineResumeHandler, resumeFromStoreHandler } from './resume';
import { painHandler } from './safety';
import { declineNearestHandler, listHandler, startHandler, startNearestHandler } from './start';

/**
 * The routines' handlers, in the order they are tried: back pain first (safety before anything),
 * then what needs a routine in the session, then what does not.
 */
export function routineHandlers(deps: SkillDeps): AnswerHandler[] {
  return [
    painHandler(deps),
    backCheckHandler(deps),
    stopHandler(deps),
    sessionEndedHandler(deps),
    yesHandler(deps),
    declineResumeHandler,
    startNearestHandler(deps),
    declineNearestHandler,
    routineHelpHandler(deps),
    navigationHandler(deps),
    resumeFromStoreHandler(deps),
    startHandler(deps),
    listHandler,
  ];
}

/**
 * Routine commands ("next", "pause", …) with no routine going. Registered after the other
 * capabilities' handlers, so a question they asked can take such a command as its answer first
 * ("next" after "want another tip?").
 */
export function routineCatchAllHandlers(): AnswerHandler[] {
  return [noRoutineHandler];
}
