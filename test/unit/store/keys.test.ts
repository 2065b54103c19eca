import { dayBound, profileKey, recentRange, restDayKey, routineKey } from '../../../lambda/store/keys';

describe('keys', () => {
  it('every day item of a date range sorts between its bounds', () => {
    const from = dayBound('2026-11-23', 'start');
    const to = dayBound('2026-11-29', 'end');
    for (const { sk } of [
      restDayKey('u', '2026-11-23'),
      routineKey('u', '2026-11-29', '2026-11-29T23:59:59.999Z'),
    ]) {
      expect(sk >= from && sk <= to).toBe(true);
    }
    expect(restDayKey('u', '2026-11-30').sk > to).toBe(true);
    expect(restDayKey('u', '2026-11-22').sk < from).toBe(true);
  });

  it('recentRange reaches from a date to the profile item, which sorts after every day', () => {
    const { from, to } = recentRange('2026-11-19');
    expect(to).toBe(profileKey('u').sk);
    expect(restDayKey('u', '9999-12-31').sk < to).toBe(true);
    expect(routineKey('u', '9999-12-31', '9999-12-31T23:59:59Z').sk < to).toBe(true);
    expect(restDayKey('u', '2026-11-18').sk < from).toBe(true);
    expect(restDayKey('u', '2026-11-19').sk >= from).toBe(true);
  });
});
