/**
 * Profile items read back: a paused routine is offered again only when every field it needs is
 * there, and a launch retried after its first attempt landed is rebuilt from the item that attempt
 * left (first contact or returning, the earlier visit, the routine handed over).
 */
import {
  launchRecord,
  parsePaused,
  parseProfile,
  parseRestDayGoal,
  replayedLaunch,
} from '../../../lambda/store/dynamo/profile-items';

const PAUSED = {
  routineId: 'warmup.walk',
  length: 'full',
  step: 2,
  offset: 30,
  easier: ['hamstring-stretch'],
  pausedAt: '2026-11-25T17:50:00.000Z',
};
const NOW = '2026-11-26T07:00:00.000Z';

describe('a stored paused routine', () => {
  it('with every field is offered again as stored', () => {
    expect(parsePaused(PAUSED)).toEqual(PAUSED);
  });

  it.each(['routineId', 'length', 'step', 'offset', 'pausedAt'])(
    'without a usable %s is not offered',
    (field) => {
      expect(
        parsePaused({ ...PAUSED, [field]: field === 'step' || field === 'offset' ? '2' : 7 }),
      ).toBeUndefined();
    },
  );

  it('keeps only the exercise ids among its easier versions, and none when the list is missing', () => {
    expect(parsePaused({ ...PAUSED, easier: ['hamstring-stretch', 3, null] })?.easier).toEqual([
      'hamstring-stretch',
    ]);
    expect(parsePaused({ ...PAUSED, easier: 'hamstring-stretch' })?.easier).toEqual([]);
  });

  it('that is not an object is not offered', () => {
    expect(parsePaused(null)).toBeUndefined();
    expect(parsePaused('warmup.walk')).toBeUndefined();
  });
});

describe('a stored profile', () => {
  it.each([1, 7])('keeps a weekly goal of %d', (goal) => {
    expect(parseRestDayGoal({ restDayGoal: goal })).toBe(goal);
  });

  it('without an item has no weekly goal', () => {
    expect(parseRestDayGoal(undefined)).toBeUndefined();
  });

  it.each([0, 8, 2.5, '3', -1])('drops a weekly goal of %p', (goal) => {
    expect(parseRestDayGoal({ restDayGoal: goal })).toBeUndefined();
  });

  it('drops fields of the wrong type and counts a broken launch count as none', () => {
    const item = {
      firstSeenAt: 1,
      lastVisitAt: null,
      launchCount: 2.5,
      painReportedAt: true,
      pausedRoutine: {},
    };
    expect(parseProfile(item)).toStrictEqual({ launchCount: 0, restDayGoal: undefined });
    expect(parseProfile({ launchCount: '3' })?.launchCount).toBe(0);
    expect(parseProfile({ launchCount: -2 })?.launchCount).toBe(0);
  });

  it('reads back every field it holds', () => {
    const item = {
      firstSeenAt: '2026-11-01T07:00:00.000Z',
      lastVisitAt: '2026-11-20T07:00:00.000Z',
      launchCount: 3,
      restDayGoal: 2,
      pausedRoutine: PAUSED,
      painReportedAt: '2026-11-20T07:05:00.000Z',
    };
    expect(parseProfile(item)).toStrictEqual(item);
  });
});

describe('a launch read from the item its write replaced', () => {
  it('with no item before is a first contact, counted once', () => {
    expect(launchRecord(undefined, NOW)).toStrictEqual({
      firstContact: true,
      previous: undefined,
      current: { firstSeenAt: NOW, lastVisitAt: NOW, launchCount: 1, restDayGoal: undefined },
    });
  });

  it('of a returning user keeps the first visit, the goal and the pain watch, and counts one more', () => {
    const before = {
      firstSeenAt: '2026-11-01T07:00:00.000Z',
      lastVisitAt: '2026-11-20T07:00:00.000Z',
      launchCount: 3,
      restDayGoal: 2,
      painReportedAt: '2026-11-20T07:05:00.000Z',
    };
    const record = launchRecord(before, NOW);
    expect(record.firstContact).toBe(false);
    expect(record.previous).toStrictEqual(before);
    expect(record.current).toStrictEqual({
      firstSeenAt: '2026-11-01T07:00:00.000Z',
      lastVisitAt: NOW,
      launchCount: 4,
      restDayGoal: 2,
      painReportedAt: '2026-11-20T07:05:00.000Z',
    });
  });

  it('of a profile a one-shot request made (no launch data) is its first launch, not a first contact', () => {
    const record = launchRecord({ restDayGoal: 3 }, NOW);
    expect(record.firstContact).toBe(false);
    expect(record.current).toStrictEqual({
      firstSeenAt: NOW,
      lastVisitAt: NOW,
      launchCount: 1,
      restDayGoal: 3,
    });
  });
});

describe('a retried launch rebuilt from the item its first attempt left', () => {
  it('without the item, or with no launch counted on it, is a first contact counted once', () => {
    const first = {
      firstContact: true,
      previous: undefined,
      current: { firstSeenAt: NOW, lastVisitAt: NOW, launchCount: 1 },
    };
    expect(replayedLaunch(undefined, 'launch-1', NOW)).toEqual(first);
    expect(replayedLaunch({ pk: 'USER#u', sk: 'PROFILE', launchCount: 0 }, 'launch-1', NOW)).toEqual(first);
  });

  it('that created the item is a first contact with what the item holds', () => {
    const item = {
      firstSeenAt: NOW,
      lastVisitAt: NOW,
      launchCount: 1,
      createdBy: 'launch-1',
      restDayGoal: 3,
    };
    expect(replayedLaunch(item, 'launch-1', NOW)).toEqual({
      firstContact: true,
      previous: undefined,
      current: { firstSeenAt: NOW, lastVisitAt: NOW, launchCount: 1, restDayGoal: 3 },
    });
  });

  it('of a returning user gives back the earlier count, first visit, pain watch and the routine handed over', () => {
    const item = {
      firstSeenAt: '2026-11-01T07:00:00.000Z',
      lastVisitAt: NOW,
      launchCount: 4,
      createdBy: 'launch-0',
      painReportedAt: '2026-11-20T07:00:00.000Z',
      handedOver: PAUSED,
    };
    const record = replayedLaunch(item, 'launch-4', NOW);
    expect(record.firstContact).toBe(false);
    expect(record.previous).toEqual({
      firstSeenAt: '2026-11-01T07:00:00.000Z',
      launchCount: 3,
      restDayGoal: undefined,
      painReportedAt: '2026-11-20T07:00:00.000Z',
      pausedRoutine: PAUSED,
    });
    expect(record.current.launchCount).toBe(4);
  });

  it('whose item a one-shot request made (one launch counted now) has no earlier visit', () => {
    const item = {
      firstSeenAt: NOW,
      lastVisitAt: NOW,
      launchCount: 1,
      createdBy: 'req-one-shot',
      handedOver: PAUSED,
    };
    expect(replayedLaunch(item, 'launch-1', NOW).previous).toEqual({
      launchCount: 0,
      restDayGoal: undefined,
      pausedRoutine: PAUSED,
    });
  });

  it('of a profile with no first visit stored gives none back', () => {
    const item = { lastVisitAt: NOW, launchCount: 3, createdBy: 'req-old' };
    expect(replayedLaunch(item, 'launch-3', NOW).previous).toEqual({
      launchCount: 2,
      restDayGoal: undefined,
    });
  });
});
