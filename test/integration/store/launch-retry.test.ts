import { GetCommand } from '../../../lambda/store/dynamo';
import { createDynamoStore } from '../../../lambda/store/dynamo';
import { profileKey } from '../../../lambda/store/keys';
import { startDynamoProxy } from '../../../harness/loopback';
import type { PausedRoutine } from '../../../lambda/store/port';
import { backends, localDocumentClient, useLocalStore } from '../backends';

const PAUSED: PausedRoutine = {
  routineId: 'warmup.walk',
  length: 'full',
  step: 2,
  offset: 30,
  easier: [],
  pausedAt: '2026-11-25T17:50:00.000Z',
};

/**
 * Writes recognise their own retried write by request id: when a write lands but its answer is
 * lost, the store's retry must neither count it twice, nor mistake a first visit for a returning
 * one, nor lose the paused routine the first attempt took, nor say "not there" of what it wrote.
 */
describe.each(backends())('a write that lands but whose answer is lost, on %s', (name, endpoint) => {
  const local = useLocalStore('launch-retry', endpoint);
  const store = () => local().store;

  /** One recordLaunch through a proxy that loses the first answer (the write still lands). */
  async function lossyLaunch(userId: string, at: string, launchId: string) {
    return lossy((store) => store.profiles.recordLaunch(userId, new Date(at), launchId));
  }

  /** One store call through a proxy that loses the first answer (the write still lands). */
  async function lossy<T>(call: (store: ReturnType<typeof createDynamoStore>) => Promise<T>) {
    const proxy = await startDynamoProxy(endpoint, { mode: 'lose-first-response' });
    const doc = localDocumentClient(proxy.endpoint);
    try {
      const record = await call(createDynamoStore(doc, local().tableName));
      return { record, calls: proxy.counts() };
    } finally {
      doc.destroy();
      await proxy.stop();
    }
  }

  /** dynalite returns no item with a failed condition: the store then reads it (one GetItem). */
  const readBack = name === 'dynalite' ? { GetItem: 1 } : {};

  async function storedCount(userId: string): Promise<unknown> {
    const item = await local().doc.send(
      new GetCommand({ TableName: local().tableName, Key: profileKey(userId) }),
    );
    return item.Item?.launchCount;
  }

  it('a first launch stays a first launch and is counted once', async () => {
    const { record, calls } = await lossyLaunch('retry-a', '2026-11-25T18:00:00Z', 'req-a1');
    expect(calls).toEqual({ UpdateItem: 2, ...readBack }); // the write, then the retry of it
    expect(record.firstContact).toBe(true);
    expect(record.previous).toBeUndefined();
    expect(record.current.launchCount).toBe(1);
    expect(await storedCount('retry-a')).toBe(1);
  });

  it('a later launch is counted once, sees the earlier visit, and hands back the routine its first attempt took', async () => {
    await store().profiles.recordLaunch('retry-b', new Date('2026-11-24T18:00:00Z'), 'req-b1');
    await store().profiles.setPausedRoutine('retry-b', PAUSED, 'req-b-pause');
    const { record } = await lossyLaunch('retry-b', '2026-11-25T18:00:00Z', 'req-b2');
    expect(await storedCount('retry-b')).toBe(2);
    expect(record.firstContact).toBe(false);
    expect(record.previous?.launchCount).toBe(1);
    expect(record.previous?.pausedRoutine).toEqual(PAUSED);
  });

  it('a first launch after a one-shot saved a routine: the retry still hands the routine back', async () => {
    await store().profiles.setPausedRoutine('retry-e', PAUSED, 'req-e-pause');
    const { record } = await lossyLaunch('retry-e', '2026-11-25T18:00:00Z', 'req-e1');
    expect(record.firstContact).toBe(false);
    expect(record.previous?.launchCount).toBe(0);
    expect(record.previous?.pausedRoutine).toEqual(PAUSED);
    expect(await storedCount('retry-e')).toBe(1);
  });

  it('the same launch id sent again counts nothing; a new id counts', async () => {
    await store().profiles.recordLaunch('retry-c', new Date('2026-11-25T18:00:00Z'), 'req-c1');
    const again = await store().profiles.recordLaunch('retry-c', new Date('2026-11-25T18:00:01Z'), 'req-c1');
    expect(again.firstContact).toBe(true);
    expect(again.previous).toBeUndefined();
    expect(await storedCount('retry-c')).toBe(1);
    const next = await store().profiles.recordLaunch('retry-c', new Date('2026-11-25T19:00:00Z'), 'req-c2');
    expect(next.previous?.launchCount).toBe(1);
    expect(await storedCount('retry-c')).toBe(2);
  });

  it('a rest-day log whose answer is lost is stored once, and its retry says "logged"', async () => {
    const day = { date: '2026-11-24', loggedAt: '2026-11-25T18:00:00.000Z' };
    const { record, calls } = await lossy((s) => s.activity.logRestDay('retry-d', day, 'req-d1'));
    // The put, its retry (its condition holds for its own request id), then the erasure check; a
    // user never seen is then marked as seen (the first contact's one extra write).
    expect(calls).toEqual({ PutItem: 2, GetItem: 1, UpdateItem: 1 });
    expect(record).toEqual({ outcome: 'logged', firstContact: true });
    const history = await store().activity.history('retry-d', '2026-11-01', '2026-11-30');
    expect(history.restDays.map((d) => d.date)).toEqual(['2026-11-24']);
    // Another request logging the same day is told the truth: it was logged already.
    expect((await store().activity.logRestDay('retry-d', day, 'req-d2')).outcome).toBe('already-logged');
  });

  it('a removal whose answer is lost says "removed" on its retry, and the day is gone', async () => {
    await store().activity.logRestDay('retry-f', { date: '2026-11-23', loggedAt: 'x' }, 'req-f0');
    const { record, calls } = await lossy((s) => s.activity.removeRestDay('retry-f', '2026-11-23', 'req-f1'));
    expect(record).toBe('removed');
    // The marking update and its retry: one write removes the day.
    expect(calls).toEqual({ UpdateItem: 2 });
    expect((await store().activity.history('retry-f', '2026-11-01', '2026-11-30')).restDays).toEqual([]);
    expect(await store().activity.removeRestDay('retry-f', '2026-11-23', 'req-f2')).toBe('not-found');
  });

  it('a goal whose answer is lost is set by its retry', async () => {
    const { record } = await lossy((s) => s.profiles.setRestDayGoal('retry-g', 3, 'req-g1'));
    expect(record).toBe('set');
    expect((await store().activity.recent('retry-g', '2026-11-01')).restDayGoal).toBe(3);
  });
});
