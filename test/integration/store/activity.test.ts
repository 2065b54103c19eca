import { createDocumentClient, createDynamoStore } from '../../../lambda/store/dynamo';
import { StoreUnavailableError, UserErasedError } from '../../../lambda/store/errors';
import { createMemoryStore } from '../../../lambda/store/memory';
import type { PausedRoutine, Store } from '../../../lambda/store/port';
import { LOCAL_CLIENT_CONFIG } from '../../../harness/dynamo';
import { backends, unreachableStore, useLocalStore } from '../backends';

const rest = (date: string) => ({ date, loggedAt: `${date}T21:00:00.000Z` });
let requests = 0;
/** A fresh request id, as each Alexa request has. */
const req = () => `amzn1.echo-api.request.activity-${(requests += 1)}`;
const PAUSED: PausedRoutine = {
  routineId: 'warmup.walk',
  length: 'full',
  step: 2,
  offset: 30,
  easier: [],
  pausedAt: '2026-11-19T17:50:00.000Z',
};
const warmup = (date: string, at = '07:00') => ({
  date,
  kind: 'warmup' as const,
  routineId: 'quick',
  completedAt: `${date}T${at}:00.000Z`,
});

/** What every implementation of the port answers: both DynamoDB backends and the in-memory store. */
function activityContract(store: () => Store): void {
  it('logs a rest day once: the second log is "already-logged" and stores nothing more', async () => {
    expect(await store().activity.logRestDay('log-user', rest('2026-11-24'), req())).toEqual({
      outcome: 'logged',
      firstContact: true,
    });
    expect(
      await store().activity.logRestDay('log-user', { ...rest('2026-11-24'), loggedAt: 'later' }, req()),
    ).toEqual({ outcome: 'already-logged', firstContact: false });
    const { restDays } = await store().activity.history('log-user', '2026-11-01', '2026-11-30');
    expect(restDays).toEqual([rest('2026-11-24')]);
  });

  it('a week query returns that week only, rest days and routines, oldest first, bounds included', async () => {
    for (const date of ['2026-11-26', '2026-11-30', '2026-11-23', '2026-11-22', '2026-11-29'])
      await store().activity.logRestDay('week-user', rest(date), req());
    await store().activity.recordRoutine('week-user', warmup('2026-11-24', '18:00'));
    await store().activity.recordRoutine('week-user', warmup('2026-11-24', '07:00'));
    await store().activity.recordRoutine('week-user', warmup('2026-11-30'));
    const week = await store().activity.history('week-user', '2026-11-23', '2026-11-29');
    expect(week.restDays.map((r) => r.date)).toEqual(['2026-11-23', '2026-11-26', '2026-11-29']);
    expect(week.routines).toEqual([warmup('2026-11-24', '07:00'), warmup('2026-11-24', '18:00')]);
  });

  it('recent() returns the activity since a date and the goal in one query', async () => {
    await store().activity.logRestDay('recent-user', rest('2026-11-10'), req());
    await store().activity.logRestDay('recent-user', rest('2026-11-20'), req());
    await store().activity.recordRoutine('recent-user', warmup('2026-11-21'));
    const before = await store().activity.recent('recent-user', '2026-11-15');
    expect(before).toEqual({
      restDays: [rest('2026-11-20')],
      routines: [warmup('2026-11-21')],
      restDayGoal: undefined,
    });
    await store().profiles.recordLaunch('recent-user', new Date('2026-11-21T08:00:00Z'));
    await store().profiles.setRestDayGoal('recent-user', 3, req());
    const after = await store().activity.recent('recent-user', '2026-11-15');
    expect(after.restDayGoal).toBe(3);
    expect(after.restDays).toEqual([rest('2026-11-20')]);
  });

  it('the goal is kept on the profile: launches keep it and report it', async () => {
    await store().profiles.setRestDayGoal('goal-user', 4, req());
    const first = await store().profiles.recordLaunch('goal-user', new Date('2026-11-20T07:00:00Z'));
    expect(first.firstContact).toBe(false);
    expect(first.previous).toEqual({ launchCount: 0, restDayGoal: 4 });
    expect(first.current.restDayGoal).toBe(4);
    await store().profiles.setRestDayGoal('goal-user', 1, req());
    const second = await store().profiles.recordLaunch('goal-user', new Date('2026-11-21T07:00:00Z'));
    expect(second.previous?.restDayGoal).toBe(1);
    expect(second.previous?.launchCount).toBe(1);
    expect((await store().activity.recent('goal-user', '2026-11-01')).restDayGoal).toBe(1);
  });

  it('removes a rest day with a conditional delete: "removed" once, then "not-found"', async () => {
    await store().activity.logRestDay('fix-user', rest('2026-11-23'), req());
    await store().activity.logRestDay('fix-user', rest('2026-11-24'), req());
    expect(await store().activity.removeRestDay('fix-user', '2026-11-24', req())).toBe('removed');
    expect(await store().activity.removeRestDay('fix-user', '2026-11-24', req())).toBe('not-found');
    expect(await store().activity.removeRestDay('fix-user', '2026-11-25', req())).toBe('not-found');
    expect(await store().activity.removeRestDay('fix-nobody', '2026-11-24', req())).toBe('not-found');
    const { restDays } = await store().activity.history('fix-user', '2026-11-01', '2026-11-30');
    expect(restDays.map((r) => r.date)).toEqual(['2026-11-23']);
  });

  it('deleteUser (skill disabled, NOT_PERSISTED) deletes every item of that user only', async () => {
    await store().profiles.recordLaunch('gone-user', new Date('2026-11-01T07:00:00Z'));
    await store().profiles.setRestDayGoal('gone-user', 3, req());
    for (let day = 1; day <= 30; day += 1) {
      const date = `2026-11-${String(day).padStart(2, '0')}`;
      await store().activity.logRestDay('gone-user', rest(date), req());
      if (day % 3 === 0) await store().activity.recordRoutine('gone-user', warmup(date));
    }
    await store().activity.logRestDay('kept-user', rest('2026-11-05'), req());
    expect(await store().activity.deleteUser('gone-user')).toBe(1 + 30 + 10);
    expect(await store().activity.recent('gone-user', '2000-01-01')).toEqual({
      restDays: [],
      routines: [],
      restDayGoal: undefined,
    });
    await expect(store().profiles.recordLaunch('gone-user', new Date())).rejects.toBeInstanceOf(
      UserErasedError,
    );
    const kept = await store().activity.history('kept-user', '2026-11-01', '2026-11-30');
    expect(kept.restDays).toEqual([rest('2026-11-05')]);
  });

  it('after deleteUser every write of that user is refused, naming the refused operation', async () => {
    await store().activity.logRestDay('erased-user', rest('2026-11-05'), req());
    await store().activity.deleteUser('erased-user');
    const refused = (operation: string) => ({ name: 'UserErasedError', operation });
    const at = new Date('2026-11-06T07:00:00Z');
    await expect(store().profiles.recordLaunch('erased-user', at, req())).rejects.toMatchObject(
      refused('recordLaunch'),
    );
    await expect(store().profiles.setPausedRoutine('erased-user', PAUSED, req())).rejects.toMatchObject(
      refused('setPausedRoutine'),
    );
    await expect(store().profiles.recordPain('erased-user', at, req())).rejects.toMatchObject(
      refused('recordPain'),
    );
    await expect(store().profiles.setRestDayGoal('erased-user', 3, req())).rejects.toMatchObject(
      refused('setRestDayGoal'),
    );
    await expect(store().activity.logRestDay('erased-user', rest('2026-11-06'), req())).rejects.toMatchObject(
      refused('logRestDay'),
    );
    await expect(store().activity.recordRoutine('erased-user', warmup('2026-11-06'))).rejects.toMatchObject(
      refused('recordRoutine'),
    );
    expect(await store().activity.recent('erased-user', '2000-01-01')).toEqual({
      restDays: [],
      routines: [],
      restDayGoal: undefined,
    });
  });

  it('a pain report before any launch is kept by the launches that follow, and clears a paused routine', async () => {
    await store().profiles.setPausedRoutine('pain-user', PAUSED, req());
    await store().profiles.recordPain('pain-user', new Date('2026-11-20T06:30:00Z'), req());
    const first = await store().profiles.recordLaunch('pain-user', new Date('2026-11-20T07:00:00Z'), req());
    expect(first.previous).toEqual({ launchCount: 0, painReportedAt: '2026-11-20T06:30:00.000Z' });
    const second = await store().profiles.recordLaunch('pain-user', new Date('2026-11-21T07:00:00Z'), req());
    expect(second.current.painReportedAt).toBe('2026-11-20T06:30:00.000Z');
  });

  it('a launch delivered again with its id counts once and gives back what its first delivery saw', async () => {
    const first = await store().profiles.recordLaunch(
      'again-user',
      new Date('2026-11-20T07:00:00Z'),
      'launch-1',
    );
    const firstAgain = await store().profiles.recordLaunch(
      'again-user',
      new Date('2026-11-20T07:00:02Z'),
      'launch-1',
    );
    expect(firstAgain).toEqual({ firstContact: true, previous: undefined, current: first.current });
    await store().profiles.setPausedRoutine('again-user', PAUSED, req());
    const second = await store().profiles.recordLaunch(
      'again-user',
      new Date('2026-11-21T07:00:00Z'),
      'launch-2',
    );
    expect(second.previous).toMatchObject({ launchCount: 1, pausedRoutine: PAUSED });
    const secondAgain = await store().profiles.recordLaunch(
      'again-user',
      new Date('2026-11-21T07:00:02Z'),
      'launch-2',
    );
    expect(secondAgain.firstContact).toBe(false);
    expect(secondAgain.previous).toMatchObject({ launchCount: 1, pausedRoutine: PAUSED });
    expect(secondAgain.current).toEqual(second.current);
    expect(second.current.launchCount).toBe(2);
  });
}

