import type { HandlerInput } from 'ask-sdk-core';
import { getSlotValue } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import type { SkillDeps } from '../../core/deps';
import { ask, questionOf, type PendingQuestion } from '../../core/session';
import { localNow } from '../../core/today';
import { speechOf } from '../../speech/i18n';
import { StoreUnavailableError } from '../../store/errors';
import { spokenDay } from '../say';

/** The Alexa user id (the partition of all their items). Never logged. */
export function userIdOf(input: HandlerInput): string {
  return input.requestEnvelope.context.System.user.userId;
}

/** A slot's raw value, or `undefined` when the slot is missing or empty. */
export function slotValue(input: HandlerInput, slot: string): string | undefined {
  if (input.requestEnvelope.request.type !== 'IntentRequest') return undefined;
  const value = getSlotValue(input.requestEnvelope, slot);
  return value ? value : undefined;
}

/** The user's local today (`YYYY-MM-DD`) and a formatter for dates relative to it. */
export interface Today {
  today: string;
  say: (date: string) => string;
}

/** The user's local today and a formatter for dates relative to it. */
export async function todayOf(input: HandlerInput, deps: SkillDeps): Promise<Today> {
  const { date } = await localNow(input, deps);
  const locale = speechOf(input).locale;
  return { today: date, say: (day: string) => spokenDay(day, date, locale) };
}

/** A statement: speak it and end the session (the session stays open only after a question). */
export function tell(input: HandlerInput, ...parts: string[]): Response {
  return input.responseBuilder.speak(sentences(parts)).withShouldEndSession(true).getResponse();
}

/** Joins sentences, each starting with a capital ("Done. yesterday is…" → "Done. Yesterday is…"). */
function sentences(parts: readonly string[]): string {
  return parts
    .join(' ')
    .replace(
      /(^|[.!?]\s+)(\p{Ll})/gu,
      (_match, before: string, letter: string) => before + letter.toLocaleUpperCase(),
    );
}

/** A question: speak it, keep listening, with a reprompt; a yes/no question is recorded for one turn. */
export function question(
  input: HandlerInput,
  speech: string,
  reprompt: string,
  pending?: PendingQuestion,
): Response {
  if (pending) ask(input, pending);
  return input.responseBuilder
    .speak(sentences([speech]))
    .reprompt(sentences([reprompt]))
    .withShouldEndSession(false)
    .getResponse();
}

/** The `date` stored with the pending question, when it is a `YYYY-MM-DD` string. */
export function questionDate(input: HandlerInput): string | undefined {
  const date = questionOf(input)?.data?.date;
  return typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : undefined;
}

/**
 * Runs a store call; a {@link StoreUnavailableError} (nothing written) becomes the `failed` answer
 * and a log line, anything else is rethrown to the error handler.
 */
export async function orFailure<T>(
  deps: SkillDeps,
  call: () => Promise<T>,
  failed: (error: StoreUnavailableError) => Response,
): Promise<{ ok: true; value: T } | { ok: false; response: Response }> {
  try {
    return { ok: true, value: await call() };
  } catch (error) {
    if (!(error instanceof StoreUnavailableError)) throw error;
    deps.logger.warn('Store unavailable', { operation: error.operation });
    return { ok: false, response: failed(error) };
  }
}
