import type { HandlerInput } from 'ask-sdk-core';
import { ask, message, tell, type Answer, type AnswerHandler } from '../../core/answer';
import type { SkillDeps } from '../../core/deps';
import { all, isAnswering, isIntent } from '../../core/predicates';
import { fromStore, pendingQuestionOf, requestIdOf, slotValueOf, userIdOf } from '../../core/request';
import { interpretDate, PAST_LIMIT_DAYS, type SpokenDate } from '../dates';
import { REST_DAY_INTENTS, REST_DAY_QUESTIONS, REST_DAY_SLOTS } from '../intents';
import { todayOf, type Today } from './today';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** "Which day?" for one end of a move, keeping the end already known. */
function askEnd(end: 'moveFrom' | 'moveTo', known: string | undefined, { say }: Today): Answer {
  const data = { purpose: end, ...(known ? { [end === 'moveFrom' ? 'to' : 'from']: known } : {}) };
  const question = { kind: REST_DAY_QUESTIONS.whichDay, data };
  if (!known)
    return ask(message('restdays:askWhichDayToMove'), message('restdays:whichDayReprompt'), question);
  const key = end === 'moveFrom' ? 'restdays:askMoveFrom' : 'restdays:askMoveTo';
  return ask(message(key, { day: say(known) }), message('restdays:whichDayReprompt'), question);
}

/** A spoken end of a move as a date, or the answer that declines or asks again. */
function endDate(
  end: 'moveFrom' | 'moveTo',
  spoken: SpokenDate | undefined,
  other: string | undefined,
  local: Today,
): string | Answer {
  if (!spoken) return askEnd(end, other, local);
  switch (spoken.kind) {
    case 'day':
    case 'confirm':
      return spoken.date;
    case 'future':
      return tell(
        message(end === 'moveFrom' ? 'restdays:futureRemove' : 'restdays:future', {
          day: local.say(spoken.date),
        }),
      );
    case 'tooOld':
      return tell(
        message(end === 'moveFrom' ? 'restdays:tooOldRemove' : 'restdays:tooOld', {
          day: local.say(spoken.date),
          limit: PAST_LIMIT_DAYS,
        }),
      );
    case 'span':
    case 'unknown':
      return askEnd(end, other, local);
  }
}

/**
 * Moving a rest day from one day to another, as far as it is known: each end said (an `AMAZON.DATE`
 * value, or a date kept from an earlier turn) is interpreted as logging and removing are; a missing
 * or vague end is asked for (`restdays.whichDay`, keeping the other end); with both ends, the move
 * is confirmed first (`restdays.confirmMove`). Nothing is written here.
 */
export async function planMove(
  input: HandlerInput,
  deps: SkillDeps,
  from: string | undefined,
  to: string | undefined,
): Promise<Answer> {
  const local = await todayOf(input, deps);
  const spoken = (value: string | undefined) => (value ? interpretDate(value, local.today) : undefined);
  const toDate = endDate('moveTo', spoken(to), undefined, local);
  // A day to move to that is declined (future, too old) is said at once; a vague one is asked later.
  if (typeof toDate !== 'string' && toDate.type === 'tell') return toDate;
  const fromDate = endDate('moveFrom', spoken(from), typeof toDate === 'string' ? toDate : undefined, local);
  if (typeof fromDate !== 'string') return fromDate;
  if (typeof toDate !== 'string') return askEnd('moveTo', fromDate, local);
  if (fromDate === toDate) return tell(message('restdays:moveSameDay', { day: local.say(toDate) }));
  const days = { from: local.say(fromDate), to: local.say(toDate) };
  return ask(message('restdays:confirmMove', days), message('restdays:confirmMoveReprompt', days), {
    kind: REST_DAY_QUESTIONS.confirmMove,
    data: { from: fromDate, to: toDate },
  });
}

/**
 * The days a pending move question already holds: "which day?" for one end of a move keeps the
 * other end, and "move it from Monday to Tuesday?" both.
 */
function pendingEnds(input: HandlerInput): { from?: string; to?: string } {
  const pending = pendingQuestionOf(input);
  const data = pending?.data ?? {};
  const moving =
    pending?.kind === REST_DAY_QUESTIONS.confirmMove ||
    (pending?.kind === REST_DAY_QUESTIONS.whichDay &&
      (data.purpose === 'moveFrom' || data.purpose === 'moveTo'));
  if (!moving) return {};
  return { ...(data.from ? { from: data.from } : {}), ...(data.to ? { to: data.to } : {}) };
}

/**
 * "actually not tuesday, wednesday", "move my rest day from monday to tuesday": confirmed first. A
 * move said while a move question waits ("move it to tuesday" after "which day shall I move it
 * to?") keeps the day that question already holds for the end it does not name.
 */
export function moveRestDayHandler(deps: SkillDeps): AnswerHandler {
  return {
    canHandle: isIntent(REST_DAY_INTENTS.move),
    handle(input) {
      const kept = pendingEnds(input);
      const from = slotValueOf(input, REST_DAY_SLOTS.from) ?? kept.from;
      const to = slotValueOf(input, REST_DAY_SLOTS.to) ?? kept.to;
      return planMove(input, deps, from, to);
    },
  };
}

/** The two days of the pending move, when both are `YYYY-MM-DD`. */
function pendingMove(input: HandlerInput): { from: string; to: string } | undefined {
  const data = pendingQuestionOf(input)?.data;
  const from = data?.from;
  const to = data?.to;
  return from && to && ISO_DAY.test(from) && ISO_DAY.test(to) ? { from, to } : undefined;
}

/**
 * "Yes" to "move your rest day from Tuesday to Wednesday?": removes the one day, then logs the other
 * (two conditional writes, each with the request's id), and says what happened, as far as it is
 * known: a write the store did not answer is never said to be done.
 */
export function confirmMoveYesHandler(deps: SkillDeps): AnswerHandler {
  return {
    canHandle: all(isIntent(REST_DAY_INTENTS.yes), isAnswering(REST_DAY_QUESTIONS.confirmMove)),
    async handle(input) {
      const move = pendingMove(input);
      const local = await todayOf(input, deps);
      if (!move) return askEnd('moveFrom', undefined, local);
      const days = { from: local.say(move.from), to: local.say(move.to) };
      const user = userIdOf(input);
      const removed = await fromStore(deps.logger, 'Store unavailable', () =>
        deps.store.activity.removeRestDay(user, move.from, requestIdOf(input)),
      );
      if (!removed.ok) return tell(message('restdays:moveRemoveFailed', days));
      const restDay = { date: move.to, loggedAt: new Date(deps.clock.now()).toISOString() };
      const logged = await fromStore(deps.logger, 'Store unavailable', () =>
        deps.store.activity.logRestDay(user, restDay, requestIdOf(input)),
      );
      const found = removed.value !== 'not-found';
      if (!logged.ok)
        return tell(message(found ? 'restdays:moveLogFailed' : 'restdays:moveNotFoundLogFailed', days));
      const fresh = logged.value.outcome !== 'already-logged';
      if (found) return tell(message(fresh ? 'restdays:moved' : 'restdays:movedAlreadyLogged', days));
      return tell(message(fresh ? 'restdays:movedFromNotFound' : 'restdays:moveNothingChanged', days));
    },
  };
}

/** "No" to the move: nothing changes. */
export const confirmMoveNoHandler: AnswerHandler = {
  canHandle: all(isIntent(REST_DAY_INTENTS.no), isAnswering(REST_DAY_QUESTIONS.confirmMove)),
  handle: () => tell(message('restdays:moveKept')),
};
