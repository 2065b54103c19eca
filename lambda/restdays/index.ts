import type { AnswerHandler } from '../core/answer';
import type { SkillDeps } from '../core/deps';
import { adviceHandler } from './handlers/advice';
import { confirmRemoveNoHandler, confirmRemoveYesHandler, removeRestDayHandler } from './handlers/correct';
import { setGoalHandler } from './handlers/goal';
import {
  confirmLogNoHandler,
  confirmLogYesHandler,
  logRestDayHandler,
  logTodayNoHandler,
  logTodayYesHandler,
} from './handlers/log';
import { skillDisabledHandler } from './handlers/privacy';
import { lastRestDayHandler, listRestDaysHandler, progressHandler } from './handlers/summary';

/** The rest-day capability's handlers: yes/no answers first (they match only their own question). */
export function restDayHandlers(deps: SkillDeps): AnswerHandler[] {
  return [
    logTodayYesHandler(deps),
    logTodayNoHandler,
    confirmLogYesHandler(deps),
    confirmLogNoHandler,
    confirmRemoveYesHandler(deps),
    confirmRemoveNoHandler(deps),
    logRestDayHandler(deps),
    removeRestDayHandler(deps),
    progressHandler(deps),
    lastRestDayHandler(deps),
    listRestDaysHandler(deps),
    setGoalHandler(deps),
    adviceHandler(deps),
    skillDisabledHandler(deps),
  ];
}
