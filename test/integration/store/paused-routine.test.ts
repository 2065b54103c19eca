import { createMemoryStore } from '../../../lambda/store/memory';
import type { PausedRoutine, Store } from '../../../lambda/store/port';
import { backends, useLocalStore } from '../backends';

const PAUSED: PausedRoutine = {
  routineId: 'warmup.yoga',
  length: 'quick',
  step: 3,
  offset: 12,
  easier: ['half-sun-salutation'],
  pausedAt: '2026-11-25T18:05:00.000Z',
};

let requests = 0;
const req = () => `amzn1.echo-api.request.paused-${(requests += 1)}`;

/** The same behaviour from every implementation of the port. */
function pausedRoutineContract(store: () => Store): void {
  it('a launch hands back the paused routine and removes it in the same write', async () => {
    await store().profiles.recordLaunch('paused-a', new Date('2026-11-25T18:00:00Z'));
    await store().profiles.setPausedRoutine('paused-a', PAUSED, req());
    const launch = await store().profiles.recordLaunch('paused-a', new Date('2026-11-25T19:00:00Z'));
    expect(launch.firstContact).toBe(false);
    expect(launch.previous?.pausedRoutine).toEqual(PAUSED);
    expect(launch.previous?.launchCount).toBe(1);
    expect(launch.current.pausedRoutine).toBeUndefined();
    const next = await store().profiles.recordLaunch('paused-a', new Date('2026-11-25T20:00:00Z'));
    expect(next.previous?.pausedRoutine).toBeUndefined();
    expect(next.previous?.launchCount).toBe(2);
  });

  it('a later save replaces the earlier one; clearing removes it', async () => {
    await store().profiles.recordLaunch('paused-b', new Date('2026-11-25T18:00:00Z'));
    await store().profiles.setPausedRoutine('paused-b', PAUSED, req());
    await store().profiles.setPausedRoutine('paused-b', { ...PAUSED, step: 4, offset: 0, easier: [] }, req());
    const seen = await store().profiles.recordLaunch('paused-b', new Date('2026-11-25T18:30:00Z'));
    expect(seen.previous?.pausedRoutine).toEqual({ ...PAUSED, step: 4, offset: 0, easier: [] });

    await store().profiles.setPausedRoutine('paused-b', PAUSED, req());
    await store().profiles.setPausedRoutine('paused-b', undefined, req());
    const cleared = await store().profiles.recordLaunch('paused-b', new Date('2026-11-25T19:00:00Z'));
    expect(cleared.previous?.pausedRoutine).toBeUndefined();
  });

  it('a routine saved by a one-shot request, before any launch: the first launch is a returning user with the routine', async () => {
    await store().profiles.setPausedRoutine('paused-c', PAUSED, req());
    const launch = await store().profiles.recordLaunch('paused-c', new Date('2026-11-25T19:00:00Z'), req());
    expect(launch.firstContact).toBe(false);
    expect(launch.previous).toEqual({ launchCount: 0, pausedRoutine: PAUSED, restDayGoal: undefined });
    expect(launch.current.launchCount).toBe(1);
    expect(launch.current.firstSeenAt).toBe('2026-11-25T19:00:00.000Z');
  });

  it('a user the store has never seen is a first contact', async () => {
    const launch = await store().profiles.recordLaunch('paused-new', new Date('2026-11-25T19:00:00Z'), req());
    expect(launch.firstContact).toBe(true);
    expect(launch.previous).toBeUndefined();
  });

  it('clearing a user with no profile creates nothing', async () => {
    await store().profiles.setPausedRoutine('paused-d', undefined, req());
    const launch = await store().profiles.recordLaunch('paused-d', new Date('2026-11-25T19:00:00Z'));
    expect(launch.firstContact).toBe(true);
    expect(launch.previous).toBeUndefined();
  });
}

describe.each(backends())('paused routine on %s', (_name, endpoint) => {
  const local = useLocalStore('paused', endpoint);
  pausedRoutineContract(() => local().store);
});

describe('paused routine in the in-memory fake', () => {
  const store = createMemoryStore();
  pausedRoutineContract(() => store);
});
