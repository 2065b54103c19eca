import { createDynamoStore } from '../../../lambda/store/dynamo';
import { StoreUnavailableError } from '../../../lambda/store/errors';
import { ensureTable, freePort, LOCAL_CLIENT_CONFIG } from '../../../tools/local/dynamo';
import { createDocumentClient } from '../../../lambda/store/dynamo';
import { backends, localDocumentClient, uniqueTableName } from '../backends';

describe.each(backends())('profiles on %s', (_name, endpoint) => {
  const tableName = uniqueTableName('profiles');
  const doc = localDocumentClient(endpoint);
  const store = createDynamoStore(doc, tableName);

  beforeAll(async () => {
    await ensureTable(endpoint, tableName);
  });
  afterAll(() => {
    doc.destroy();
  });

  it('a first launch has no previous profile; the next one sees the first', async () => {
    const first = await store.profiles.recordLaunch('user-a', new Date('2026-11-20T07:00:00Z'));
    expect(first.previous).toBeUndefined();
    expect(first.current).toEqual({
      firstSeenAt: '2026-11-20T07:00:00.000Z',
      lastVisitAt: '2026-11-20T07:00:00.000Z',
      launchCount: 1,
    });
    const second = await store.profiles.recordLaunch('user-a', new Date('2026-11-21T07:00:00Z'));
    expect(second.previous).toEqual(first.current);
    expect(second.current).toEqual({
      firstSeenAt: '2026-11-20T07:00:00.000Z',
      lastVisitAt: '2026-11-21T07:00:00.000Z',
      launchCount: 2,
    });
  });

  it('keeps users apart', async () => {
    await store.profiles.recordLaunch('user-b', new Date('2026-11-20T07:00:00Z'));
    const other = await store.profiles.recordLaunch('user-c', new Date('2026-11-20T07:00:00Z'));
    expect(other.previous).toBeUndefined();
  });

  it('counts concurrent launches exactly', async () => {
    await Promise.all(
      Array.from({ length: 20 }, () =>
        store.profiles.recordLaunch('user-d', new Date('2026-11-20T07:00:00Z')),
      ),
    );
    const after = await store.profiles.recordLaunch('user-d', new Date('2026-11-20T08:00:00Z'));
    expect(after.previous?.launchCount).toBe(20);
  });
});

describe('a store whose DynamoDB is unreachable', () => {
  it('rejects with StoreUnavailableError within its budget', async () => {
    const port = await freePort();
    const doc = createDocumentClient(
      { ...LOCAL_CLIENT_CONFIG, endpoint: `http://127.0.0.1:${port}` },
      { connectionTimeoutMs: 200, requestTimeoutMs: 200, maxAttempts: 2, operationBudgetMs: 1000 },
    );
    const store = createDynamoStore(doc, 'nothing-here', 1000);
    await expect(store.profiles.recordLaunch('user-e', new Date())).rejects.toBeInstanceOf(
      StoreUnavailableError,
    );
    doc.destroy();
  });
});
