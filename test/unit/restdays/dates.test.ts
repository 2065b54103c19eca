import { interpretDate, PAST_LIMIT_DAYS } from '../../../lambda/restdays/dates';

// Wednesday, November 25, 2026 in the user's zone.
const TODAY = '2026-11-25';

describe('interpretDate: every AMAZON.DATE form', () => {
  it.each([undefined, '', 'PRESENT_REF', 'present_ref'])('%p (no date, "now") means today', (value) => {
    expect(interpretDate(value, TODAY)).toEqual({ kind: 'day', date: TODAY });
  });

  it.each([
    ['today', '2026-11-25'],
    ['yesterday', '2026-11-24'],
    ['a day last week', '2026-11-17'],
  ])('a past or present day (%s) is that day', (_said, value) => {
    expect(interpretDate(value, TODAY)).toEqual({ kind: 'day', date: value });
  });

  it.each([
    ['friday', '2026-11-27', '2026-11-20'],
    ['saturday', '2026-11-28', '2026-11-21'],
    ['monday', '2026-11-30', '2026-11-23'],
    ['tuesday', '2026-12-01', '2026-11-24'],
    ['wednesday (said on a wednesday)', '2026-12-02', '2026-11-25'],
  ])(
    'a bare weekday (%s) that Alexa resolved forward means the most recent one',
    (_said, resolved, meant) => {
      expect(interpretDate(resolved, TODAY)).toEqual({ kind: 'day', date: meant, shiftedFrom: resolved });
    },
  );

  it("tomorrow (or tomorrow's weekday name) asks whether last week's day was meant", () => {
    expect(interpretDate('2026-11-26', TODAY)).toEqual({
      kind: 'confirm',
      date: '2026-11-19',
      resolved: '2026-11-26',
    });
  });

  it('"the twenty fourth", resolved to next month, asks about this month\'s', () => {
    expect(interpretDate('2026-12-24', TODAY)).toEqual({
      kind: 'confirm',
      date: '2026-11-24',
      resolved: '2026-12-24',
    });
  });

  it("a date without a year, resolved to next year, asks about this year's", () => {
    expect(interpretDate('2027-11-20', TODAY)).toEqual({
      kind: 'confirm',
      date: '2026-11-20',
      resolved: '2027-11-20',
    });
  });

  it.each(['2027-06-01', '2026-12-31', '2030-01-01'])('a future day (%s) is declined', (value) => {
    expect(interpretDate(value, TODAY)).toEqual({ kind: 'future', date: value });
  });

  it(`logs up to ${PAST_LIMIT_DAYS} days back and declines older days`, () => {
    expect(PAST_LIMIT_DAYS).toBe(60);
    expect(interpretDate('2026-09-26', TODAY)).toEqual({ kind: 'day', date: '2026-09-26' });
    expect(interpretDate('2026-09-25', TODAY)).toEqual({ kind: 'tooOld', date: '2026-09-25' });
    expect(interpretDate('2019-03-02', TODAY)).toEqual({ kind: 'tooOld', date: '2019-03-02' });
  });

  it("a day of the month a month ahead, on today's day of the month, asks whether today was meant", () => {
    expect(interpretDate('2026-12-25', TODAY)).toEqual({
      kind: 'confirm',
      date: TODAY,
      resolved: '2026-12-25',
    });
  });

  it(`a date without a year asks about this year's when that is exactly ${PAST_LIMIT_DAYS} days back, and declines one day more`, () => {
    // "september twenty sixth", resolved to next September: this year's was 60 days ago.
    expect(interpretDate('2027-09-26', TODAY)).toEqual({
      kind: 'confirm',
      date: '2026-09-26',
      resolved: '2027-09-26',
    });
    expect(interpretDate('2027-09-25', TODAY)).toEqual({ kind: 'future', date: '2027-09-25' });
  });

  it('"the thirty first", when last month had no 31st, is not taken for its last day', () => {
    // Saturday, December 5: the next 31st is December 31; November ended on the 30th.
    expect(interpretDate('2026-12-31', '2026-12-05')).toEqual({ kind: 'future', date: '2026-12-31' });
  });

  it('a value with spaces around it is still read as its date', () => {
    expect(interpretDate(' 2026-11-24 ', TODAY)).toEqual({ kind: 'day', date: '2026-11-24' });
  });

  it.each([
    ['this week', '2026-W48', 'week'],
    ['last week', '2026-W47', 'week'],
    ['this weekend', '2026-W48-WE', 'weekend'],
    ['last weekend', '2026-W47-WE', 'weekend'],
    ['this month', '2026-11', 'month'],
    ['november', 'XXXX-11', 'month'],
    ['this winter', '2026-WI', 'season'],
    ['last fall', '2026-FA', 'season'],
    ['spring', '2027-SP', 'season'],
    ['summer', '2026-SU', 'season'],
    ['this year', '2026', 'year'],
    ['the twenties', '202X', 'decade'],
    ['this century', '20XX', 'decade'],
  ])('%s (%s) is a %s: ask which day', (_said, value, span) => {
    expect(interpretDate(value, TODAY)).toEqual({ kind: 'span', span });
  });

  it.each(['?', 'garbage', '2026-13-45', '2026-02-30', 'XXXX-XX-XX', '2026-11-25T10:00'])(
    'an unresolved value (%p) asks',
    (value) => {
      expect(interpretDate(value, TODAY)).toEqual({ kind: 'unknown' });
    },
  );

  it('works across a year boundary', () => {
    // Friday, January 1, 2027: "monday" resolves to January 4, meaning December 28.
    expect(interpretDate('2027-01-04', '2027-01-01')).toEqual({
      kind: 'day',
      date: '2026-12-28',
      shiftedFrom: '2027-01-04',
    });
    expect(interpretDate('2026-12-31', '2027-01-01')).toEqual({ kind: 'day', date: '2026-12-31' });
  });
});
