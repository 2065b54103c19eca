/**
 * A handler's unit test asserts its ANSWER: `answerOf` runs one handler on one request, prepared as the
 * skill prepares every turn (this turn's speech, the pending question taken from the session), and
 * returns the typed answer it gave, with the session attributes it left (none out of session); `keysOf` lists the messages
 * an answer says.
 */
import { AttributesManagerFactory, ResponseFactory, type HandlerInput } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import type { Answer, AnswerHandler, MessageKey, SpeechPart } from '../lambda/core/answer';
import type { Random } from '../lambda/core/deps';
import { beginTurn } from '../lambda/core/render';
import { localeOf } from '../lambda/core/request';
import { attributesOf } from '../lambda/core/session';
import { createI18n, speechFor } from '../lambda/speech/i18n';
import { seededRandom } from './skill';

/** A handler's answer, and the session attributes after it. */
export interface Answered {
  answer: Answer;
  sessionAttributes: Record<string, unknown>;
}

/** The handler input the ASK SDK would build for `envelope`. */
export function handlerInputFor(envelope: RequestEnvelope): HandlerInput {
  return {
    requestEnvelope: envelope,
    context: {},
    attributesManager: AttributesManagerFactory.init({ requestEnvelope: envelope }),
    responseBuilder: ResponseFactory.init(),
  };
}

/**
 * Runs `handler` on `envelope`; throws when the handler would not take the request (its `canHandle`
 * is false), so a test cannot pass on a handler that never ran.
 */
export async function answerOf(
  handler: AnswerHandler,
  envelope: RequestEnvelope,
  random: Random = seededRandom(),
): Promise<Answered> {
  const input = handlerInputFor(envelope);
  beginTurn(input, speechFor(createI18n(), localeOf(input), random));
  if (!handler.canHandle(input)) throw new Error(`The handler does not take this ${envelope.request.type}`);
  const answer = await handler.handle(input);
  return { answer, sessionAttributes: attributesOf(input) };
}

/** The keys of the messages among `parts`, in order (text and SSML parts have none). */
export function keysOf(parts: readonly SpeechPart[]): MessageKey[] {
  return parts.flatMap((part) => (part.kind === 'message' ? [part.key] : []));
}

/** The keys an answer says (none for a silent answer). */
export function spokenKeys(answer: Answer): MessageKey[] {
  return answer.type === 'silent' ? [] : keysOf(answer.speech);
}

/** The keys an answer's reprompt says (none unless it asks). */
export function repromptKeys(answer: Answer): MessageKey[] {
  return answer.type === 'ask' ? keysOf(answer.reprompt) : [];
}
