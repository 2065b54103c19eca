import { StoreUnavailableError } from '../../../lambda/store/errors';
import { backends, unreachableStore, useLocalStore } from '../backends';

describe.each(backends())('profiles on %s', (_name, endpoint) => {
  const local = useLocalStore('profiles', endpoint);
  const store = () => local().store;

  it('a first launch has no previous profile; the next one sees the first', async () => {
    const first = await store().profiles.recordLaunch('user-a', new Date('2026-11-20T07:00:00Z'));
    expect(first.previous).toBeUndefined();
    expect(first.current).toEqual({
      firstSeenAt: '2026-11-20T07:00:00.000Z',
      lastVisitAt: '2026-11-20T07:00:00.000Z',
      launchCount: 1,
    });
    const second = await store().profiles.recordLaunch('user-a', new Date('2026-11-21T07:00:00Z'));
    expect(second.previous).toEqual(first.current);
    expect(second.current).toEqual({
      firstSeenAt: '2026-11-20T07:00:00.000Z',
      lastVisitAt: '2026-11-21T07:00:00.000Z',
      launchCount: 2,
    });
  });

  it('keeps users apart', async () => {
    await store().profiles.recordLaunch('user-b', new Date('2026-11-20T07:00:00Z'));
    const other = await store().profiles.recordLaunch('user-c', new Date('2026-11-20T07:00:00Z'));
    expect(other.previous).toBeUndefined();
  });

  it('counts concurrent launches exactly', async () => {
    await Promise.all(
      Array.from({ length: 20 }, () =>
        store().profiles.recordLaunch('user-d', new Date('2026-11-20T07:00:00Z')),
      ),
    );
    const after = await store().profiles.recordLaunch('user-d', new Date('2026-11-20T08:00:00Z'));
    expect(after.previous?.launchCount).toBe(20);
  });
});

describe('a store whose DynamoDB is unreachable', () => {
  it('rejects with StoreUnavailableError within its budget', async () => {
    const { doc, store } = await unreachableStore();
    await expect(store.profiles.recordLaunch('user-e', new Date())).rejects.toBeInstanceOf(
      StoreUnavailableError,
    );
    doc.destroy();
  });
});
