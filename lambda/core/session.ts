import type { HandlerInput } from 'ask-sdk-core';

/**
 * Session attributes are the skill's only memory between turns of one session. Each capability owns
 * one key and parses it defensively (a client can send anything back); the one shared slot is the
 * pending question that a "yes" / "no" answers.
 */
export interface PendingQuestion {
  /** `<capability>.<question>`, e.g. `routines.resume` or `restdays.logToday`. */
  kind: string;
  /** Plain JSON data the answering handler needs. */
  data?: Record<string, unknown>;
}

const QUESTION_KEY = 'question';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

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

function parseQuestion(raw: unknown): PendingQuestion | undefined {
  if (!isRecord(raw) || typeof raw.kind !== 'string') return undefined;
  return isRecord(raw.data) ? { kind: raw.kind, data: raw.data } : { kind: raw.kind };
}

/**
 * A question lives for one turn: at the start of each turn it moves from the session into the request
 * attributes, so a handler that does not ask again leaves no stale question behind. Run by
 * the skill's request interceptor.
 */
export function takeQuestion(input: HandlerInput): void {
  const question = sliceOf(input, QUESTION_KEY, parseQuestion);
  input.attributesManager.setRequestAttributes({
    ...input.attributesManager.getRequestAttributes(),
    [QUESTION_KEY]: question,
  });
  if (attributesOf(input)[QUESTION_KEY] !== undefined) setSlice(input, QUESTION_KEY, undefined);
}

/** The question the previous turn asked, if any. */
export function questionOf(input: HandlerInput): PendingQuestion | undefined {
  return parseQuestion(input.attributesManager.getRequestAttributes()[QUESTION_KEY]);
}

/** Records the question this turn asks, so the next "yes" or "no" reaches the right handler. */
export function ask(input: HandlerInput, question: PendingQuestion): void {
  setSlice(input, QUESTION_KEY, question);
}
