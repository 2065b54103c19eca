import { dateOfDay, dayNumber, isoWeekday } from '../core/calendar';

/**
 * "This week" is the ISO week of the user's local date: Monday to Sunday. Every answer uses this one
 * definition and says which days it covers.
 */
export interface Week {
  /** Monday, `YYYY-MM-DD`. */
  start: string;
  /** Sunday, `YYYY-MM-DD`. */
  end: string;
  /** Days of the week from `date` to Sunday, `date` included. */
  daysLeft: number;
}

/** The Monday–Sunday week containing `date` (`YYYY-MM-DD`, the user's local date). */
export function weekOf(date: string): Week {
  const day = dayNumber(date);
  if (day === undefined) return { start: '', end: '', daysLeft: 0 };
  const weekday = isoWeekday(day);
  const monday = day - (weekday - 1);
  return { start: dateOfDay(monday), end: dateOfDay(monday + 6), daysLeft: 8 - weekday };
}

/** `date` moved by `days` (negative: earlier). */
export function addDays(date: string, days: number): string {
  const day = dayNumber(date);
  return day === undefined ? '' : dateOfDay(day + days);
}
