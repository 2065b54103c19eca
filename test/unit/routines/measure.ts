/**
 * Measuring a routine as it is heard: the words before its first timer, where each time cue falls on
 * the response's timeline (pauses plus estimated speaking time), and a hands-free run from the start
 * to the closing question, answering each continue prompt as a user would.
 */
import type { ResponseEnvelope } from 'ask-sdk-model';
import type { RoutineId, RoutineLength, Step } from '../../../lambda/routines/catalog';
import type { Mark } from '../../../lambda/routines/engine';
import { ROUTINE_INTENTS as I } from '../../../lambda/routines/intents';
import { speakingSeconds } from '../../../lambda/routines/segment';
import type { MessageKey } from '../../../lambda/speech/messages';
import { conversation, type Conversation } from '../../../harness/conversation';
import { messagePattern } from '../../../harness/messages';
import { spoken } from '../../../harness/speech';
import { routineSlots } from './talk';

const PAUSE = /\[pause ([\d.]+)(ms|s)\]/g;

/** The words of `text`: tokens with a letter or a digit. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((token) => /[\p{L}\d]/u.test(token)).length;
}

/** What a response says before its first pause (its first timer), without the message `without`. */
export function beforeFirstTimer(text: string, without?: RegExp): string {
  const at = text.search(/\[pause/);
  const head = at < 0 ? text : text.slice(0, at);
  return without ? head.replace(without, ' ') : head;
}

/** A stretch of speech between two pauses, and when it starts on the response's timeline. */
export interface Chunk {
  text: string;
  at: number;
}

/** The response's speech between pauses, each placed at the seconds it starts. */
export function chunksOf(text: string): Chunk[] {
  const chunks: Chunk[] = [];
  let at = 0;
  let last = 0;
  for (const match of text.matchAll(PAUSE)) {
    const words = text.slice(last, match.index).trim();
    chunks.push({ text: words, at });
    at += speakingSeconds(words) + Number(match[1]) / (match[2] === 'ms' ? 1000 : 1);
    last = match.index + match[0].length;
  }
  chunks.push({ text: text.slice(last).trim(), at });
  return chunks;
}

/** The messages that say how much time is left, or how far the user is. */
const TIME_CUES: readonly MessageKey[] = [
  'routines:cue.halfway',
  'routines:cue.countHalf',
  'routines:cue.tenLeftNext',
  'routines:cue.tenLeftLast',
  'routines:stepResume',
  'routines:stepOtherSide',
];

/** When each time cue of a response is said, in seconds from the response's start. */
export function timeCuesOf(text: string, locale: string): number[] {
  const patterns = TIME_CUES.map((key) => new RegExp(messagePattern(key, { locale }).source, 'giu'));
  return chunksOf(text).flatMap((chunk) => {
    const starts = new Set<number>();
    for (const pattern of patterns) for (const m of chunk.text.matchAll(pattern)) starts.add(m.index);
    return [...starts].map((i) => chunk.at + speakingSeconds(chunk.text.slice(0, i)));
  });
}

/** When the first of `key`'s phrasings is said at or after `from` seconds, if it is. */
export function cueAfter(text: string, key: MessageKey, locale: string, from: number): number | undefined {
  const pattern = messagePattern(key, { locale });
  for (const chunk of chunksOf(text)) {
    const m = pattern.exec(chunk.text);
    if (!m) continue;
    const at = chunk.at + speakingSeconds(chunk.text.slice(0, m.index));
    if (at >= from) return at;
  }
  return undefined;
}

/** One response of a run, with the pending question and timeline it left. */
export interface Turn {
  response: ResponseEnvelope;
  text: string;
  question: string | undefined;
  marks: Mark[];
  end: number;
}

function turnOf(response: ResponseEnvelope): Turn {
  const attributes = (response.sessionAttributes ?? {}) as {
    question?: { kind?: string };
    routine?: { state?: { timeline?: { marks?: Mark[]; end?: number } } };
  };
  const timeline = attributes.routine?.state?.timeline;
  return {
    response,
    text: spoken(response),
    question: attributes.question?.kind,
    marks: timeline?.marks ?? [],
    end: timeline?.end ?? 0,
  };
}

/** The ways a user answers a continue prompt, taken in turn. */
export const CONTINUE_ANSWERS = [I.yes, I.next, I.resume] as const;

/** A routine run hands-free from its start to its closing question, each prompt answered once it is asked. */
export async function runHandsFree(
  id: RoutineId,
  length: RoutineLength,
  c: Conversation = conversation(),
): Promise<Turn[]> {
  const turns = [turnOf(await c.intent(I.start, routineSlots(id, length)))];
  for (let answered = 0; c.inSession && turns.at(-1)?.question === 'routines.continue'; answered += 1) {
    c.wait((turns.at(-1)?.end ?? 0) + 2);
    const answer = CONTINUE_ANSWERS[answered % CONTINUE_ANSWERS.length] ?? I.yes;
    turns.push(turnOf(await c.intent(answer)));
  }
  return turns;
}

/** A routine paused `after` seconds into its first response, then resumed in the same session. */
export async function pauseAndResume(id: RoutineId, length: RoutineLength, c: Conversation): Promise<Turn> {
  await c.intent(I.start, routineSlots(id, length));
  c.wait(20);
  await c.intent(I.pause);
  c.wait(60);
  return turnOf(await c.intent(I.resume));
}

/** A routine paused, the session left, and "ask run coach to resume" later. */
export async function resumeNextSession(
  id: RoutineId,
  length: RoutineLength,
  c: Conversation,
): Promise<Turn> {
  await c.intent(I.start, routineSlots(id, length));
  c.wait(45);
  await c.intent(I.pause);
  await c.endSession();
  c.wait(600);
  return turnOf(await c.intent(I.resume));
}

/**
 * How many seconds from the half of a one-sided move (step `index`) its "switch sides" is said: 0
 * when the response breaks at the half with "switch sides" and the next one starts the other side;
 * `undefined` when it is never said.
 */
export function switchOffset(
  turns: readonly Turn[],
  index: number,
  step: Step,
  locale: string,
): number | undefined {
  const half = step.seconds / 2;
  const at = turns.findIndex((t) => t.marks.some((m) => m.step === index && m.from < half));
  const turn = turns[at];
  const mark = turn?.marks.find((m) => m.step === index && m.from < half);
  if (!turn || !mark) return undefined;
  if (mark.to === half) {
    const asked = messagePattern('routines:otherSideQuestion', { locale }).test(turn.text);
    const started = messagePattern('routines:stepOtherSide', { locale }).test(turns[at + 1]?.text ?? '');
    return asked && started ? 0 : undefined;
  }
  const said = cueAfter(turn.text, 'routines:cue.switch', locale, mark.go);
  return said === undefined ? undefined : said - (mark.go + (half - mark.from));
}
