/**
 * What a routine's answer shows on a screen, built from the same state and catalog as its speech:
 * running, the steps of the response in the order and at the moments the segment times them (the
 * timeline the response kept in the session); paused, the paused step with its time left; finished,
 * the routine's end. The screen's own words come from lambda/screens/wording.ts.
 */
import type { HandlerInput } from 'ask-sdk-core';
import type { RoutineScreen, RoutineStepView, ScreenButton } from '../core/screen';
import { screenText, type ScreenTextKey } from '../screens/wording';
import { routineById, stepsOf, totalSeconds, type CountUnit, type RoutineId } from './catalog';
import type { RoutineState } from './engine';
import { shownStep } from './segment';
import { routineOf } from './session-state';

/** Each routine's name on screen. */
const NAME_KEYS = {
  'warmup.walk': 'routine.name.warmup.walk',
  'warmup.aerobic': 'routine.name.warmup.aerobic',
  'warmup.yoga': 'routine.name.warmup.yoga',
  'cooldown.complete': 'routine.name.cooldown.complete',
  'cooldown.walk': 'routine.name.cooldown.walk',
  'cooldown.stretch': 'routine.name.cooldown.stretch',
  'cooldown.yoga': 'routine.name.cooldown.yoga',
} as const satisfies Record<RoutineId, ScreenTextKey>;

/** How a counted step's count is shown, by its unit. */
const COUNT_KEYS = {
  times: 'routine.count.times',
  eachSide: 'routine.count.eachSide',
  eachLeg: 'routine.count.eachLeg',
  breaths: 'routine.count.breaths',
} as const satisfies Record<CountUnit, ScreenTextKey>;

const button = (command: ScreenButton['command'], key: ScreenTextKey & `button.${string}`): ScreenButton => ({
  command,
  label: screenText(key),
});

/** "Quick yoga warm-up". */
function titleOf(state: RoutineState): string {
  const routine = screenText(NAME_KEYS[state.routineId]);
  return screenText(state.length === 'quick' ? 'routine.title.quick' : 'routine.title.full', { routine });
}

/** Step `index` as shown: its (easier, if chosen) name and instruction, its count, what follows. */
function stepView(state: RoutineState, index: number, from: number): RoutineStepView | undefined {
  const step = shownStep(state, index);
  if (!step) return undefined;
  const count = stepsOf(state.routineId, state.length).length;
  const next = shownStep(state, index + 1);
  return {
    name: step.name,
    instruction: step.instruction,
    ...(step.count ? { dose: screenText(COUNT_KEYS[step.count.unit], { n: step.count.times }) } : {}),
    counter: screenText('routine.counter', { position: index + 1, count }),
    next: next ? screenText('routine.next', { name: next.name }) : screenText('routine.last'),
    position: index + 1,
    count,
    seconds: step.seconds,
    from,
  };
}

/** The running routine's screen: the steps the kept timeline times, then its break or its end. */
function runningScreen(
  input: HandlerInput,
  state: RoutineState,
  common: CommonParts,
): RoutineScreen | undefined {
  const timeline = routineOf(input)?.state.timeline;
  if (!timeline) return undefined;
  const steps = timeline.marks.flatMap((mark) => {
    const view = stepView(state, mark.step, mark.from);
    return view ? [{ ...view, go: mark.go }] : [];
  });
  const next = shownStep(state, timeline.next);
  const kind = routineById(state.routineId).kind;
  const after = next
    ? { title: screenText('routine.breakTitle', { name: next.name }), hint: screenText('routine.breakHint') }
    : { title: screenText('routine.endTitle'), hint: screenText(`routine.endHint.${kind}`) };
  return {
    ...common,
    status: 'running',
    steps,
    after,
    buttons: [button('back', 'button.back'), button('pause', 'button.pause'), button('next', 'button.next')],
  };
}

type CommonParts = Pick<RoutineScreen, 'view' | 'title' | 'left'>;

/**
 * The screen for the answer `respond` gives to `state` (after it kept the response's timeline in the
 * session): running, paused or finished; `undefined` for a stopped routine or when no timeline was kept
 * (no session).
 */
export function routineScreen(input: HandlerInput, state: RoutineState): RoutineScreen | undefined {
  const common: CommonParts = { view: 'routine', title: titleOf(state), left: screenText('routine.left') };
  switch (state.status) {
    case 'running':
      return runningScreen(input, state, common);
    case 'paused': {
      const step = stepView(state, state.step, state.offset);
      return {
        ...common,
        status: 'paused',
        badge: screenText('routine.paused'),
        steps: step ? [step] : [],
        buttons: [
          button('back', 'button.back'),
          button('resume', 'button.resume'),
          button('next', 'button.next'),
        ],
      };
    }
    case 'finished': {
      const steps = stepsOf(state.routineId, state.length);
      const kind = routineById(state.routineId).kind;
      const minutes = Math.max(1, Math.round(totalSeconds(steps) / 60));
      return {
        ...common,
        status: 'finished',
        badge: screenText('routine.done'),
        steps: [],
        after: {
          title: screenText(`routine.finished.${kind}`),
          hint: screenText('routine.finishedHint', { count: steps.length, minutes }),
        },
        buttons: [],
      };
    }
    case 'stopped':
      return undefined;
  }
}
