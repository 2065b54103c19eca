import { DateTime } from 'luxon';
import { resolveDate } from '../../../tools/console/dates';
import { THURSDAY } from './fixture';

describe('AMAZON.DATE relative to Thursday 2026-11-26 in New York', () => {
  it.each([
    ['today', '2026-11-26'],
    ['yesterday', '2026-11-25'],
    ['tomorrow', '2026-11-27'],
    ['the day before yesterday', '2026-11-24'],
    ['day after tomorrow', '2026-11-28'],
    ['now', 'PRESENT_REF'],
    ['monday', '2026-11-30'],
    ['friday', '2026-11-27'],
    ['thursday', '2026-11-26'],
    ['next thursday', '2026-12-03'],
    ['last monday', '2026-11-23'],
    ['last thursday', '2026-11-19'],
    ['november twenty fifth', '2027-11-25'],
    ['november twenty sixth', '2026-11-26'],
    ['december first', '2026-12-01'],
    ['the twenty fifth of december', '2026-12-25'],
    ['november 25th 2026', '2026-11-25'],
    ['november twenty fifth twenty twenty six', '2026-11-25'],
    ['the twenty seventh', '2026-11-27'],
    ['the twenty fourth', '2026-12-24'],
    ['2026-11-20', '2026-11-20'],
    ['this week', '2026-W48'],
    ['last week', '2026-W47'],
    ['next week', '2026-W49'],
    ['this weekend', '2026-W48-WE'],
    ['next weekend', '2026-W49-WE'],
    ['this month', '2026-11'],
    ['next month', '2026-12'],
    ['last month', '2026-10'],
    ['this year', '2026'],
    ['next year', '2027'],
    ['this winter', '2026-WI'],
    ['march', '2027-03'],
    ['december', '2026-12'],
    ['three days ago', '2026-11-23'],
    ['in two days', '2026-11-28'],
    ['a week ago', '2026-11-19'],
  ])('"%s" is %s', (said, value) => {
    expect(resolveDate(said, THURSDAY)).toBe(value);
  });

  it.each(['banana', 'the forty second', 'february thirtieth twenty twenty six', 'soon'])(
    '"%s" is no date',
    (said) => {
      expect(resolveDate(said, THURSDAY)).toBeUndefined();
    },
  );

  it('uses the device time zone: late evening in New York is still the previous UTC day', () => {
    const lateInNewYork = DateTime.fromISO('2026-11-27T03:30:00Z').setZone('America/New_York');
    expect(resolveDate('today', lateInNewYork)).toBe('2026-11-26');
    expect(resolveDate('today', lateInNewYork.setZone('Europe/Berlin'))).toBe('2026-11-27');
  });

  it('crosses the year for ISO weeks', () => {
    const newYear = DateTime.fromISO('2027-01-01T12:00:00', { zone: 'UTC' });
    expect(resolveDate('this week', newYear)).toBe('2026-W53');
  });
});
