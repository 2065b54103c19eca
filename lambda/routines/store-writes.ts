/**
 * What routines write to the store, each in one call: the user's place (saved on pause and when the
 * session ends, cleared after back pain, with the pain marked) and a finished routine in their history. A write the store
 * could not take is logged and reported as `false`, never claimed.
 */
import type { HandlerInput } from 'ask-sdk-core';
import type { SkillDeps } from '../core/deps';
import { fromStore, requestIdOf, requestTimeOf, userIdOf } from '../core/request';
import { localNow } from '../core/today';
import { routineById } from './catalog';
import type { RoutineState } from './engine';
import { toPaused } from './session-state';

/** Saves the user's place in one write; `false` when the store is down. */
export async function saveProgress(
  input: HandlerInput,
  deps: SkillDeps,
  state: RoutineState,
): Promise<boolean> {
  const saved = await fromStore(deps.logger, 'Routine progress not saved', () =>
    deps.store.profiles.setPausedRoutine(
      userIdOf(input),
      toPaused(state, requestTimeOf(input)),
      requestIdOf(input),
    ),
  );
  return saved.ok;
}

/**
 * Marks a back-pain report on the profile, and forgets the saved place, in one write; `false` when
 * the store is down. The next sessions read the mark from the write they make anyway (./care.ts).
 */
export async function recordPainReport(input: HandlerInput, deps: SkillDeps): Promise<boolean> {
  const marked = await fromStore(deps.logger, 'Pain report not marked', () =>
    deps.store.profiles.recordPain(userIdOf(input), new Date(requestTimeOf(input)), requestIdOf(input)),
  );
  return marked.ok;
}

/** Records the finished routine on the user's local date; `false` when the store is down. */
export async function recordFinish(
  input: HandlerInput,
  deps: SkillDeps,
  state: RoutineState,
): Promise<boolean> {
  const { date } = await localNow(input, deps);
  const recorded = await fromStore(deps.logger, 'Completed routine not recorded', () =>
    deps.store.activity.recordRoutine(userIdOf(input), {
      date,
      kind: routineById(state.routineId).kind,
      routineId: state.routineId,
      completedAt: new Date(requestTimeOf(input)).toISOString(),
    }),
  );
  return recorded.ok;
}
