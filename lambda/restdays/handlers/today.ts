import type { HandlerInput } from 'ask-sdk-core';
import type { SkillDeps } from '../../core/deps';
import { pendingQuestionOf, speechOf } from '../../core/request';
import { localNow } from '../../core/today';
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

/** The `date` kept with the pending question, when it is a `YYYY-MM-DD` string. */
export function questionDate(input: HandlerInput): string | undefined {
  const date = pendingQuestionOf(input)?.data?.date;
  return date !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : undefined;
}
