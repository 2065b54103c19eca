import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { createDynamoStore } from '../../../lambda/store/dynamo';
import { profileKey } from '../../../lambda/store/keys';
import { startDynamoProxy } from '../../../harness/loopback';
import { backends, localDocumentClient, useLocalStore } from '../backends';

/**
 * recordLaunch is idempotent per launch id: when its UpdateItem lands but the answer is lost, the
 * SDK's retry must neither count the launch twice nor mistake a first visit for a returning one.
 */
describe.each(backends())('a write that lands but whose answer is lost, on %s', (name, endpoint) => {
  const local = useLocalStore('launch-retry', endpoint);
  const store = () => local().store;

  /** One recordLaunch through a proxy that loses the first answer (the write still lands). */
  async function lossyLaunch(userId: string, at: string, launchId: string) {
    const proxy = await startDynamoProxy(endpoint, { mode: 'lose-first-response' });
    const doc = localDocumentClient(proxy.endpoint);
    try {
      const record = await createDynamoStore(doc, local().tableName).profiles.recordLaunch(
        userId,
        new Date(at),
        launchId,
      );
      return { record, calls: proxy.counts() };
    } finally {
      doc.destroy();
      await proxy.stop();
    }
  }

  async function storedCount(userId: string): Promise<unknown> {
    const item = await local().doc.send(
      new GetCommand({ TableName: local().tableName, Key: profileKey(userId) }),
    );
    return item.Item?.launchCount;
  }

  it('a first launch stays a first launch and is counted once', async () => {
    const { record, calls } = await lossyLaunch('retry-a', '2026-11-25T18:00:00Z', 'req-a1');
    expect(calls).toEqual({ UpdateItem: 2 }); // the write, then the SDK's retry of it
    expect(record.previous).toBeUndefined();
    expect(record.current.launchCount).toBe(1);
    expect(await storedCount('retry-a')).toBe(1);
  });

  it('a later launch is counted once and, where the store returns the item, sees the earlier visit', async () => {
    await store().profiles.recordLaunch('retry-b', new Date('2026-11-24T18:00:00Z'), 'req-b1');
    const { record } = await lossyLaunch('retry-b', '2026-11-25T18:00:00Z', 'req-b2');
    expect(await storedCount('retry-b')).toBe(2);
    // DynamoDB (and DynamoDB Local) return the item with a failed condition; dynalite does not, and
    // then the launch is treated as a first one: an extra disclaimer rather than a missed one.
    expect(record.previous?.launchCount ?? 'not returned').toBe(name === 'dynalite' ? 'not returned' : 1);
  });

  it('the same launch id sent again counts nothing; a new id counts', async () => {
    await store().profiles.recordLaunch('retry-c', new Date('2026-11-25T18:00:00Z'), 'req-c1');
    const again = await store().profiles.recordLaunch('retry-c', new Date('2026-11-25T18:00:01Z'), 'req-c1');
    expect(again.previous).toBeUndefined();
    expect(await storedCount('retry-c')).toBe(1);
    const next = await store().profiles.recordLaunch('retry-c', new Date('2026-11-25T19:00:00Z'), 'req-c2');
    expect(next.previous?.launchCount).toBe(1);
    expect(await storedCount('retry-c')).toBe(2);
  });

  it('a rest-day log whose answer is lost is stored once, and the retry never says it is missing', async () => {
    const proxy = await startDynamoProxy(endpoint, { mode: 'lose-first-response' });
    const doc = localDocumentClient(proxy.endpoint);
    const result = await createDynamoStore(doc, local().tableName).activity.logRestDay('retry-d', {
      date: '2026-11-24',
      loggedAt: '2026-11-25T18:00:00.000Z',
    });
    doc.destroy();
    await proxy.stop();
    expect(proxy.counts()).toEqual({ PutItem: 2 });
    // DynamoDB Local returns the item with the failed condition: it is this log's own ("logged").
    expect(result).toBe(name === 'dynalite' ? 'already-logged' : 'logged');
    const history = await store().activity.history('retry-d', '2026-11-01', '2026-11-30');
    expect(history.restDays.map((d) => d.date)).toEqual(['2026-11-24']);
  });
});
