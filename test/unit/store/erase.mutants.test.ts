/**
 * Erasing a user and reading a user's activity over pages and partial batches, on an in-memory
 * DynamoDB (partition-fake.ts): every page of a query is followed, every unprocessed delete is
 * sent again, reads that must be consistent are, and a batch that never goes through fails the
 * erasure in time. The same behaviour is checked on DynamoDB Local and dynalite in
 * test/integration/store/erase-large.test.ts; these run in milliseconds, for mutation testing too.
 */
import { Deadline } from '../../../lambda/core/deadline';
import { recordingMetrics } from '../../../lambda/core/metrics';
import { createDynamoStore, DELETE_CONCURRENCY } from '../../../lambda/store/dynamo';
import { StoreUnavailableError } from '../../../lambda/store/errors';
import { restDayKey, routineKey, profileKey } from '../../../lambda/store/keys';
import { partitionDynamo, type PartitionFakeOptions } from './partition-fake';
import { serviceError } from './fake-dynamo';

const USER = 'erase-user';
const NOW = Date.parse('2026-11-25T12:00:00Z');
const clock = { now: () => NOW };

/** `count` rest days (one a day from 2026-01-01) and a profile for USER in a fresh fake. */
function seeded(count: number, options: PartitionFakeOptions = {}) {
  const fake = partitionDynamo(options);
  fake.put({ ...profileKey(USER), launchCount: 3, restDayGoal: 2 });
  for (let i = 0; i < count; i += 1) {
    const date = new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10);
    fake.put({ ...restDayKey(USER, date), type: 'rest', date, loggedAt: `${date}T08:00:00.000Z` });
  }
  fake.put({ ...restDayKey('someone-else', '2026-01-01'), type: 'rest', date: '2026-01-01' });
  fake.settle();
  return fake;
}

/** What is left of USER's partition: sort keys. */
function leftOf(fake: ReturnType<typeof partitionDynamo>): string[] {
  return [...fake.items.values()].filter((item) => item.pk === `USER#${USER}`).map((item) => String(item.sk));
}

function storeOver(
  fake: ReturnType<typeof partitionDynamo>,
  erase?: { pageSize?: number; concurrency?: number },
) {
  const metrics = recordingMetrics();
  const store = createDynamoStore(fake.doc, 'fake-table', { clock, random: () => 0, metrics, erase });
  return { store, metrics };
}

