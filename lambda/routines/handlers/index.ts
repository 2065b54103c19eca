import type { RequestHandler } from 'ask-sdk-core';
import type { SkillDeps } from '../../core/deps';
import { declineResumeHandler, sessionEndedHandler, stopHandler, yesHandler } from './answers';
import { navigationHandler, noRoutineHandler } from './navigate';
import { resumeFromStoreHandler } from './resume';
import { painHandler } from './safety';
import { listHandler, startHandler } from './start';

/**
 * The routines' handlers, in the order they are tried: back pain first (safety before anything),
 * then what needs a routine in the session, then what does not.
 */
export function routineHandlers(deps: SkillDeps): RequestHandler[] {
  return [
    painHandler(deps),
    stopHandler(deps),
    sessionEndedHandler(deps),
    yesHandler(deps),
    declineResumeHandler,
    navigationHandler(deps),
    resumeFromStoreHandler(deps),
    startHandler(deps),
    listHandler,
    noRoutineHandler,
  ];
}
