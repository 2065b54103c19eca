/**
 * Segments: the timed part of a routine's answer, packed as SSML that runs hands-free. A step starts
 * with its name and dose, then "go"; its instruction is said once the timer runs, then the cues
 * (halfway, or "switch sides" on a one-sided move; ten seconds left with what comes next), never two
 * time cues within {@link CUE_GAP_SECONDS}. Steps go into one response while their timed pauses fit
 * {@link SEGMENT_BUDGET_SECONDS} (inside Alexa's limits, `lambda/speech/ssml.ts`); a move that does not
 * fit whole is split, at its switch of sides when it has one, and carries on in the next response.
 * @see https://developer.amazon.com/en-US/docs/alexa/custom-skills/speech-synthesis-markup-language-ssml-reference.html#break
 */
import type { Speech } from '../speech/i18n';
import { escapeSsml, joinSsml, MAX_TIMED_SECONDS, pause, type Ssml } from '../speech/ssml';
import { stepsOf, type CountUnit, type Step } from './catalog';
import type { Mark, RoutineState, Timeline } from './engine';

/** Timed seconds one response may hold; a margin under Alexa's 240 s. */
export const SEGMENT_BUDGET_SECONDS = MAX_TIMED_SECONDS - 10;
/** The least of a move either side of a split between two responses. */
export const MIN_PIECE_SECONDS = 15;
/** A resumed move with less than this left is counted done, and the next move starts. */
export const MIN_RESUME_SECONDS = 5;
/** Time cues (time left, halfway) are never closer together than this. */
export const CUE_GAP_SECONDS = 5;
/** Spoken characters per second, to place step marks on the response's timeline. */
const CHARACTERS_PER_SECOND = 14;
/** Seconds after "go" that a move's instruction is said. */
const INSTRUCTION_AT = 1;

/** A stretch of a routine, ready to speak. */
export interface Segment {
  /** SSML (without `<speak>`). */
  ssml: Ssml;
  timeline: Timeline;
  /** The segment plays the routine's last step to its end. */
  reachesEnd: boolean;
  /** What comes after the segment, when it does not reach the end. */
  after?: { name: string; kind: 'step' | 'rest' | 'otherSide' };
}

/** Estimated seconds to speak `text`. */
export function speakingSeconds(text: string): number {
  return Math.round((text.length / CHARACTERS_PER_SECOND) * 10) / 10;
}

/** The step as the user does it: its easier version when they asked for one. */
export function shownStep(state: RoutineState, index: number): Step | undefined {
  const step = stepsOf(state.routineId, state.length)[index];
  if (!step?.easier || !state.easier.includes(step.id)) return step;
  return { ...step, name: step.easier.name, instruction: step.easier.instruction };
}

/** "1 second", "45 seconds", "a minute and a half", "3 minutes": rounded to the half minute past 90 s. */
export function duration(speech: Speech, seconds: number): string {
  if (seconds < 1.5) return speech.say('routines:unit.second');
  if (seconds < 90) return speech.say('routines:unit.seconds', { n: Math.round(seconds) });
  const halves = Math.round(seconds / 30);
  const minutes = Math.floor(halves / 2);
  if (halves % 2 === 0) return speech.say('routines:unit.minutes', { n: minutes });
  return minutes === 1
    ? speech.say('routines:unit.minuteAndHalf')
    : speech.say('routines:unit.minutesAndHalf', { n: minutes });
}

/** Something said inside a step's timer, `at` seconds into the step. */
interface Cue {
  at: number;
  text: string;
}

/**
 * A cue planned for `at` seconds into the step; its words are phrased only once it is sure to be
 * said, so the session's phrasing memory holds only what was heard.
 */
interface PlannedCue {
  at: number;
  say: () => string;
  /** A time cue (halfway, time left): kept {@link CUE_GAP_SECONDS} apart from the others. */
  time: boolean;
}

/** How a counted step's count is said, by its unit. */
const COUNT_KEYS = {
  times: 'routines:count.times',
  eachSide: 'routines:count.eachSide',
  eachLeg: 'routines:count.eachLeg',
  breaths: 'routines:count.breaths',
} as const satisfies Record<CountUnit, string>;

