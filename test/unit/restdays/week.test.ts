import { addDays, weekOf } from '../../../lambda/restdays/week';

describe('weekOf: this week is Monday to Sunday of the local date', () => {
  it.each([
    ['Monday', '2026-11-23', 7],
    ['Wednesday', '2026-11-25', 5],
    ['Saturday', '2026-11-28', 2],
    ['Sunday', '2026-11-29', 1],
  ])('a %s belongs to the week of Monday the 23rd', (_day, date, daysLeft) => {
    expect(weekOf(date)).toEqual({ start: '2026-11-23', end: '2026-11-29', daysLeft });
  });

  it('the next Monday starts the next week', () => {
    expect(weekOf('2026-11-30')).toEqual({ start: '2026-11-30', end: '2026-12-06', daysLeft: 7 });
  });

  it('a week can span two years', () => {
    expect(weekOf('2027-01-01')).toEqual({ start: '2026-12-28', end: '2027-01-03', daysLeft: 3 });
  });

  it('a week spanning a DST change still has seven days', () => {
    // US clocks go back on Sunday, November 1, 2026.
    expect(weekOf('2026-11-01')).toEqual({ start: '2026-10-26', end: '2026-11-01', daysLeft: 1 });
    expect(addDays('2026-10-26', 6)).toBe('2026-11-01');
  });

  it('adds days across months, leap years and weeks', () => {
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addDays('2026-11-25', -7)).toBe('2026-11-18');
  });

  it.each(['2026-02-30', '2026-13-01', 'tomorrow'])(
    'a date that is not a calendar day (%s) gives no week and no day, never a made-up one',
    (date) => {
      expect(weekOf(date)).toEqual({ start: '', end: '', daysLeft: 0 });
      expect(addDays(date, 1)).toBe('');
    },
  );
});
