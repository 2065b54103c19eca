/**
 * The answer a handler returns: what to say (named messages, plain text, or SSML the skill built),
 * whether the session stays open (only after a question, and then always with a reprompt), the
 * yes/no question the next turn may answer, and what a screen shows. Handlers never build responses;
 * the one renderer (`./render.ts`) turns an answer into the ASK response.
 */
import type { HandlerInput } from 'ask-sdk-core';
import type { MessagePart } from '../speech/messages';
import type { Ssml } from '../speech/ssml';
import type { ScreenModel } from './screen';

export { message, type MessageKey, type MessagePart } from '../speech/messages';

/** Plain text (a catalog step's name, words already phrased): escaped by the renderer. */
export interface TextPart {
  readonly kind: 'text';
  readonly text: string;
}

/** SSML the skill built itself (a routine's timed stretch): inserted as it is. */
export interface SsmlPart {
  readonly kind: 'ssml';
  readonly ssml: Ssml;
}

/** One piece of what is said; pieces are joined with spaces and capitalised as sentences. */
export type SpeechPart = MessagePart | TextPart | SsmlPart;

/** Plain text to be escaped and said. */
export function text(value: string): TextPart {
  return { kind: 'text', text: value };
}

/** Trusted SSML, said as it is. */
export function ssml(value: Ssml): SsmlPart {
  return { kind: 'ssml', ssml: value };
}

/**
 * A yes/no question the skill asked, waiting for the next turn's answer. It lives for one turn: the
 * renderer keeps it in the session, and the next turn reads it (lambda/core/request.ts).
 */
export interface PendingQuestion {
  /** `<capability>.<question>`, e.g. `routines.resume` or `restdays.logToday`. */
  readonly kind: `${string}.${string}`;
  /** Plain data the answering handler needs (a date, a routine's style). */
  readonly data?: Readonly<Record<string, string>>;
}

interface Spoken<S> {
  readonly speech: readonly SpeechPart[];
  /** What a screen shows with the speech; only rendered on devices with APL. */
  readonly screen?: S;
}

/** A statement: said, and the session ends. */
export interface TellAnswer<S = ScreenModel> extends Spoken<S> {
  readonly type: 'tell';
}

/** A question: said, the microphone stays open, and the reprompt plays after a silence. */
export interface AskAnswer<S = ScreenModel> extends Spoken<S> {
  readonly type: 'ask';
  readonly reprompt: readonly SpeechPart[];
  /** The yes/no question the next turn answers, when it is one. */
  readonly question?: PendingQuestion;
}

/**
 * Nothing said: the answer to a `SessionEndedRequest`, a skill event or `System.ExceptionEncountered`.
 * @see https://developer.amazon.com/en-US/docs/alexa/custom-skills/request-types-reference.html#sessionendedrequest
 */
export interface SilentAnswer {
  readonly type: 'silent';
}

/** What a handler returns. */
export type Answer<S = ScreenModel> = TellAnswer<S> | AskAnswer<S> | SilentAnswer;

const parts = (speech: SpeechPart | readonly SpeechPart[]): readonly SpeechPart[] =>
  'kind' in speech ? [speech] : speech;

/** A statement that ends the session. */
export function tell(...speech: SpeechPart[]): TellAnswer {
  return { type: 'tell', speech };
}

/** A question that keeps the session open, with its reprompt and, for yes/no, the pending question. */
export function ask(
  speech: SpeechPart | readonly SpeechPart[],
  reprompt: SpeechPart | readonly SpeechPart[],
  question?: PendingQuestion,
): AskAnswer {
  return { type: 'ask', speech: parts(speech), reprompt: parts(reprompt), ...(question ? { question } : {}) };
}

/** The empty answer. */
export function silent(): SilentAnswer {
  return { type: 'silent' };
}

/** Whether the answer ends the session. */
export function endsSession(answer: Answer<unknown>): boolean {
  return answer.type === 'tell';
}

/** A capability's handler: when it applies, and the answer it gives. */
export interface AnswerHandler {
  /** Whether this handler answers the request (built from ./predicates.ts). */
  canHandle(input: HandlerInput): boolean;
  handle(input: HandlerInput): Answer | Promise<Answer>;
}

/** The skill's error handler: the answer to a request whose handler failed. */
export interface AnswerErrorHandler {
  canHandle(input: HandlerInput, error: Error): boolean;
  handle(input: HandlerInput, error: Error): Answer;
}

/**
 * Runs after a handler answered and before the answer is rendered; may keep or save session state
 * (a routine another capability cut off is paused there).
 */
export type AnswerInterceptor = (input: HandlerInput, answer: Answer) => void | Promise<void>;