/** The dose: "8 slow breaths", "1 minute". */
function dose(speech: Speech, step: Step): string {
  if (step.count) return speech.say(COUNT_KEYS[step.count.unit], { n: step.count.times });
  return speech.say('routines:dose.timed', { duration: duration(speech, step.seconds) });
}

/** The half-way cue: "switch sides" on a one-sided move, the count so far on a counted one. */
function halfCue(speech: Speech, step: Step): PlannedCue {
  const at = step.seconds / 2;
  if (step.oneSided) return { at, say: () => speech.say('routines:cue.switch'), time: false };
  if (step.count) {
    const done = Math.floor(step.count.times / 2);
    const left = step.count.times - done;
    return { at, say: () => speech.say('routines:cue.countHalf', { done, left }), time: true };
  }
  return { at, say: () => speech.say('routines:cue.halfway'), time: true };
}

/**
 * The cues inside a piece of a step's timer, from `from` to `to` seconds in: the instruction (on a
 * fresh start), the half-way cue, and ten seconds left (when the piece ends the step), with time cues
 * kept apart from each other and from a resumed piece's "so long left". Nothing is said over the
 * instruction or another cue: a later cue waits until it is done, and is left out if that is past
 * the piece's end.
 */
function cues(speech: Speech, step: Step, from: number, to: number, nextName: string | undefined): Cue[] {
  const planned: PlannedCue[] = [];
  if (from === 0) planned.push({ at: INSTRUCTION_AT, say: () => step.instruction, time: false });
  const timeCues: number[] = from > 0 ? [from] : [];
  const far = (at: number) => timeCues.every((t) => Math.abs(t - at) >= CUE_GAP_SECONDS);
  const candidates: PlannedCue[] = [];
  if (to === step.seconds && step.seconds >= 25) {
    const say = nextName
      ? () => speech.say('routines:cue.tenLeftNext', { next: nextName })
      : () => speech.say('routines:cue.tenLeftLast');
    candidates.push({ at: step.seconds - 10, say, time: true });
  }
  if (step.seconds >= 20) candidates.push(halfCue(speech, step));
  for (const cue of candidates) {
    if (cue.at <= from || cue.at >= to) continue;
    if (cue.time && !far(cue.at)) continue;
    if (cue.time) timeCues.push(cue.at);
    planned.push(cue);
  }
  planned.sort((a, b) => a.at - b.at);
  const said: Cue[] = [];
  let busyUntil = from;
  for (const cue of planned) {
    const at = Math.max(cue.at, busyUntil);
    if (at >= to) break;
    const text = cue.say();
    said.push({ at, text });
    busyUntil = at + speakingSeconds(text);
  }
  return said;
}

/** The words before a piece's timer: the step's name and dose, or how much is left of it. */
function introOf(speech: Speech, step: Step, from: number, first: boolean): string {
  if (from === 0) {
    const key = first ? 'routines:firstStep' : 'routines:stepIntro';
    return `${speech.say(key, { name: step.name, dose: dose(speech, step) })} ${speech.say('routines:cue.go')}`;
  }
  const left = duration(speech, step.seconds - from);
  if (step.oneSided && from === step.seconds / 2)
    return `${speech.say('routines:stepOtherSide', { name: step.name, left })} ${speech.say('routines:cue.go')}`;
  return speech.say('routines:stepResume', { name: step.name, left });
}

/** One piece of a step, from `from` to `to` seconds in: its words and pauses, and where its timer starts. */
function pieceSsml(
  speech: Speech,
  step: Step,
  from: number,
  to: number,
  nextName: string | undefined,
  first = false,
): { ssml: Ssml; introSeconds: number; timedSeconds: number } {
  const intro = introOf(speech, step, from, first);
  const parts: Ssml[] = [escapeSsml(intro)];
  let at = from;
  let timedSeconds = 0;
  for (const cue of [...cues(speech, step, from, to, nextName), { at: to, text: '' }]) {
    const rest = Math.round((cue.at - at) * 10) / 10;
    if (rest > 0) {
      parts.push(pause(rest));
      timedSeconds += rest;
    }
    if (cue.text) parts.push(escapeSsml(cue.text));
    at = cue.at + speakingSeconds(cue.text);
  }
  return { ssml: joinSsml(...parts), introSeconds: speakingSeconds(intro), timedSeconds };
}