describe.each(backends())('activity on %s', (_name, endpoint) => {
  const local = useLocalStore('activity', endpoint);
  activityContract(() => local().store);

  it('100 concurrent logs of the same date leave exactly one item, and exactly one says "logged"', async () => {
    // This test is about atomicity, not latency: a loaded CI machine gets generous time limits.
    const limits = {
      connectionTimeoutMs: 5000,
      requestTimeoutMs: 20_000,
      maxAttempts: 1,
      operationBudgetMs: 30_000,
    };
    const patient = createDocumentClient({ ...LOCAL_CLIENT_CONFIG, endpoint }, limits);
    const racing = createDynamoStore(patient, local().tableName, { limits });
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        racing.activity.logRestDay('race-user', { date: '2026-11-25', loggedAt: `device-${i}` }, req()),
      ),
    );
    patient.destroy();
    expect(results.filter((r) => r.outcome === 'logged')).toHaveLength(1);
    expect(results.filter((r) => r.outcome === 'already-logged')).toHaveLength(99);
    const { restDays } = await local().store.activity.history('race-user', '2026-11-25', '2026-11-25');
    expect(restDays).toHaveLength(1);
  }, 60_000);
});

describe('activity in the in-memory store', () => {
  const store = createMemoryStore();
  activityContract(() => store);
});

describe('an activity store whose DynamoDB is unreachable', () => {
  it('rejects a log with StoreUnavailableError (so the skill never says "saved")', async () => {
    const { doc, store } = await unreachableStore();
    await expect(store.activity.logRestDay('u', rest('2026-11-25'), req())).rejects.toBeInstanceOf(
      StoreUnavailableError,
    );
    await expect(store.activity.recent('u', '2026-11-19')).rejects.toBeInstanceOf(StoreUnavailableError);
    doc.destroy();
  });
});
