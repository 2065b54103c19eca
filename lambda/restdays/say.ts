import { DateTime } from 'luxon';

/**
 * Dates as Alexa should say them, in the user's language: "today", "yesterday", or "Monday,
 * November 23". Names of days and months come from the runtime's Intl data, not from our messages.
 */
export function spokenDay(date: string, today: string, locale: string): string {
  const day = DateTime.fromISO(date, { zone: 'utc' }).setLocale(locale);
  const base = DateTime.fromISO(today, { zone: 'utc' }).setLocale(locale);
  const ago = Math.round(base.diff(day, 'days').days);
  if (ago === 0 || ago === 1) return day.toRelativeCalendar({ base, unit: 'days' }) ?? date;
  return day.toLocaleString({ weekday: 'long', month: 'long', day: 'numeric' });
}

/** A day's weekday name only ("Monday"), for days of the week being discussed. */
export function weekdayName(date: string, locale: string): string {
  return DateTime.fromISO(date, { zone: 'utc' }).setLocale(locale).toLocaleString({ weekday: 'long' });
}

/** "Monday, Tuesday and Friday", with the locale's list conjunction. */
export function spokenList(items: readonly string[], locale: string): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}
