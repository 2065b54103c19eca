import { dateOfDay, dayNumber, dayOfMonth, minusMonths } from '../core/calendar';

/**
 * How far back a rest day may be logged or removed. Older days are declined (and the limit said), so
 * a mis-heard year cannot quietly change last spring's log.
 */
export const PAST_LIMIT_DAYS = 60;

/** A span `AMAZON.DATE` can resolve to that is not one day: the skill asks which day. */
export type DateSpan = 'week' | 'weekend' | 'month' | 'season' | 'year' | 'decade';

/** What a spoken date means for logging or removing a rest day. */
export type SpokenDate =
  /** One day the user can log: `shiftedFrom` is the forward date Alexa resolved, when we moved it back. */
  | { kind: 'day'; date: string; shiftedFrom?: string }
  /** Alexa resolved a future date that probably means a past one (a day of the month, a date without year). */
  | { kind: 'confirm'; date: string; resolved: string }
  /** A span rather than a day: ask which day. */
  | { kind: 'span'; span: DateSpan }
  /** A future day: decline kindly. */
  | { kind: 'future'; date: string }
  /** Older than {@link PAST_LIMIT_DAYS}: decline, saying the limit. */
  | { kind: 'tooOld'; date: string }
  /** Empty or not a date: ask. */
  | { kind: 'unknown' };

const SEASONS = new Set(['SP', 'SU', 'FA', 'WI']);

/**
 * Interprets an `AMAZON.DATE` slot value against the user's local today (`YYYY-MM-DD` in their zone).
 * No value means today ("log a rest day").
 *
 * Alexa resolves dates "on or after the current date": a bare weekday ("monday") becomes the coming
 * one, "the twenty fourth" the next 24th, "november twentieth" the next November 20. Rest days are
 * logged after the fact, so the resolved date is compared with today:
 * - 2 to 7 days ahead: a bare weekday; the most recent past one is meant (7 days earlier; said on a
 *   Monday, "monday" means today).
 * - exactly 1 day ahead: "tomorrow" or tomorrow's weekday name; AMAZON.DATE cannot tell them apart,
 *   so the user is asked whether they meant that weekday last week.
 * - further ahead: a day of the month or a date without year; if the same day a month or a year
 *   earlier is within {@link PAST_LIMIT_DAYS}, the user is asked to confirm it; otherwise it is a future day.
 * @see https://developer.amazon.com/en-US/docs/alexa/custom-skills/slot-type-reference.html#date
 */
export function interpretDate(value: string | undefined, today: string): SpokenDate {
  const raw = (value ?? '').trim().toUpperCase();
  if (raw === '' || raw === 'PRESENT_REF') return { kind: 'day', date: today };
  const span = spanOf(raw);
  if (span) return { kind: 'span', span };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(raw)) return { kind: 'unknown' };
  const day = dayNumber(raw);
  const base = dayNumber(today);
  if (day === undefined || base === undefined) return { kind: 'unknown' };
  const ahead = day - base;
  if (ahead <= 0) return withinLimit(raw, -ahead);
  if (ahead === 1) return { kind: 'confirm', date: dateOfDay(day - 7), resolved: raw };
  if (ahead <= 7) return { kind: 'day', date: dateOfDay(day - 7), shiftedFrom: raw };
  for (const earlier of [minusMonths(raw, 1), minusMonths(raw, 12)]) {
    const earlierDay = earlier === undefined ? undefined : dayNumber(earlier);
    if (earlier === undefined || earlierDay === undefined) continue;
    const back = base - earlierDay;
    if (dayOfMonth(earlier) === dayOfMonth(raw) && back >= 0 && back <= PAST_LIMIT_DAYS) {
      return { kind: 'confirm', date: earlier, resolved: raw };
    }
  }
  return { kind: 'future', date: raw };
}

function withinLimit(date: string, daysAgo: number): SpokenDate {
  return daysAgo > PAST_LIMIT_DAYS ? { kind: 'tooOld', date } : { kind: 'day', date };
}

/** The non-day forms: `2026-W48`, `2026-W48-WE`, `2026-11`, `2026-WI`, `2026`, `202X`, `XXXX-…`. */
function spanOf(raw: string): DateSpan | undefined {
  if (/^(\d{4}|XXXX)-W(\d{2}|XX)-WE$/.test(raw)) return 'weekend';
  if (/^(\d{4}|XXXX)-W(\d{2}|XX)$/.test(raw)) return 'week';
  if (/^(\d{4}|XXXX)-(\d{2}|XX)$/.test(raw)) return 'month';
  const season = /^(\d{4}|XXXX)-([A-Z]{2})$/.exec(raw);
  if (season?.[2] && SEASONS.has(season[2])) return 'season';
  if (/^\d{4}$/.test(raw)) return 'year';
  if (/^\d{3}X$/.test(raw) || /^\d{2}XX$/.test(raw)) return 'decade';
  return undefined;
}
