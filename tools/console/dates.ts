/**
 * Spoken dates, as the `AMAZON.DATE` slot type turns them into ISO-8601 values, relative to the
 * console clock in the device's time zone. Dates said without a year, bare weekdays and days of the
 * month resolve to the nearest such date on or after today, as Alexa does.
 * @see https://developer.amazon.com/en-US/docs/alexa/custom-skills/slot-type-reference.html#date
 */
import { DateTime } from 'luxon';
import { parseNumber, parseOrdinal } from './numbers';

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const SEASONS: Record<string, string> = {
  winter: 'WI',
  spring: 'SP',
  summer: 'SU',
  fall: 'FA',
  autumn: 'FA',
};
const OFFSETS: Record<string, number> = {
  this: 0,
  current: 0,
  next: 1,
  coming: 1,
  last: -1,
  previous: -1,
  past: -1,
};

const day = (date: DateTime): string => date.toISODate() ?? '';
const week = (date: DateTime): string => `${date.weekYear}-W${String(date.weekNumber).padStart(2, '0')}`;

/** The first date on or after `today` with the given day of month (1-31), skipping short months. */
function nextDayOfMonth(today: DateTime, dayOfMonth: number): DateTime | undefined {
  for (let months = 0; months < 13; months += 1) {
    const month = today.startOf('month').plus({ months });
    if (dayOfMonth > (month.daysInMonth ?? 0)) continue;
    const candidate = month.set({ day: dayOfMonth });
    if (candidate >= today.startOf('day')) return candidate;
  }
  return undefined;
}

/** "november twenty fifth", "25th of november", "nov 25 2026": a month and a day, maybe a year. */
function monthAndDay(text: string, today: DateTime): string | undefined {
  const monthPattern = MONTHS.map((m) => `${m}|${m.slice(0, 3)}`).join('|');
  const forms = [
    new RegExp(
      `^(?:on )?(?:the )?(${monthPattern}) (?:the )?(.+?)(?:,? (\\d{4}|(?:twenty|two thousand) .+))?$`,
    ),
    new RegExp(
      `^(?:on )?(?:the )?(.+?) (?:of )?(${monthPattern})(?:,? (\\d{4}|(?:twenty|two thousand) .+))?$`,
    ),
  ];
  for (const [index, form] of forms.entries()) {
    const match = form.exec(text);
    if (!match) continue;
    const monthWord = (index === 0 ? match[1] : match[2]) ?? '';
    const dayWords = (index === 0 ? match[2] : match[1]) ?? '';
    const month = MONTHS.findIndex((m) => m === monthWord || m.slice(0, 3) === monthWord) + 1;
    const dayOfMonth = parseOrdinal(dayWords) ?? parseNumber(dayWords);
    if (!dayOfMonth || dayOfMonth > 31) continue;
    const year = match[3] ? spokenYear(match[3]) : undefined;
    if (match[3] && year === undefined) continue;
    let date = DateTime.fromObject(
      { year: year ?? today.year, month, day: dayOfMonth },
      { zone: today.zone },
    );
    if (!date.isValid) continue;
    if (year === undefined && date < today.startOf('day')) date = date.plus({ years: 1 });
    return day(date);
  }
  return undefined;
}

/** "2026", "twenty twenty six", "two thousand twenty six". */
function spokenYear(text: string): number | undefined {
  if (/^\d{4}$/.test(text)) return Number(text);
  const pair = /^twenty (.+)$/.exec(text);
  if (pair?.[1] && !pair[1].startsWith('thousand')) {
    const rest = parseNumber(pair[1]);
    if (rest !== undefined && rest >= 10 && rest < 100) return 2000 + rest;
  }
  const whole = parseNumber(text);
  return whole !== undefined && whole >= 1000 && whole < 3000 ? whole : undefined;
}

