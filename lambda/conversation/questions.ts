/**
 * The questions the skill asks, seen from the conversation: what fits as an answer to each, and the
 * words that ask it again. Every capability names its questions in its own `intents.ts`; when a turn
 * answers none of them (a fallback, "help", a "yes" to "which day?"), the conversation says in one
 * sentence what fits here and asks the pending question again, keeping it pending, so the plain
 * answer that follows still reaches the capability that asked.
 *
 * The words of the question are its reprompt (what Alexa says when the user says nothing), kept in
 * the session beside the question by {@link reaskInterceptor}: so every question, whoever asks it,
 * is asked again in its own words, with the data it was asked with.
 */
import type { HandlerInput } from 'ask-sdk-core';
import type { AnswerInterceptor, MessagePart, PendingQuestion } from '../core/answer';
import { isRecord, pendingQuestionOf } from '../core/request';
import { setSlice, sliceOf } from '../core/session';
import { REST_DAY_QUESTIONS } from '../restdays/intents';
import { ROUTINE_QUESTIONS } from '../routines/intents';
import { TIP_QUESTIONS } from '../tips/intents';
import { isMessageKey, type MessageValue, type PlainMessageKey } from '../speech/messages';

/** The session key of the pending question's words. */
export const REASK_KEY = 'reask';

/** What fits as the answer to a question that is not a yes/no one. */
const FITS: Readonly<Record<string, PlainMessageKey>> = {
  [ROUTINE_QUESTIONS.whichKind]: 'conversation:fits.kind',
  [ROUTINE_QUESTIONS.whichRoutine]: 'conversation:fits.routine',
  [ROUTINE_QUESTIONS.offerNearest]: 'conversation:fits.nearest',
  'routines.backCheck': 'conversation:fits.feeling',
  [REST_DAY_QUESTIONS.whichDay]: 'conversation:fits.day',
  [REST_DAY_QUESTIONS.goal]: 'conversation:fits.number',
};

/** The yes/no questions, answered with "yes" or "no" and words around them. */
const YES_NO: readonly string[] = [
  ROUTINE_QUESTIONS.continue,
  ROUTINE_QUESTIONS.resume,
  REST_DAY_QUESTIONS.logToday,
  REST_DAY_QUESTIONS.confirmLog,
  REST_DAY_QUESTIONS.confirmRemove,
  REST_DAY_QUESTIONS.confirmMove,
  TIP_QUESTIONS.another,
];

/** What fits as an answer to `kind`, as a phrase ("a yes or a no", "one day, like yesterday"). */
export function fitsOf(kind: string): PlainMessageKey {
  if (YES_NO.includes(kind)) return 'conversation:fits.yesNo';
  return FITS[kind] ?? 'conversation:fits.answer';
}

/** Whether `kind` is answered with a value rather than "yes" or "no" (so "no" declines it). */
export function asksForValue(kind: string): boolean {
  return FITS[kind] !== undefined;
}

const MAX_DEPTH = 3;

/** A stored message part, read defensively (session attributes come back from the client). */
function parseMessage(raw: unknown, depth = 0): MessagePart | undefined {
  if (depth > MAX_DEPTH || !isRecord(raw) || raw.kind !== 'message') return undefined;
  if (typeof raw.key !== 'string' || !isMessageKey(raw.key) || !isRecord(raw.vars)) return undefined;
  const vars: Record<string, MessageValue> = {};
  for (const [name, value] of Object.entries(raw.vars)) {
    if (typeof value === 'string' || typeof value === 'number') vars[name] = value;
    else {
      const nested = parseMessage(value, depth + 1);
      if (!nested) return undefined;
      vars[name] = nested;
    }
  }
  return { kind: 'message', key: raw.key, vars };
}

/** The kept words of a question: the kind they ask, and the messages. */
interface Reask {
  kind: string;
  words: MessagePart[];
}

function parseReask(raw: unknown): Reask | undefined {
  if (!isRecord(raw) || typeof raw.kind !== 'string' || !Array.isArray(raw.words)) return undefined;
  const words = (raw.words as unknown[]).map((part) => parseMessage(part));
  return words.every((w): w is MessagePart => w !== undefined) && words.length > 0
    ? { kind: raw.kind, words }
    : undefined;
}

/**
 * Keeps, beside every question an answer asks, the words that ask it again (its reprompt, when it is
 * made of messages); an answer that asks nothing clears them. The phrasing is chosen afresh when the
 * words are said again, so a re-ask varies.
 */
export const reaskInterceptor: AnswerInterceptor = (input, answer) => {
  const question = answer.type === 'ask' ? answer.question : undefined;
  const words = answer.type === 'ask' ? answer.reprompt : [];
  const messages = words.filter((part): part is MessagePart => part.kind === 'message');
  if (!question || messages.length === 0 || messages.length !== words.length) {
    if (sliceOf(input, REASK_KEY, parseReask)) setSlice(input, REASK_KEY, undefined);
    return;
  }
  const stored = messages.map(({ key, vars }) => ({ kind: 'message' as const, key, vars }));
  setSlice(input, REASK_KEY, { kind: question.kind, words: stored });
};

/** The pending question and the words that ask it again, when both are known. */
export function pendingReask(
  input: HandlerInput,
): { question: PendingQuestion; words: MessagePart[] } | undefined {
  const question = pendingQuestionOf(input);
  const reask = sliceOf(input, REASK_KEY, parseReask);
  if (!question || !reask || reask.kind !== question.kind) return undefined;
  return { question, words: reask.words };
}
