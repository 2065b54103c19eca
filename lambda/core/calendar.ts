/**
 * Calendar days (`YYYY-MM-DD`) and the user's local date through the platform's `Intl`, which has
 * every IANA time zone and every locale's day and month names. Formatters are made once per
 * container and kept: making an `Intl.DateTimeFormat` costs far more than using one.
 */

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const zoneFormats = new Map<string, Intl.DateTimeFormat | null>();

/** A formatter of the numeric date in `zone`, or `null` when the zone is not a valid IANA zone. */
function zoneFormat(zone: string): Intl.DateTimeFormat | null {
  let format = zoneFormats.get(zone);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
      });
    } catch {
      format = null;
    }
    if (zoneFormats.size < 1000) zoneFormats.set(zone, format);
  }
  return format;
}

/** `true` when `zone` is an IANA time zone this runtime knows (`America/New_York`, `UTC`, …). */
export function isValidZone(zone: string): boolean {
  return zone !== '' && zoneFormat(zone) !== null;
}

/**
 * The calendar date (`YYYY-MM-DD`) of the instant `epochMs` in `zone`.
 * @throws RangeError when `zone` is not a valid IANA zone.
 */
export function dateInZone(epochMs: number, zone: string): string {
  const format = zoneFormat(zone);
  if (!format) throw new RangeError(`Not a time zone: ${zone}`);
  let year = '';
  let month = '';
  let day = '';
  for (const part of format.formatToParts(epochMs)) {
    if (part.type === 'year') year = part.value;
    else if (part.type === 'month') month = part.value;
    else if (part.type === 'day') day = part.value;
  }
  return `${year.padStart(4, '0')}-${month}-${day}`;
}

/** `Date.UTC` for every year, 0–99 included (which `Date.UTC` reads as 1900–1999). */
function utc(year: number, monthIndex: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date.getTime();
}

/** Days since 1970-01-01 of a `YYYY-MM-DD` date, or `undefined` when it is not a real date. */
export function dayNumber(date: string): number | undefined {
  const match = ISO_DATE.exec(date);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = utc(year, month - 1, day);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day)
    return undefined;
  return ms / MS_PER_DAY;
}

/** The `YYYY-MM-DD` date of a day number ({@link dayNumber}). */
export function dateOfDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().split('T')[0] ?? '';
}

/** The ISO weekday of a day number: 1 Monday … 7 Sunday. */
export function isoWeekday(day: number): number {
  // 1970-01-01 was a Thursday (4).
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/**
 * `date` moved back by whole months, the day of the month kept or, where that month is shorter,
 * clamped to its last day (March 31 minus one month is February 28). Twelve months is a year.
 */
export function minusMonths(date: string, months: number): string | undefined {
  const match = ISO_DATE.exec(date);
  if (!match || dayNumber(date) === undefined) return undefined;
  const index = Number(match[1]) * 12 + Number(match[2]) - 1 - months;
  const year = Math.floor(index / 12);
  const month = index - year * 12;
  const lastDay = new Date(utc(year, month + 1, 0)).getUTCDate();
  const ms = utc(year, month, Math.min(Number(match[3]), lastDay));
  return new Date(ms).toISOString().split('T')[0] ?? '';
}

/** The day of the month of a `YYYY-MM-DD` date. */
export function dayOfMonth(date: string): number {
  return Number(date.slice(8, 10));
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A calendar date in words of `locale` (`{ weekday: 'long' }` → "Monday"), as a date, not an
 * instant: no zone moves it to another day.
 */
export function formatDay(date: string, locale: string, options: Intl.DateTimeFormatOptions): string {
  const day = dayNumber(date);
  if (day === undefined) return date;
  const id = `${locale}|${JSON.stringify(options)}`;
  let format = dayFormats.get(id);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    dayFormats.set(id, format);
  }
  return format.format(day * MS_PER_DAY);
}

const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();

/** `days` from today in words of `locale`, calendar style: "today", "yesterday", "tomorrow". */
export function relativeDay(days: number, locale: string): string {
  let format = relativeFormats.get(locale);
  if (!format) {
    format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    relativeFormats.set(locale, format);
  }
  return format.format(days, 'day');
}
