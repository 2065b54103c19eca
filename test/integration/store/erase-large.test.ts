/**
 * Erasing a user with hundreds of items on a real local DynamoDB: the key query is paged (a small
 * `Limit` forces `LastEvaluatedKey`), batches run in parallel (bounded), and part of each batch is
 * throttled (`UnprocessedItems`). Whatever happens on the way, nothing but the marker is left.
 */
import { BatchWriteCommand, QueryCommand } from '../../../lambda/store/dynamo';
import { Deadline } from '../../../lambda/core/deadline';
import { createDynamoStore, DELETE_CONCURRENCY } from '../../../lambda/store/dynamo';
import { StoreUnavailableError } from '../../../lambda/store/errors';
import { routineKey, userPartition } from '../../../lambda/store/keys';
import { TABLE_SCHEMA } from '../../../lambda/store/schema';
import { settleWithin } from '../faults/faulty-skill';
import { backends, useLocalStore, type LocalStore } from '../backends';
import { throttlingDynamo } from '../../../harness/throttling-dynamo';

/** Writes `count` completed routines (and a profile) for `userId`, 25 at a time. */
async function seed(local: LocalStore, userId: string, count: number): Promise<void> {
  await local.store.profiles.recordLaunch(userId, new Date('2026-11-01T07:00:00Z'), `seed-${userId}`);
  const items = Array.from({ length: count }, (_, i) => {
    const completedAt = `2026-11-20T07:${String(Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}.000Z`;
    return { ...routineKey(userId, '2026-11-20', completedAt), type: 'routine', kind: 'warmup', completedAt };
  });
  for (let i = 0; i < items.length; i += 25) {
    const requests = items.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } }));
    await local.doc.send(new BatchWriteCommand({ RequestItems: { [local.tableName]: requests } }));
  }
}

/** The sort keys left in `userId`'s partition (read consistently, all pages). */
async function left(local: LocalStore, userId: string): Promise<string[]> {
  const keys: string[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await local.doc.send(
      new QueryCommand({
        TableName: local.tableName,
        KeyConditionExpression: '#pk = :pk',
        ExpressionAttributeNames: { '#pk': TABLE_SCHEMA.partitionKey.name },
        ExpressionAttributeValues: { ':pk': userPartition(userId) },
        ConsistentRead: true,
        ExclusiveStartKey: startKey,
      }),
    );
    keys.push(...(page.Items ?? []).map((item) => String(item[TABLE_SCHEMA.sortKey.name])));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return keys;
}

/**
 * A deadline for the tests about paging, throttling and parallelism, not latency: a loaded 2-core
 * machine may need more than one invocation's time to seed and erase 300 items.
 */
const patient = () => Deadline.after({ now: () => Date.now() }, 20_000);

describe.each(backends())('erasing a large user on %s', (_name, endpoint) => {
  const local = useLocalStore('erase-large', endpoint);

  it('follows every page of the key query (10 keys a page): 300 items and the profile, all gone', async () => {
    await seed(local(), 'large-paged', 300);
    const wrapped = throttlingDynamo(local().doc);
    const store = createDynamoStore(wrapped.sender, local().tableName, { erase: { pageSize: 10 } });
    expect(await store.activity.deleteUser('large-paged', { deadline: patient() })).toBe(301);
    expect(await left(local(), 'large-paged')).toEqual(['PROFILE']);
    expect(wrapped.calls.Query).toBeGreaterThanOrEqual(30);
  }, 30_000);

  it('retries throttled requests (UnprocessedItems, three times each) until every one is deleted', async () => {
    await seed(local(), 'large-throttled', 300);
    const wrapped = throttlingDynamo(local().doc, { unprocessedTimes: 3 });
    const store = createDynamoStore(wrapped.sender, local().tableName);
    expect(await store.activity.deleteUser('large-throttled', { deadline: patient() })).toBe(301);
    expect(await left(local(), 'large-throttled')).toEqual(['PROFILE']);
  }, 30_000);

  it('runs batches in parallel, never more than the bound', async () => {
    await seed(local(), 'large-parallel', 300);
    const wrapped = throttlingDynamo(local().doc, { latencyMs: 20 });
    const store = createDynamoStore(wrapped.sender, local().tableName);
    await store.activity.deleteUser('large-parallel', { deadline: patient() });
    expect(wrapped.maxBatchesInFlight).toBeGreaterThan(1);
    expect(wrapped.maxBatchesInFlight).toBeLessThanOrEqual(DELETE_CONCURRENCY);
    expect(await left(local(), 'large-parallel')).toEqual(['PROFILE']);
  }, 30_000);

  it('a batch DynamoDB never processes fails the erasure within its 1 s deadline, as StoreUnavailable', async () => {
    await seed(local(), 'large-stuck', 60);
    const wrapped = throttlingDynamo(local().doc, { unprocessedTimes: Number.POSITIVE_INFINITY });
    const store = createDynamoStore(wrapped.sender, local().tableName);
    const deadline = Deadline.after({ now: () => Date.now() }, 1000);
    const outcome = await settleWithin(store.activity.deleteUser('large-stuck', { deadline }), 2500);
    expect(outcome.state).toBe('rejected');
    expect(outcome.state === 'rejected' && outcome.error).toBeInstanceOf(StoreUnavailableError);
  });
});