/**
 * The most pause seconds the rest of a step, from `from` seconds in, can hold: its time less the
 * instruction said in it (the cues' words, phrased only when said, take more).
 */
function mostPauseSeconds(step: Step, from: number): number {
  return step.seconds - from - (from === 0 ? Math.min(step.seconds, speakingSeconds(step.instruction)) : 0);
}

/** Where to cut a step that does not fit whole into the `room` left: its switch of sides, or as late as fits. */
function cutPoint(step: Step, from: number, room: number): number | undefined {
  const half = step.seconds / 2;
  if (step.oneSided && from < half && half - from <= room && half - from >= MIN_PIECE_SECONDS) return half;
  const cut = Math.floor(from + room);
  return cut - from >= MIN_PIECE_SECONDS && step.seconds - cut >= MIN_PIECE_SECONDS ? cut : undefined;
}

/**
 * The segment that starts at the state's step and offset, after `openingSeconds` of other speech:
 * steps while their timed pauses fit {@link SEGMENT_BUDGET_SECONDS}, the last of them split when
 * that packs more in (always at least one piece).
 */
export function buildSegment(speech: Speech, state: RoutineState, openingSeconds: number): Segment {
  const steps = stepsOf(state.routineId, state.length);
  const marks: Mark[] = [];
  const parts: Ssml[] = [];
  let cursor = openingSeconds;
  let timed = 0;
  let index = state.step;
  let resumeAt = 0;
  const add = (step: Step, from: number, to: number, nextName: string | undefined) => {
    const piece = pieceSsml(speech, step, from, to, nextName, index === 0 && marks.length === 0);
    const go = Math.round((cursor + piece.introSeconds) * 10) / 10;
    marks.push({ step: index, go, from, ...(to < step.seconds ? { to } : {}) });
    parts.push(piece.ssml);
    timed += piece.timedSeconds;
    cursor = go + (to - from);
  };
  while (index < steps.length) {
    const step = shownStep(state, index);
    if (!step) break;
    const from = index === state.step ? Math.min(state.offset, step.seconds - 1) : 0;
    // A move resumed with a few seconds left is done: the next one starts instead.
    if (from > 0 && step.seconds - from < MIN_RESUME_SECONDS && index + 1 < steps.length) {
      index += 1;
      continue;
    }
    const nextName = shownStep(state, index + 1)?.name;
    // Whether the rest of the move fits is judged before any of its words are phrased, so no
    // phrasing is drawn for words that would not be said.
    if (timed + mostPauseSeconds(step, from) <= SEGMENT_BUDGET_SECONDS) {
      add(step, from, step.seconds, nextName);
      index += 1;
      continue;
    }
    const cut = cutPoint(step, from, SEGMENT_BUDGET_SECONDS - timed);
    if (cut !== undefined) {
      add(step, from, cut, nextName);
      resumeAt = cut;
    } else if (marks.length === 0) {
      add(step, from, step.seconds, nextName);
      index += 1;
    }
    break;
  }
  const finishedStep = resumeAt === 0;
  // "That's time" closes a stretch that stops between moves; after the last move the closing line does.
  if (finishedStep && index < steps.length) parts.push(escapeSsml(speech.say('routines:cue.time')));
  const nextStep = shownStep(state, index);
  const after: Segment['after'] =
    nextStep === undefined
      ? undefined
      : {
          name: nextStep.name,
          kind: finishedStep
            ? 'step'
            : nextStep.oneSided && resumeAt === nextStep.seconds / 2
              ? 'otherSide'
              : 'rest',
        };
  return {
    ssml: joinSsml(...parts),
    timeline: {
      marks,
      end: Math.round(cursor),
      next: index,
      ...(resumeAt > 0 ? { nextOffset: resumeAt } : {}),
    },
    reachesEnd: index >= steps.length,
    ...(after ? { after } : {}),
  };
}
