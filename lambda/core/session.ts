import type { HandlerInput } from 'ask-sdk-core';
import type { PendingQuestion } from './answer';
import { isRecord, QUESTION_ATTRIBUTE } from './request';

/**
 * Session attributes are the skill's only memory between turns of one session. Each capability owns
 * one key and parses it defensively (a client can send anything back); the one shared slot is the
 * pending question that a "yes" / "no" answers, written by the renderer and read through
 * `pendingQuestionOf` (./request.ts).
 */
const QUESTION_KEY = 'question';

/** The session attributes, or an empty object when there is no session (one-shot or out of session). */
export function attributesOf(input: HandlerInput): Record<string, unknown> {
  const attributes: unknown = input.requestEnvelope.session
    ? input.attributesManager.getSessionAttributes()
    : {};
  return isRecord(attributes) ? attributes : {};
}

/** Reads one capability's slice of the session attributes through its parser. */
export function sliceOf<T>(
  input: HandlerInput,
  key: string,
  parse: (raw: unknown) => T | undefined,
): T | undefined {
  return parse(attributesOf(input)[key]);
}

/** Writes (or with `undefined`, removes) one capability's slice of the session attributes. */
export function setSlice(input: HandlerInput, key: string, value: unknown): void {
  if (!input.requestEnvelope.session) return;
  const others = Object.entries(attributesOf(input)).filter(([name]) => name !== key);
  const attributes = Object.fromEntries(value === undefined ? others : [...others, [key, value]]);
  input.attributesManager.setSessionAttributes(attributes);
}

/**
 * A question lives for one turn: at the start of each turn it moves, as sent, from the session into
 * the request attributes, so a handler that does not ask again leaves no stale question behind.
 */
export function takeQuestion(input: HandlerInput): void {
  input.attributesManager.setRequestAttributes({
    ...input.attributesManager.getRequestAttributes(),
    [QUESTION_ATTRIBUTE]: attributesOf(input)[QUESTION_KEY],
  });
  if (attributesOf(input)[QUESTION_KEY] !== undefined) setSlice(input, QUESTION_KEY, undefined);
}

const SAID_KEY = 'said';

/** The phrasing each message took in the session's previous response (lambda/speech/i18n.ts). */
export function saidBefore(input: HandlerInput): Record<string, number> {
  const raw = attributesOf(input)[SAID_KEY];
  if (!isRecord(raw)) return {};
  return Object.fromEntries(
    Object.entries(raw).filter((entry): entry is [string, number] => typeof entry[1] === 'number'),
  );
}

/** Keeps the phrasings this response chose, so the next response avoids them. */
export function keepSaid(input: HandlerInput, said: Readonly<Record<string, number>>): void {
  setSlice(input, SAID_KEY, Object.keys(said).length > 0 ? said : undefined);
}

/** Keeps the question an answer asks in the session, so the next "yes" or "no" reaches the right handler. */
export function keepQuestion(input: HandlerInput, question: PendingQuestion): void {
  setSlice(input, QUESTION_KEY, question);
}
