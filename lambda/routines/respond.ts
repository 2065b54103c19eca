/**
 * Turns a routine's state into this turn's answer: the next stretch of the routine with a question at
 * its break point, the finish (recorded in the user's history), or the paused question. Shared by the
 * routines' handlers; holds no handler itself.
 */
import type { HandlerInput } from 'ask-sdk-core';
import { ask, message, ssml, tell, type Answer, type MessagePart } from '../core/answer';
import type { SkillDeps } from '../core/deps';
import { speechOf } from '../core/request';
import { withScreen } from '../core/screen';
import type { PlainMessageKey } from '../speech/messages';
import { routineById, stepsOf, totalSeconds, type RoutineId, type RoutineKind } from './catalog';
import type { RoutineState } from './engine';
import { ROUTINE_QUESTIONS } from './intents';
import { routineScreen } from './screen';
import { buildSegment, duration, shownStep, speakingSeconds } from './segment';
import { keepRoutine, keepState } from './session-state';
import { recordFinish } from './store-writes';

/** Each routine's spoken name. */
const NAME_KEYS = {
  'warmup.walk': 'routines:name.warmup.walk',
  'warmup.aerobic': 'routines:name.warmup.aerobic',
  'warmup.yoga': 'routines:name.warmup.yoga',
  'cooldown.complete': 'routines:name.cooldown.complete',
  'cooldown.walk': 'routines:name.cooldown.walk',
  'cooldown.stretch': 'routines:name.cooldown.stretch',
  'cooldown.yoga': 'routines:name.cooldown.yoga',
} as const satisfies Record<RoutineId, PlainMessageKey>;

/** The praise at the end: after the last move plays (`closing`), or when it ends the session (`finish`). */
const FINISH_KEYS = {
  warmup: 'routines:finish.warmup',
  cooldown: 'routines:finish.cooldown',
} as const satisfies Record<RoutineKind, PlainMessageKey>;
const CLOSING_KEYS = {
  warmup: 'routines:closing.warmup',
  cooldown: 'routines:closing.cooldown',
} as const satisfies Record<RoutineKind, PlainMessageKey>;

/** The question at a break point, by what comes after it. */
const BREAK_KEYS = {
  step: 'routines:breakQuestion',
  rest: 'routines:restQuestion',
  otherSide: 'routines:otherSideQuestion',
} as const;

/** The routine's spoken name, e.g. "quick yoga warm-up". */
export function routineName(state: Pick<RoutineState, 'routineId'>): MessagePart {
  return message(NAME_KEYS[state.routineId]);
}

/** The "here is your routine" line. */
export function startingLine(input: HandlerInput, state: RoutineState): MessagePart {
  return message('routines:starting', {
    length: message(state.length === 'quick' ? 'routines:length.quick' : 'routines:length.full'),
    routine: routineName(state),
    duration: duration(speechOf(input), totalSeconds(stepsOf(state.routineId, state.length))),
  });
}

/** The name of the step the user is on (its easier version's, if chosen). */
export function stepName(state: RoutineState): string {
  return shownStep(state, state.step)?.name ?? '';
}

/** Options of {@link respond}. */
export interface RespondOptions {
  /** The paused place is already in the store. */
  saved?: boolean;
  /** End a paused answer with "ready to carry on?" (default); off when the opening asks already. */
  askReady?: boolean;
}

/**
 * The answer for `state` after `opening`. Running: the next segment, then a short question at its
 * break point; after the last step, praise and "how does your back feel?" (`routines.backCheck`,
 * ./handlers/back-check.ts), so the session stays open through the last move and every command
 * works to the very end. Paused: the paused question. Finished ("next" on the last step, or stop
 * after it): the routine is recorded and praised, and the session ends. On a screen, the answer
 * shows the same steps, timed as they are said (./screen.ts).
 */
export async function respond(
  input: HandlerInput,
  deps: SkillDeps,
  state: RoutineState,
  opening: readonly MessagePart[],
  options: RespondOptions = {},
): Promise<Answer> {
  const answer = await spokenAnswer(input, deps, state, opening, options);
  return answer.type === 'silent' ? answer : withScreen(answer, routineScreen(input, state));
}

/** The spoken part of {@link respond}'s answer. */
async function spokenAnswer(
  input: HandlerInput,
  deps: SkillDeps,
  state: RoutineState,
  opening: readonly MessagePart[],
  options: RespondOptions,
): Promise<Answer> {
  const question = { kind: ROUTINE_QUESTIONS.continue };
  if (state.status === 'finished') {
    keepRoutine(input, undefined);
    const recorded = await recordFinish(input, deps, state);
    const kind = routineById(state.routineId).kind;
    return tell(
      ...opening,
      message(FINISH_KEYS[kind]),
      ...(recorded ? [] : [message('routines:notRecorded')]),
    );
  }
  if (state.status === 'paused') {
    keepState(input, state, options.saved ?? false);
    const ready = options.askReady === false ? [] : [message('routines:readyQuestion')];
    return ask([...opening, ...ready], message('routines:pausedReprompt'), question);
  }
  // The timers start after the opening words, so their phrasing is chosen now.
  const speech = speechOf(input);
  const said = opening.map((part) => speech.phrased(part));
  const segment = buildSegment(
    speech,
    state,
    speakingSeconds(said.map((part) => speech.text(part)).join(' ')),
  );
  keepState(input, { ...state, timeline: segment.timeline });
  const kind = routineById(state.routineId).kind;
  if (segment.reachesEnd)
    return ask(
      [...said, ssml(segment.ssml), message(CLOSING_KEYS[kind]), message('routines:backCheck.question')],
      message('routines:backCheck.reprompt'),
      { kind: ROUTINE_QUESTIONS.backCheck, data: { after: 'routine' } },
    );
  const after = segment.after ?? { name: '', kind: 'step' as const };
  return ask(
    [...said, ssml(segment.ssml), message(BREAK_KEYS[after.kind], { next: after.name })],
    message('routines:breakReprompt'),
    question,
  );
}
