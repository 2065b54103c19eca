import type { AnswerHandler } from '../core/answer';
import type { SkillDeps } from '../core/deps';
import { adviceHandler } from './handlers/advice';
import { dayAnswerHandler, whichDayNoHandler } from './handlers/answers';
import { confirmRemoveNoHandler, confirmRemoveYesHandler, removeRestDayHandler } from './handlers/correct';
import { setGoalHandler } from './handlers/goal';
import { confirmMoveNoHandler, confirmMoveYesHandler, moveRestDayHandler } from './handlers/move';
import {
  confirmLogNoHandler,
  confirmLogYesHandler,
  logRestDayHandler,
  logTodayNoHandler,
  logTodayYesHandler,
} from './handlers/log';
import { skillDisabledHandler } from './handlers/privacy';
import { lastRestDayHandler, listRestDaysHandler, progressHandler } from './handlers/summary';

/**
 * The rest-day capability's handlers: answers first (yes/no and a bare day match only their own
 * questions), then the requests.
 */
export function restDayHandlers(deps: SkillDeps): AnswerHandler[] {
  return [
    logTodayYesHandler(deps),
    logTodayNoHandler,
    confirmLogYesHandler(deps),
    confirmLogNoHandler,
    confirmRemoveYesHandler(deps),
    confirmRemoveNoHandler(deps),
    confirmMoveYesHandler(deps),
    confirmMoveNoHandler,
    whichDayNoHandler,
    dayAnswerHandler(deps),
    logRestDayHandler(deps),
    removeRestDayHandler(deps),
    moveRestDayHandler(deps),
    progressHandler(deps),
    lastRestDayHandler(deps),
    listRestDaysHandler(deps),
    setGoalHandler(deps),
    adviceHandler(deps),
    skillDisabledHandler(deps),
  ];
}