describe('erasing a user', () => {
  it('follows every page of the key query: 95 rest days and the profile are all deleted and counted', async () => {
    const fake = seeded(95);
    const { store } = storeOver(fake, { pageSize: 10 });
    await expect(store.activity.deleteUser(USER)).resolves.toBe(96);
    expect(leftOf(fake)).toEqual(['PROFILE']);
    const queries = fake.sent.filter((sent) => sent.command === 'QueryCommand');
    expect(queries.length).toBeGreaterThanOrEqual(10);
    for (const query of queries) expect(query.input.Limit).toBe(10);
    expect(fake.items.get(`USER#someone-else\u0000DAY#2026-01-01#REST`)).toBeDefined();
  });

  it("follows pages of DynamoDB's own size too (no page size set)", async () => {
    const fake = seeded(40, { pageSize: 7 });
    const { store } = storeOver(fake);
    await expect(store.activity.deleteUser(USER)).resolves.toBe(41);
    expect(leftOf(fake)).toEqual(['PROFILE']);
    for (const query of fake.sent.filter((sent) => sent.command === 'QueryCommand'))
      expect(query.input.Limit).toBeUndefined();
  });

  it('leaves a marker and nothing else of the profile, with a TTL 7 days on', async () => {
    const fake = seeded(3);
    const { store } = storeOver(fake);
    await store.activity.deleteUser(USER);
    expect(fake.items.get(`USER#${USER}\u0000PROFILE`)).toEqual({
      ...profileKey(USER),
      erased: true,
      expiresAt: Math.floor(NOW / 1000) + 7 * 24 * 60 * 60,
    });
  });

  it('a second erasure finds nothing more to delete (the marker is not counted)', async () => {
    const fake = seeded(3);
    const { store } = storeOver(fake);
    await expect(store.activity.deleteUser(USER)).resolves.toBe(4);
    await expect(store.activity.deleteUser(USER)).resolves.toBe(0);
    await expect(storeOver(partitionDynamo()).store.activity.deleteUser(USER)).resolves.toBe(0);
  });

  it('sends every unprocessed delete again until DynamoDB has processed them all', async () => {
    // The first three calls each leave their last 5 requests unprocessed.
    const fake = seeded(60, { unprocessed: (call) => (call <= 3 ? 5 : 0) });
    const { store } = storeOver(fake, { pageSize: 100 });
    await expect(store.activity.deleteUser(USER)).resolves.toBe(61);
    expect(leftOf(fake)).toEqual(['PROFILE']);
    const batches = fake.sent.filter((sent) => sent.command === 'BatchWriteCommand');
    const sizes = batches.map(
      (batch) => Object.values(batch.input.RequestItems as Record<string, unknown[]>)[0]?.length ?? 0,
    );
    expect(sizes.filter((size) => size === 25)).toHaveLength(2);
    expect(sizes.filter((size) => size === 5).length).toBeGreaterThanOrEqual(3);
    expect(sizes.reduce((sum, size) => sum + size, 0)).toBe(60 + 15);
  });

  it('a batch DynamoDB never processes fails the erasure as unavailable, within its deadline', async () => {
    const fake = seeded(30, { unprocessed: (_call, requests) => requests });
    const metrics = recordingMetrics();
    const store = createDynamoStore(fake.doc, 'fake-table', { random: () => 1, metrics });
    const started = Date.now();
    const error: unknown = await store.activity
      .deleteUser(USER, { deadline: Deadline.after({ now: () => Date.now() }, 1000) })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect(Date.now() - started).toBeLessThanOrEqual(1000);
    expect(leftOf(fake).length).toBeGreaterThan(1);
    expect(metrics.total('StoreFailure', 'deleteUser')).toBe(1);
  });

  it('a batch DynamoDB refuses fails the erasure, and no further page is read', async () => {
    const fake = seeded(60, { batchError: serviceError('ValidationException', 400) });
    const { store } = storeOver(fake, { pageSize: 25, concurrency: 1 });
    await expect(store.activity.deleteUser(USER)).rejects.toBeInstanceOf(StoreUnavailableError);
    const queries = fake.sent.filter((sent) => sent.command === 'QueryCommand');
    expect(queries.length).toBeLessThan(3);

    const onePage = seeded(60, { batchError: serviceError('ValidationException', 400) });
    await expect(
      storeOver(onePage, { pageSize: 100, concurrency: 1 }).store.activity.deleteUser(USER),
    ).rejects.toBeInstanceOf(StoreUnavailableError);
    expect(onePage.sent.filter((sent) => sent.command === 'BatchWriteCommand')).toHaveLength(1);
  });

  it('keeps at most the configured number of batches in flight, and uses them', async () => {
    const fake = seeded(200, { batchDelayMs: 5 });
    const { store } = storeOver(fake, { concurrency: 3 });
    await expect(store.activity.deleteUser(USER)).resolves.toBe(201);
    expect(fake.maxBatchesInFlight()).toBe(3);

    const byDefault = seeded(200, { batchDelayMs: 5 });
    await storeOver(byDefault).store.activity.deleteUser(USER);
    expect(byDefault.maxBatchesInFlight()).toBe(DELETE_CONCURRENCY);
  });

  it('finds an item written just before the erasure (its query is consistent)', async () => {
    const fake = seeded(2);
    fake.put({ ...routineKey(USER, '2026-11-25', '2026-11-25T11:59:00.000Z'), type: 'routine' });
    const { store } = storeOver(fake);
    await expect(store.activity.deleteUser(USER)).resolves.toBe(4);
    expect(leftOf(fake)).toEqual(['PROFILE']);
  });
});