/** Relative forms: today, weekdays, this/next/last week, weekend, month, year, season, "N days ago". */
function relative(text: string, today: DateTime): string | undefined {
  const fixed: Record<string, () => string> = {
    today: () => day(today),
    tonight: () => day(today),
    'this morning': () => day(today),
    'this evening': () => day(today),
    'this afternoon': () => day(today),
    yesterday: () => day(today.minus({ days: 1 })),
    tomorrow: () => day(today.plus({ days: 1 })),
    'the day before yesterday': () => day(today.minus({ days: 2 })),
    'day before yesterday': () => day(today.minus({ days: 2 })),
    'the day after tomorrow': () => day(today.plus({ days: 2 })),
    'day after tomorrow': () => day(today.plus({ days: 2 })),
    // "the weekend" on its own is the weekend of this week, as "this weekend" is.
    weekend: () => `${week(today)}-WE`,
    'the weekend': () => `${week(today)}-WE`,
    now: () => 'PRESENT_REF',
    'right now': () => 'PRESENT_REF',
  };
  const direct = fixed[text];
  if (direct) return direct();

  const weekday = /^(?:(this|next|last|coming|previous|past) )?(\w+?)s?$/.exec(text);
  const weekdayIndex = WEEKDAYS.indexOf(weekday?.[2] ?? '');
  if (weekday && weekdayIndex >= 0) {
    const which = weekday[1] ? (OFFSETS[weekday[1]] ?? 0) : 0;
    const target = weekdayIndex + 1;
    if (which < 0) return day(today.minus({ days: ((today.weekday - target + 6) % 7) + 1 }));
    const ahead = (target - today.weekday + 7) % 7;
    return day(today.plus({ days: which > 0 && ahead === 0 ? 7 : ahead }));
  }

  const period =
    /^(this|next|last|coming|previous|past|current) (week|weekend|month|year|winter|spring|summer|fall|autumn)$/.exec(
      text,
    );
  if (period) {
    const offset = OFFSETS[period[1] ?? ''] ?? 0;
    const unit = period[2] ?? '';
    if (unit === 'week') return week(today.plus({ weeks: offset }));
    if (unit === 'weekend') return `${week(today.plus({ weeks: offset }))}-WE`;
    if (unit === 'month') return today.plus({ months: offset }).toFormat('yyyy-MM');
    if (unit === 'year') return String(today.year + offset);
    return `${today.year + offset}-${SEASONS[unit] ?? ''}`;
  }

  const ago = /^(.+?) (day|week)s? ago$/.exec(text) ?? /^in (.+?) (day|week)s?$/.exec(text);
  if (ago) {
    const count = ago[1] === 'a' ? 1 : parseNumber(ago[1] ?? '');
    if (count === undefined) return undefined;
    const sign = text.endsWith('ago') ? -1 : 1;
    return day(today.plus({ [ago[2] === 'week' ? 'weeks' : 'days']: sign * count }));
  }
  return undefined;
}

/**
 * Resolves what the user said for an `AMAZON.DATE` slot to the value Alexa would send, or
 * `undefined` when it is not a date. `today` is the current instant in the device's time zone.
 */
export function resolveDate(spoken: string, today: DateTime): string | undefined {
  const text = spoken.toLowerCase().trim().replace(/\s+/g, ' ').replace(/^on /, '');
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return DateTime.fromISO(text).isValid ? text : undefined;
  if (/^\d{4}(-w\d{2}(-we)?|-\d{2})?$/.test(text)) return text.toUpperCase();
  const found = relative(text, today) ?? monthAndDay(text, today);
  if (found) return found;
  const month = MONTHS.indexOf(text.replace(/^(in|during) /, ''));
  if (month >= 0) {
    const year = month + 1 < today.month ? today.year + 1 : today.year;
    return `${year}-${String(month + 1).padStart(2, '0')}`;
  }
  const dayOfMonth = parseOrdinal(text);
  if (dayOfMonth && dayOfMonth <= 31) {
    const date = nextDayOfMonth(today, dayOfMonth);
    return date ? day(date) : undefined;
  }
  return spokenYear(text)?.toString();
}
