/**
 * Profile items read back: a paused routine is offered again only when every field it needs is
 * there, and a launch retried after its first attempt landed is rebuilt from the item that attempt
 * left (first contact or returning, the earlier visit, the routine handed over).
 */
import { parsePaused, replayedLaunch } from '../../../lambda/store/dynamo/profile-items';

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