describe('passes over the partition', () => {
  it('stops at the first pass that finds nothing more: two queries for a partition of one page', async () => {
    const fake = seeded(3);
    const { store } = storeOver(fake);
    await expect(store.activity.deleteUser(USER)).resolves.toBe(4);
    expect(fake.sent.filter((sent) => sent.command === 'QueryCommand')).toHaveLength(2);
  });

  it('with writes still landing after every pass, makes three passes, deletes what each found, and stops', async () => {
    const fake = seeded(3);
    let landed = 0;
    const send = fake.doc.send.bind(fake.doc) as (command: unknown) => Promise<unknown>;
    const doc = {
      send: async (command: { constructor: { name: string } }) => {
        const output = await send(command);
        if (command.constructor.name === 'QueryCommand') {
          landed += 1;
          fake.put({
            ...routineKey(USER, '2026-11-25', `2026-11-25T12:00:0${landed}.000Z`),
            type: 'routine',
          });
        }
        return output;
      },
    } as unknown as typeof fake.doc;
    const metrics = recordingMetrics();
    const store = createDynamoStore(doc, 'fake-table', { clock, random: () => 0, metrics });
    // The profile, the 3 rest days, and the routine landed after each of the first two passes.
    await expect(store.activity.deleteUser(USER)).resolves.toBe(6);
    expect(landed).toBe(3);
    // The third landed after the last pass: its own writer's check takes it back.
    expect(leftOf(fake)).toEqual(['PROFILE', 'DAY#2026-11-25#ROUTINE#2026-11-25T12:00:03.000Z']);
    expect(metrics.counts).toEqual([]);
  });
});

describe("a write racing an erasure (the write's own check)", () => {
  const WARM_UP = {
    date: '2026-11-25',
    kind: 'warmup',
    routineId: 'warmup.aerobic',
    completedAt: '2026-11-25T12:00:00.000Z',
  } as const;

  it('a routine recorded after the marker is taken back, and the write is refused', async () => {
    const fake = seeded(0);
    const { store } = storeOver(fake);
    await store.activity.deleteUser(USER);
    await expect(store.activity.recordRoutine(USER, WARM_UP)).rejects.toMatchObject({
      name: 'UserErasedError',
    });
    expect(leftOf(fake)).toEqual(['PROFILE']);
  });

  it('a routine recorded for a user who is not erased stays', async () => {
    const fake = seeded(0);
    const { store } = storeOver(fake);
    const routine = {
      date: '2026-11-25',
      kind: 'cooldown',
      routineId: 'cooldown.walk',
      completedAt: '2026-11-25T12:00:00.000Z',
    } as const;
    await store.activity.recordRoutine(USER, routine);
    fake.settle();
    const history = await store.activity.history(USER, '2026-11-25', '2026-11-25');
    expect(history.routines).toEqual([routine]);
  });

  it('a routine recorded for a user never seen (no profile at all) stays', async () => {
    const fake = partitionDynamo();
    const { store } = storeOver(fake);
    await expect(store.activity.recordRoutine(USER, WARM_UP)).resolves.toBe('recorded');
    expect(leftOf(fake)).toHaveLength(1);
  });
});

describe('reading activity over pages', () => {
  it("history follows DynamoDB's pages: every rest day of the range comes back", async () => {
    const fake = seeded(30, { pageSize: 4 });
    const { store } = storeOver(fake);
    const history = await store.activity.history(USER, '2026-01-03', '2026-01-28');
    expect(history.restDays.map((day) => day.date)).toHaveLength(26);
    expect(history.restDays[0]).toEqual({ date: '2026-01-03', loggedAt: '2026-01-03T08:00:00.000Z' });
    expect(history.restDays.at(-1)?.date).toBe('2026-01-28');
  });

  it('recent follows the pages up to the profile, and reads the goal from it', async () => {
    const fake = seeded(12, { pageSize: 5 });
    const { store } = storeOver(fake);
    const recent = await store.activity.recent(USER, '2026-01-05');
    expect(recent.restDays.map((day) => day.date)).toHaveLength(8);
    expect(recent.restDayGoal).toBe(2);
  });
});
