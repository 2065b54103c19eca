/**
 * Items already in the deployed table keep being understood: a request delivered again after a
 * deploy recognises what its first delivery wrote by the attribute names stored then (`loggedBy`,
 * `removedBy`, `createdBy`). The items here are written as DynamoDB returns them.
 */
import { recordingMetrics } from '../../../lambda/core/metrics';
import { createDynamoStore } from '../../../lambda/store/dynamo';
import { profileKey, restDayKey } from '../../../lambda/store/keys';
import { ended, scriptedDynamo, type Outcome } from './fake-dynamo';
import { partitionDynamo } from './partition-fake';

beforeEach(() => {
  jest.useFakeTimers();
});
afterEach(() => {
  jest.useRealTimers();
});

const USER = 'stored-user';
const clock = { now: () => Date.now() };

function storeOver(script: Outcome[]) {
  const { calls, doc } = scriptedDynamo(script);
  return { store: createDynamoStore(doc, 'fake-table', { clock, random: () => 1 }), calls };
}

describe('items stored by an earlier delivery of the same request', () => {
  it('a rest day stored with its request id in `loggedBy` is recognised: logged earlier', async () => {
    const fake = partitionDynamo();
    fake.put({ ...profileKey(USER), launchCount: 2 });
    fake.put({
      ...restDayKey(USER, '2026-11-24'),
      type: 'rest',
      date: '2026-11-24',
      loggedAt: '2026-11-25T08:00:00.000Z',
      loggedBy: 'req-1',
      expiresAt: 1_800_000_000,
    });
    const metrics = recordingMetrics();
    const store = createDynamoStore(fake.doc, 'fake-table', { clock, random: () => 0, metrics });
    const log = store.activity.logRestDay(
      USER,
      { date: '2026-11-24', loggedAt: '2026-11-25T08:00:00.000Z' },
      'req-1',
    );
    expect(await ended(log)).toEqual({ value: { outcome: 'logged-earlier', firstContact: false }, at: 0 });
  });

  it('a removal marker stored with its request id in `removedBy` is recognised: removed earlier', async () => {
    const { store } = storeOver([{ kind: 'answer', output: { Attributes: { removedBy: 'req-1' } } }]);
    expect(await ended(store.activity.removeRestDay(USER, '2026-11-24', 'req-1'))).toEqual({
      value: 'removed-earlier',
      at: 0,
    });
  });

  it('a profile stored with the launch id in `createdBy` is that launch’s first contact', async () => {
    const profile = {
      ...profileKey(USER),
      firstSeenAt: '2026-11-25T08:00:00.000Z',
      lastVisitAt: '2026-11-25T08:00:00.000Z',
      launchCount: 1,
      lastLaunchId: 'launch-1',
      createdBy: 'launch-1',
    };
    const { store } = storeOver([{ kind: 'conditionFailed' }, { kind: 'answer', output: { Item: profile } }]);
    const launch = store.profiles.recordLaunch(USER, new Date('2026-11-25T08:00:00.000Z'), 'launch-1');
    const result = await ended(launch);
    expect(result).toMatchObject({ value: { firstContact: true, previous: undefined } });
  });

  it('a launch delivered again gives back the paused routine its first delivery stored in `handedOver`', async () => {
    const paused = {
      routineId: 'warmup.aerobic',
      length: 'short',
      step: 2,
      offset: 0,
      easier: [],
      pausedAt: '2026-11-24T18:00:00.000Z',
    };
    const profile = {
      ...profileKey(USER),
      firstSeenAt: '2026-11-20T08:00:00.000Z',
      lastVisitAt: '2026-11-25T08:00:00.000Z',
      launchCount: 4,
      lastLaunchId: 'launch-4',
      createdBy: 'launch-1',
      handedOver: paused,
    };
    const { store } = storeOver([{ kind: 'conditionFailed' }, { kind: 'answer', output: { Item: profile } }]);
    const launch = store.profiles.recordLaunch(USER, new Date('2026-11-25T08:00:00.000Z'), 'launch-4');
    const result = await ended(launch);
    expect(result).toMatchObject({
      value: { firstContact: false, previous: { launchCount: 3, pausedRoutine: paused } },
    });
  });
});
