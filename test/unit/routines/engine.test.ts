import fc from 'fast-check';
import { stepsOf } from '../../../lambda/routines/catalog';
import {
  advance,
  locate,
  remaining,
  startRoutine,
  type Command,
  type RoutineState,
} from '../../../lambda/routines/engine';

// warmup.walk quick: easy walk 120 s, brace walk 30 s, brisk walk 60 s, knee lifts 30 s, easy jog 60 s.
const STEPS = stepsOf('warmup.walk', 'quick');
const LAST = STEPS.length - 1;

/** A response that began with a 5 s opening and played steps 0 to 2 (each with a 5 s intro). */
const playing: RoutineState = {
  ...startRoutine('warmup.walk', 'quick'),
  timeline: {
    marks: [
      { step: 0, go: 10, from: 0 },
      { step: 1, go: 136, from: 0 },
      { step: 2, go: 172, from: 0 },
    ],
    end: 233,
    next: 3,
  },
};

/** The last step's response, heard to its end: the routine has played out 90 s in. */
const lastPlaying: RoutineState = {
  ...startRoutine('warmup.walk', 'quick'),
  step: LAST,
  timeline: { marks: [{ step: LAST, go: 5, from: 0 }], end: 70, next: STEPS.length },
};

const at = (step: number, offset = 0, status: RoutineState['status'] = 'running'): RoutineState => ({
  ...startRoutine('warmup.walk', 'quick'),
  step,
  offset,
  status,
});

const run = (state: RoutineState | undefined, type: Exclude<Command['type'], 'start'>, elapsed = 0) =>
  advance(state, { type }, elapsed);

describe('start', () => {
  it('begins at the first step, running', () => {
    expect(advance(undefined, { type: 'start', routineId: 'cooldown.yoga', length: 'full' }, 0)).toEqual({
      routineId: 'cooldown.yoga',
      length: 'full',
      status: 'running',
      step: 0,
      offset: 0,
      easier: [],
    });
  });

  it('any other command without a routine gives no routine', () => {
    expect(run(undefined, 'next')).toBeUndefined();
  });
});

describe('where the user is, from the time since the response began', () => {
  it.each([
    [0, 0, 0],
    [9, 0, 0],
    [70, 0, 60],
    [130, 1, 0],
    [140, 1, 4],
    [200, 2, 28],
  ])('%i s in: step %i, %i s into it', (elapsed, step, offset) => {
    expect(locate(playing, elapsed)).toMatchObject({ step, offset, status: 'running' });
  });

  it('past the response: the step after it', () => {
    expect(locate(playing, 400)).toMatchObject({ step: 3, offset: 0 });
  });

  it('past the last step of the routine: finished, on the last step', () => {
    expect(locate(lastPlaying, 90)).toMatchObject({ status: 'finished', step: LAST, offset: 0 });
  });

  it('a paused routine does not move with time, even with a response timeline', () => {
    const paused: RoutineState = { ...at(1, 4, 'paused'), timeline: playing.timeline };
    expect(locate(paused, 200)).toMatchObject({ status: 'paused', step: 1, offset: 4 });
  });

  it('a mark for a step the routine does not have is passed over', () => {
    const marks = [
      { step: 0, go: 10, from: 0 },
      { step: 9, go: 136, from: 0 },
      { step: 2, go: 172, from: 0 },
    ];
    const changed: RoutineState = { ...playing, timeline: { marks, end: 233, next: 3 } };
    expect(locate(changed, 131)).toMatchObject({ step: 2, offset: 0 });
    expect(locate(changed, 200)).toMatchObject({ step: 2, offset: 28 });
  });

  it('a response that began part-way into a step counts from there', () => {
    const resumed: RoutineState = {
      ...at(0, 100),
      timeline: { marks: [{ step: 0, go: 4, from: 100 }], end: 30, next: 1 },
    };
    expect(locate(resumed, 14)).toMatchObject({ step: 0, offset: 110 });
  });

  it('always lands on a real step, never past its end', () => {
    expect(() => {
      fc.assert(
        fc.property(fc.double({ min: 0, max: 10_000, noNaN: true }), (elapsed) => {
          const here = locate(playing, elapsed);
          return (
            here.step >= 0 &&
            here.step <= LAST &&
            here.offset >= 0 &&
            here.offset < (STEPS[here.step]?.seconds ?? 0)
          );
        }),
      );
    }).not.toThrow();
  });

  it('the timeline is used once: the new state carries none', () => {
    expect(run(playing, 'tick', 50)?.timeline).toBeUndefined();
  });
});

