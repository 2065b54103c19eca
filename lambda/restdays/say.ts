import { dayNumber, formatDay, relativeDay } from '../core/calendar';

const LONG_DAY: Intl.DateTimeFormatOptions = { weekday: 'long', month: 'long', day: 'numeric' };
const WEEKDAY: Intl.DateTimeFormatOptions = { weekday: 'long' };

/**
 * Dates as Alexa should say them, in the user's language: "today", "yesterday", or "Monday,
 * November 23". Names of days and months come from the runtime's Intl data, not from our messages.
 */
export function spokenDay(date: string, today: string, locale: string): string {
  const day = dayNumber(date);
  const base = dayNumber(today);
  if (day === undefined || base === undefined) return date;
  const ago = base - day;
  if (ago === 0 || ago === 1) return relativeDay(-ago, locale);
  return formatDay(date, locale, LONG_DAY);
}

/** A day's weekday name only ("Monday"), for days of the week being discussed. */
export function weekdayName(date: string, locale: string): string {
  return formatDay(date, locale, WEEKDAY);
}

const listFormats = new Map<string, Intl.ListFormat>();

/** "Monday, Tuesday and Friday", with the locale's list conjunction. */
export function spokenList(items: readonly string[], locale: string): string {
  let format = listFormats.get(locale);
  if (!format) {
    format = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
    listFormats.set(locale, format);
  }
  return format.format(items);
}
