/**
 * Segments: the timed part of a routine's answer, packed as SSML that runs hands-free. A step is its name and one
 * instruction, then the timer with cues (start, halfway, ten seconds left with what comes next).
 * Several steps go into one response while their timed pauses fit, always inside Alexa's limits
 * (`lambda/speech/ssml.ts`); the response then ends at a natural break point.
 * @see https://developer.amazon.com/en-US/docs/alexa/custom-skills/speech-synthesis-markup-language-ssml-reference.html#break
 */
import type { Speech } from '../speech/i18n';
import { escapeSsml, joinSsml, MAX_TIMED_SECONDS, pause, type Ssml } from '../speech/ssml';
import { stepsOf, type CountUnit, type Step } from './catalog';
import type { Mark, RoutineState, Timeline } from './engine';

/** Timed seconds one response may hold; a margin under Alexa's 240 s. */
export const SEGMENT_BUDGET_SECONDS = MAX_TIMED_SECONDS - 10;
/** Spoken characters per second, to place step marks on the response's timeline. */
const CHARACTERS_PER_SECOND = 14;

/** A stretch of a routine, ready to speak. */
export interface Segment {
  /** SSML (without `<speak>`). */
  ssml: Ssml;
  timeline: Timeline;
  /** The segment plays the routine's last step to its end. */
  reachesEnd: boolean;
  /** Name of the step after the segment, when it does not reach the end. */
  nextName?: string;
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

/** "45 seconds", "a minute and a half", "3 minutes": rounded to the half minute past 90 s. */
export function duration(speech: Speech, seconds: number): string {
  if (seconds < 90) return speech.say('routines:unit.seconds', { n: Math.max(1, Math.round(seconds)) });
  const halves = Math.round(seconds / 30);
  const minutes = Math.floor(halves / 2);
  if (halves % 2 === 0) return speech.say('routines:unit.minutes', { n: minutes });
  return minutes === 1
    ? speech.say('routines:unit.minuteAndHalf')
    : speech.say('routines:unit.minutesAndHalf', { n: minutes });
}

interface Cue {
  at: number;
  text: string;
}

/** The cues inside one step's timer, from `from` seconds in. */
function cues(speech: Speech, step: Step, from: number, nextName: string | undefined): Cue[] {
  const list: Cue[] = [];
  if (step.seconds >= 30) list.push({ at: step.seconds / 2, text: speech.say('routines:cue.halfway') });
  if (step.seconds >= 25) {
    const text = nextName
      ? speech.say('routines:cue.tenLeftNext', { next: nextName })
      : speech.say('routines:cue.tenLeftLast');
    list.push({ at: step.seconds - 10, text });
  }
  return list.filter((cue) => cue.at > from);
}

/** One step, from `from` seconds in: its words and pauses, and where its timer starts. */
function stepSsml(
  speech: Speech,
  step: Step,
  from: number,
  nextName: string | undefined,
): { ssml: Ssml; introSeconds: number; timedSeconds: number } {
  const intro =
    from > 0
      ? `${speech.say('routines:stepResume', { name: step.name })} ${speech.say('routines:dose.left', { duration: duration(speech, step.seconds - from) })}`
      : `${speech.say('routines:stepIntro', { name: step.name, instruction: step.instruction })} ${dose(speech, step)} ${speech.say('routines:cue.go')}`;
  const parts: Ssml[] = [escapeSsml(intro)];
  let at = from;
  let timedSeconds = 0;
  for (const cue of [...cues(speech, step, from, nextName), { at: step.seconds, text: '' }]) {
    const rest = Math.max(1, Math.round(cue.at - at));
    parts.push(pause(rest));
    timedSeconds += rest;
    if (cue.text) parts.push(escapeSsml(cue.text));
    at = cue.at + speakingSeconds(cue.text);
  }
  parts.push(escapeSsml(speech.say('routines:cue.time')));
  return { ssml: joinSsml(...parts), introSeconds: speakingSeconds(intro), timedSeconds };
}

/** How a counted step's count is said, by its unit. */
const COUNT_KEYS = {
  times: 'routines:count.times',
  eachSide: 'routines:count.eachSide',
  eachLeg: 'routines:count.eachLeg',
  breaths: 'routines:count.breaths',
} as const satisfies Record<CountUnit, string>;

function dose(speech: Speech, step: Step): string {
  if (step.count) return speech.say(COUNT_KEYS[step.count.unit], { n: step.count.times });
  return speech.say('routines:dose.timed', { duration: duration(speech, step.seconds) });
}

/**
 * The segment that starts at the state's step and offset, after `openingSeconds` of other speech:
 * whole steps while their timed pauses fit {@link SEGMENT_BUDGET_SECONDS} (always at least one).
 */
export function buildSegment(speech: Speech, state: RoutineState, openingSeconds: number): Segment {
  const steps = stepsOf(state.routineId, state.length);
  const marks: Mark[] = [];
  const parts: Ssml[] = [];
  let cursor = openingSeconds;
  let timed = 0;
  let index = state.step;
  while (index < steps.length) {
    const step = shownStep(state, index);
    if (!step) break;
    const from = index === state.step ? Math.min(state.offset, step.seconds - 1) : 0;
    const next = shownStep(state, index + 1);
    const part = stepSsml(speech, step, from, next?.name);
    if (marks.length > 0 && timed + part.timedSeconds > SEGMENT_BUDGET_SECONDS) break;
    marks.push({ step: index, go: Math.round((cursor + part.introSeconds) * 10) / 10, from });
    parts.push(part.ssml);
    timed += part.timedSeconds;
    cursor += part.introSeconds + (step.seconds - from) + 1;
    index += 1;
  }
  const nextName = shownStep(state, index)?.name;
  return {
    ssml: joinSsml(...parts),
    timeline: { marks, end: Math.round(cursor), next: index },
    reachesEnd: index >= steps.length,
    ...(nextName ? { nextName } : {}),
  };
}
