/**
 * The routine engine: a pure state machine `(state, command, elapsedSeconds) → state`. It knows the
 * catalog's steps and the timeline of the response now playing, and nothing of Alexa or storage.
 *
 * A response plays several steps; `timeline` says where in that response each step's timer started.
 * When the next request arrives `elapsedSeconds` after that response began, the engine first works
 * out the step the user is actually on, then applies the command.
 */
import { stepsOf, type RoutineId, type RoutineLength } from './catalog';

/** Where a step's timer starts within a response. */
export interface Mark {
  /** Step index. */
  step: number;
  /** Seconds after the response began that the step's timer starts (after its spoken intro). */
  go: number;
  /** Seconds of the step already done when the timer starts (a resumed step starts part-way). */
  from: number;
  /** Seconds into the step that this response stops it, when it carries on in the next one. */
  to?: number;
}

/** The response now playing: its step marks and where it ends. */
export interface Timeline {
  marks: Mark[];
  /** Seconds after the response began that its last timed step ends. */
  end: number;
  /** The step the user is on once the response has played out (the step count when it finishes). */
  next: number;
  /** Seconds of that step already done then, when the response split it. */
  nextOffset?: number;
}

/** Something the user asked for that could not be done as asked; the delivery says so. */
export type Notice = 'firstStep' | 'lastStep' | 'notPaused' | 'noEasier';

/** A routine in progress. */
export interface RoutineState {
  routineId: RoutineId;
  length: RoutineLength;
  status: 'running' | 'paused' | 'stopped' | 'finished';
  /** Current step index. */
  step: number;
  /** Seconds of the current step already done. */
  offset: number;
  /** Ids of steps switched to their easier version. */
  easier: string[];
  /** The response now playing, if any. */
  timeline?: Timeline;
  /** Set by the last command when it could not do exactly what was asked. */
  notice?: Notice;
}

/**
 * Seconds before a response's end from which the user counts as having heard its closing question
 * (speaking times are estimates).
 */
export const BREAK_TOLERANCE_SECONDS = 5;

/**
 * Commands, spoken or implied. `tick` only moves the position on with time; `continue` answers the
 * break-point question ("yes"): on to the step after the playing response, or out of a pause.
 */
export type Command =
  | { type: 'start'; routineId: RoutineId; length: RoutineLength }
  | {
      type:
        | 'tick'
        | 'pause'
        | 'resume'
        | 'next'
        | 'back'
        | 'repeat'
        | 'startOver'
        | 'howLong'
        | 'whatsNext'
        | 'easier'
        | 'continue'
        | 'stop';
    };

/** A fresh routine at its first step. */
export function startRoutine(routineId: RoutineId, length: RoutineLength): RoutineState {
  return { routineId, length, status: 'running', step: 0, offset: 0, easier: [] };
}

/**
 * Where the user is `elapsed` seconds after the playing response began: inside a step's spoken intro
 * counts as the start of that step; past the last timed step, the step after it (or finished). Marks
 * for steps the routine does not have are passed over, so the user always lands on a real step.
 */
export function locate(state: RoutineState, elapsed: number): RoutineState {
  const { timeline, ...rest } = state;
  if (!timeline || state.status !== 'running') return rest;
  const steps = stepsOf(state.routineId, state.length);
  const count = steps.length;
  for (const mark of timeline.marks) {
    const step = steps[mark.step];
    // A mark for a step the routine does not have (its steps changed while the response played).
    if (!step) continue;
    const seconds = mark.to ?? step.seconds;
    if (elapsed < mark.go) return { ...rest, step: mark.step, offset: mark.from };
    const offset = mark.from + (elapsed - mark.go);
    // Whole seconds done, counted on milliseconds (35.7 s less 15.7 s is 20 s, not 19.999…).
    if (offset < seconds)
      return { ...rest, step: mark.step, offset: Math.floor(Math.round(offset * 1000) / 1000) };
  }
  if (timeline.next >= count) return { ...rest, step: count - 1, offset: 0, status: 'finished' };
  return { ...rest, step: timeline.next, offset: timeline.nextOffset ?? 0 };
}

/** Whether `elapsed` seconds after the playing response began is at its closing question. */
export function atBreakPoint(state: RoutineState, elapsed: number): boolean {
  return state.timeline !== undefined && elapsed >= state.timeline.end - BREAK_TOLERANCE_SECONDS;
}

/** Applies one command at `elapsedSeconds` after the playing response began. */
export function advance(
  state: RoutineState | undefined,
  command: Command,
  elapsedSeconds: number,
): RoutineState | undefined {
  if (command.type === 'start') return startRoutine(command.routineId, command.length);
  if (!state) return undefined;
  const elapsed = Math.max(0, elapsedSeconds);
  const atBreak = atBreakPoint(state, elapsed);
  // At a break point, "next" and "carry on" (resume) answer its question as "yes" does.
  const jump =
    command.type === 'continue' || ((command.type === 'next' || command.type === 'resume') && atBreak);
  const { notice: _previousNotice, ...here } = locate(state, jump ? Infinity : elapsed);
  const last = stepsOf(here.routineId, here.length).length - 1;
  const running = here.status === 'finished' ? here.status : 'running';
  switch (command.type) {
    case 'tick':
    case 'howLong':
    case 'whatsNext':
      return here;
    case 'pause':
      return here.status === 'running' ? { ...here, status: 'paused' } : here;
    case 'continue':
      return here.status === 'paused' ? { ...here, status: 'running' } : here;
    case 'resume':
      if (here.status === 'paused') return { ...here, status: 'running' };
      return atBreak ? here : { ...here, notice: 'notPaused' };
    case 'stop':
      return here.status === 'finished' ? here : { ...here, status: 'stopped' };
    case 'next':
      if (atBreak) return here;
      if (here.step >= last)
        return { ...here, status: 'finished', step: last, offset: 0, notice: 'lastStep' };
      return { ...here, status: 'running', step: here.step + 1, offset: 0 };
    case 'back':
      if (here.step <= 0) return { ...here, status: 'running', step: 0, offset: 0, notice: 'firstStep' };
      return { ...here, status: 'running', step: here.step - 1, offset: 0 };
    case 'repeat':
      return { ...here, status: running, offset: 0 };
    case 'startOver':
      return { ...here, status: 'running', step: 0, offset: 0 };
    case 'easier': {
      const step = stepsOf(here.routineId, here.length)[here.step];
      if (!step?.easier) return { ...here, notice: 'noEasier' };
      const easier = here.easier.includes(step.id) ? here.easier : [...here.easier, step.id];
      return { ...here, status: running, offset: 0, easier };
    }
  }
}

/** Seconds left in the current step and in the whole routine. */
export function remaining(state: RoutineState): { step: number; total: number } {
  const steps = stepsOf(state.routineId, state.length);
  const step = Math.max(0, (steps[state.step]?.seconds ?? 0) - state.offset);
  const later = steps.slice(state.step + 1).reduce((sum, s) => sum + s.seconds, 0);
  return { step, total: step + later };
}
