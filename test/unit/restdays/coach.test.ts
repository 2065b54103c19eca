import { adviseToday, runningStreak, STREAK_LIMIT } from '../../../lambda/restdays/coach';

// Wednesday, November 25, 2026; the week is Monday 23 to Sunday 29.
const today = '2026-11-25';
const days = (...list: string[]) => list.map((d) => `2026-11-${d}`);

describe('adviseToday', () => {
  it('on a rest day, says so (no offer to log again)', () => {
    const advice = adviseToday({ today, restDays: days('25'), runDays: days('24', '23'), goal: 2 });
    expect(advice).toEqual({ kind: 'restedToday', offerRest: false });
  });

  it(`after ${STREAK_LIMIT} running days in a row, advises rest and offers to log it`, () => {
    const advice = adviseToday({
      today,
      restDays: days('19'),
      runDays: days('20', '21', '22', '23', '24'),
      goal: 2,
    });
    expect(advice).toEqual({ kind: 'streak', days: 5, offerRest: true });
  });

  it('counts a run already done today in the streak', () => {
    expect(runningStreak(today, new Set(days('21', '22', '23', '24', '25')))).toBe(5);
    expect(runningStreak(today, new Set(days('22', '24')))).toBe(1);
  });

  it('advises rest when the weekly goal needs every day that is left', () => {
    // Saturday with no rest days yet and a goal of two: Saturday and Sunday must both be rest days.
    const advice = adviseToday({ today: '2026-11-28', restDays: [], runDays: days('27'), goal: 2 });
    expect(advice).toEqual({ kind: 'behindGoal', rested: 0, goal: 2, daysLeft: 2, offerRest: true });
  });

  it('advises rest after a week of runs with no rest day', () => {
    const advice = adviseToday({ today, restDays: days('17'), runDays: days('19', '21', '23'), goal: 2 });
    expect(advice).toEqual({ kind: 'noRecentRest', offerRest: true });
  });

  it('with nothing logged, states the goal without inventing a history', () => {
    expect(adviseToday({ today, restDays: [], runDays: [], goal: 3 })).toEqual({
      kind: 'noData',
      goal: 3,
      offerRest: false,
    });
  });

  it('otherwise a run is fine, with where the week stands', () => {
    const advice = adviseToday({ today, restDays: days('23'), runDays: days('24'), goal: 2 });
    expect(advice).toEqual({ kind: 'runOk', rested: 1, goal: 2, offerRest: false });
  });

  it("a rest day before this Monday does not count toward this week's goal", () => {
    // Saturday: last Sunday's rest day is in the last seven days but not in this week.
    const advice = adviseToday({ today: '2026-11-28', restDays: days('22'), runDays: days('27'), goal: 2 });
    expect(advice).toEqual({ kind: 'behindGoal', rested: 0, goal: 2, daysLeft: 2, offerRest: true });
  });

  it('a rest day dated after today (logged where it was already tomorrow) does not count yet', () => {
    // Saturday, goal two, nothing rested up to today: Sunday's rest day alone cannot meet the goal.
    const saturday = adviseToday({ today: '2026-11-28', restDays: days('29'), runDays: days('27'), goal: 2 });
    expect(saturday).toEqual({ kind: 'behindGoal', rested: 0, goal: 2, daysLeft: 2, offerRest: true });
    // Nor as a recent rest day: runs and no rest up to today.
    const wednesday = adviseToday({ today, restDays: days('26'), runDays: days('24'), goal: 1 });
    expect(wednesday).toEqual({ kind: 'noRecentRest', offerRest: true });
  });

  it('on a Saturday one rest day short of the goal, a run is fine: Sunday is still left', () => {
    const advice = adviseToday({ today: '2026-11-28', restDays: days('23'), runDays: days('27'), goal: 2 });
    expect(advice).toEqual({ kind: 'runOk', rested: 1, goal: 2, offerRest: false });
  });

  it('a rest day six days ago still counts as recent', () => {
    const advice = adviseToday({ today, restDays: days('19'), runDays: days('21', '23'), goal: 2 });
    expect(advice).toEqual({ kind: 'runOk', rested: 0, goal: 2, offerRest: false });
  });

  it('a run done today, with no rest day in the last seven days, advises rest', () => {
    const advice = adviseToday({ today, restDays: [], runDays: days('25'), goal: 2 });
    expect(advice).toEqual({ kind: 'noRecentRest', offerRest: true });
  });

  it('a recent rest day and no runs: a run is fine, with where the week stands', () => {
    const advice = adviseToday({ today, restDays: days('24'), runDays: [], goal: 2 });
    expect(advice).toEqual({ kind: 'runOk', rested: 1, goal: 2, offerRest: false });
  });

  it('a day with both a rest day and a routine counts as rest, not as a run', () => {
    const advice = adviseToday({
      today,
      restDays: days('22'),
      runDays: days('20', '21', '22', '23', '24'),
      goal: 1,
    });
    expect(advice.kind).not.toBe('streak');
  });
});
