import type { HandlerInput } from 'ask-sdk-core';
import type { SkillDeps } from '../../core/deps';
import { dayNumber } from '../../core/calendar';
import { pendingQuestionOf, requestTimeOf, speechOf } from '../../core/request';
import { localNow } from '../../core/today';
import { PAST_LIMIT_DAYS } from '../dates';
import { spokenDay } from '../say';

/** The user's local today (`YYYY-MM-DD`) and a formatter for dates relative to it. */
export interface Today {
  today: string;
  /** "today", "yesterday", "Monday, November 23", in the request's language. */
  say: (date: string) => string;
}

/** The user's local today and a formatter for dates relative to it. */
export async function todayOf(input: HandlerInput, deps: SkillDeps): Promise<Today> {
  const { date } = await localNow(input, deps);
  const locale = speechOf(input).locale;
  return { today: date, say: (day: string) => spokenDay(day, date, locale) };
}

/**
 * The `date` kept with the pending question, re-validated (session attributes come back from the
 * client, so they are untrusted): a real calendar day (`2099-99-99` is not) that the question could
 * have been about, from {@link PAST_LIMIT_DAYS} days (and one for time zones) before the request's
 * UTC date to one day after it. Anything else is `undefined`, and the handler asks which day.
 */
export function questionDate(input: HandlerInput): string | undefined {
  const date = pendingQuestionOf(input)?.data?.date;
  if (date === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined;
  const day = dayNumber(date);
  if (day === undefined) return undefined;
  const requested = Math.floor(requestTimeOf(input) / 86_400_000);
  const daysBefore = requested - day;
  return daysBefore >= -1 && daysBefore <= PAST_LIMIT_DAYS + 1 ? date : undefined;
}
