import { DateTime } from 'luxon';

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
  const day = DateTime.fromISO(date, { zone: 'utc' });
  const monday = day.minus({ days: day.weekday - 1 });
  return {
    start: isoDate(monday),
    end: isoDate(monday.plus({ days: 6 })),
    daysLeft: 8 - day.weekday,
  };
}

/** `date` moved by `days` (negative: earlier). */
export function addDays(date: string, days: number): string {
  return isoDate(DateTime.fromISO(date, { zone: 'utc' }).plus({ days }));
}

function isoDate(day: DateTime): string {
  return day.toISODate() ?? '';
}