describe('navigation', () => {
  it('"next" mid-response skips the step the user is actually on', () => {
    expect(run(playing, 'next', 140)).toMatchObject({ step: 2, offset: 0, status: 'running' });
  });

  it('"next" after the break-point question carries on to the following step, not past it', () => {
    expect(run(playing, 'next', 231)).toMatchObject({ step: 3, offset: 0 });
    expect(run(playing, 'continue', 100)).toMatchObject({ step: 3, offset: 0 });
  });

  it('"next" once the response has played out goes to the step after it, not the one after that', () => {
    expect(run(playing, 'next', 240)).toMatchObject({ step: 3, offset: 0, status: 'running' });
  });

  it('"carry on" from 5 s before the response ends answers its question; earlier it says nothing is paused', () => {
    const atQuestion = run(playing, 'resume', 228);
    expect(atQuestion).toMatchObject({ step: 3, offset: 0, status: 'running' });
    expect(atQuestion?.notice).toBeUndefined();
    expect(run(playing, 'resume', 227)).toMatchObject({ step: 2, offset: 55, notice: 'notPaused' });
  });

  it('"pause" near the closing question keeps the exact place', () => {
    expect(run(playing, 'pause', 230)).toMatchObject({ status: 'paused', step: 2, offset: 58 });
  });

  it('"yes" to the question carries on without saying nothing is paused', () => {
    expect(run(playing, 'continue', 100)?.notice).toBeUndefined();
  });

  it.each(['pause', 'repeat', 'continue', 'stop', 'tick'] as const)(
    '"%s" once the routine has played out leaves it finished',
    (type) => {
      expect(run(lastPlaying, type, 90)).toMatchObject({ status: 'finished', step: LAST });
    },
  );

  it.each([
    ['back', 2, 1],
    ['back', 0, 0],
    ['repeat', 3, 3],
    ['startOver', 3, 0],
  ] as const)('"%s" while paused at step %i goes on running at step %i', (type, from, to) => {
    expect(run(at(from, 12, 'paused'), type)).toMatchObject({ status: 'running', step: to, offset: 0 });
  });

  it('"next" on the last step finishes, and says so', () => {
    expect(run(at(LAST, 20), 'next')).toMatchObject({ status: 'finished', notice: 'lastStep' });
  });

  it('"go back" moves one step back, or restarts the first step', () => {
    expect(run(at(2, 30), 'back')).toMatchObject({ step: 1, offset: 0 });
    expect(run(at(0, 30), 'back')).toMatchObject({ step: 0, offset: 0, notice: 'firstStep' });
  });

  it('"repeat" restarts the current step; "start over" the routine', () => {
    expect(run(at(3, 12), 'repeat')).toMatchObject({ step: 3, offset: 0 });
    expect(run(at(3, 12), 'startOver')).toMatchObject({ step: 0, offset: 0 });
  });

  it('pause keeps the exact place, ignores time passing, and resume carries on from it', () => {
    const paused = run(playing, 'pause', 140);
    expect(paused).toMatchObject({ status: 'paused', step: 1, offset: 4 });
    expect(paused?.timeline).toBeUndefined();
    expect(run(paused, 'tick', 5000)).toMatchObject({ status: 'paused', step: 1, offset: 4 });
    expect(run(paused, 'resume', 5000)).toMatchObject({ status: 'running', step: 1, offset: 4 });
    expect(run(paused, 'continue', 5000)).toMatchObject({ status: 'running', step: 1, offset: 4 });
  });

  it('"resume" when nothing is paused carries on and says so', () => {
    expect(run(playing, 'resume', 70)).toMatchObject({
      status: 'running',
      step: 0,
      offset: 60,
      notice: 'notPaused',
    });
  });

  it('"how much longer" and "what\'s next" only bring the position up to date', () => {
    expect(run(playing, 'howLong', 70)).toMatchObject({ step: 0, offset: 60, status: 'running' });
    expect(run(playing, 'whatsNext', 140)).toMatchObject({ step: 1, offset: 4 });
  });

  it('"stop" stops where the user is', () => {
    expect(run(playing, 'stop', 200)).toMatchObject({ status: 'stopped', step: 2, offset: 28 });
  });

  it('"make it easier" switches a step that has an easier version, from its start', () => {
    const knees = STEPS.findIndex((s) => s.id === 'knee-lifts');
    expect(run(at(knees, 10), 'easier')).toMatchObject({ step: knees, offset: 0, easier: ['knee-lifts'] });
    expect(run(at(0, 10), 'easier')).toMatchObject({ step: 0, offset: 10, notice: 'noEasier', easier: [] });
  });

  it('a notice lasts one command', () => {
    const noticed = run(at(0), 'back');
    expect(run(noticed, 'tick')?.notice).toBeUndefined();
  });

  it('never changes the state it is given', () => {
    const frozen = structuredClone(playing);
    for (const type of ['pause', 'next', 'back', 'repeat', 'easier', 'stop'] as const)
      run(playing, type, 150);
    expect(playing).toEqual(frozen);
  });
});

describe('remaining', () => {
  it('counts what is left of the step and of the routine', () => {
    expect(remaining(at(3, 10))).toEqual({ step: 20, total: 20 + 60 });
    expect(remaining(at(0))).toEqual({ step: 120, total: 300 });
  });

  it('a step the routine does not have has nothing left and no easier version', () => {
    expect(remaining(at(STEPS.length))).toEqual({ step: 0, total: 0 });
    expect(run(at(STEPS.length), 'easier')).toMatchObject({ notice: 'noEasier' });
  });
});
