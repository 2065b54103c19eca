/**
 * A rest-day log as a user's first contact ("tell run coach I rested yesterday" before any launch):
 * the store marks the user as seen (`firstSeenAt`, no launch counted) so the disclaimer is said
 * once, and never touches a profile that is there, nor brings back one that was erased.
 */
import { GetCommand, QueryCommand, createDynamoStore } from '../../../lambda/store/dynamo';
import type { DocumentSender } from '../../../lambda/store/dynamo/commands';
import { UserErasedError } from '../../../lambda/store/errors';
import { profileKey, userPartition } from '../../../lambda/store/keys';
import { createMemoryStore } from '../../../lambda/store/memory';
import type { PausedRoutine, Profile, Store } from '../../../lambda/store/port';
import { TABLE_SCHEMA } from '../../../lambda/store/schema';
import { backends, useLocalStore } from '../backends';

const PAUSED: PausedRoutine = {
  routineId: 'cooldown.stretch',
  length: 'quick',
  step: 1,
  offset: 20,
  easier: ['hamstring-stretch'],
  pausedAt: '2026-11-24T19:10:00.000Z',
};
const LAUNCHED_AT = '2026-11-24T19:00:00.000Z';
const PAIN_AT = '2026-11-24T19:05:00.000Z';
const day = (date: string) => ({ date, loggedAt: `${date}T21:00:00.000Z` });

let requests = 0;
const req = () => `amzn1.echo-api.request.first-contact-${(requests += 1)}`;

/** One launch, a pain report, then a routine paused: a profile with everything a log must keep. */
async function seedProfile(store: Store, userId: string, launchId: string): Promise<void> {
  await store.profiles.recordLaunch(userId, new Date(LAUNCHED_AT), launchId);
  await store.profiles.recordPain(userId, new Date(PAIN_AT), req());
  await store.profiles.setPausedRoutine(userId, PAUSED, req());
}

/** The profile {@link seedProfile} leaves, as the next launch reads it back. */
const SEEDED: Profile = {
  firstSeenAt: LAUNCHED_AT,
  lastVisitAt: LAUNCHED_AT,
  launchCount: 1,
  pausedRoutine: PAUSED,
  painReportedAt: PAIN_AT,
};

/** The profile before a launch at `at` (the launch reads it back in `previous`). */
async function profileAtNextLaunch(store: Store, userId: string, at = '2026-11-26T07:00:00Z') {
  return store.profiles.recordLaunch(userId, new Date(at), req());
}

/** The same behaviour from every implementation of the port. */
function firstContactLogContract(store: () => Store): void {
  it('a log for a user with a profile leaves the profile as it was: routine, pain watch, launches', async () => {
    await seedProfile(store(), 'known-user', req());
    expect(await store().activity.logRestDay('known-user', day('2026-11-25'), req())).toEqual({
      outcome: 'logged',
      firstContact: false,
    });
    const launch = await profileAtNextLaunch(store(), 'known-user');
    expect(launch.firstContact).toBe(false);
    expect(launch.previous).toEqual(SEEDED);
  });

  it('a first-contact log marks the user seen, counts no launch, and the next launch is a returning one', async () => {
    expect(await store().activity.logRestDay('new-user', day('2026-11-25'), req())).toEqual({
      outcome: 'logged',
      firstContact: true,
    });
    const launch = await profileAtNextLaunch(store(), 'new-user');
    expect(launch.firstContact).toBe(false);
    expect(launch.previous).toEqual({ firstSeenAt: day('2026-11-25').loggedAt, launchCount: 0 });
    expect(launch.current.launchCount).toBe(1);
    expect(launch.current.firstSeenAt).toBe(day('2026-11-25').loggedAt);
  });

  it('a log for an erased user is refused and brings back neither the profile nor the day', async () => {
    await seedProfile(store(), 'erased-user', req());
    await store().activity.deleteUser('erased-user');
    await expect(store().activity.logRestDay('erased-user', day('2026-11-25'), req())).rejects.toBeInstanceOf(
      UserErasedError,
    );
    expect(await store().activity.recent('erased-user', '2026-11-01')).toEqual({
      restDays: [],
      routines: [],
      restDayGoal: undefined,
    });
    await expect(profileAtNextLaunch(store(), 'erased-user')).rejects.toBeInstanceOf(UserErasedError);
  });

  it('a first-contact log delivered twice (one request id) stores one day and counts no launch', async () => {
    const id = req();
    await store().activity.logRestDay('twice-user', day('2026-11-25'), id);
    expect(
      await store().activity.logRestDay('twice-user', { ...day('2026-11-25'), loggedAt: 'later' }, id),
    ).toEqual({ outcome: 'logged-earlier', firstContact: false });
    const { restDays } = await store().activity.history('twice-user', '2026-11-01', '2026-11-30');
    expect(restDays.map((d) => d.date)).toEqual(['2026-11-25']);
    const launch = await profileAtNextLaunch(store(), 'twice-user');
    expect(launch.firstContact).toBe(false);
    expect(launch.previous).toEqual({ firstSeenAt: day('2026-11-25').loggedAt, launchCount: 0 });
    expect(launch.current.launchCount).toBe(1);
  });
}

describe.each(backends())('a rest-day log as first contact, on %s', (_name, endpoint) => {
  const local = useLocalStore('first-contact', endpoint);
  const store = () => local().store;
  firstContactLogContract(store);

  /** Every item of `userId`'s partition, read consistently. */
  async function partition(userId: string): Promise<Record<string, unknown>[]> {
    const { Items } = await local().doc.send(
      new QueryCommand({
        TableName: local().tableName,
        KeyConditionExpression: '#pk = :pk',
        ExpressionAttributeNames: { '#pk': TABLE_SCHEMA.partitionKey.name },
        ExpressionAttributeValues: { ':pk': userPartition(userId) },
        ConsistentRead: true,
      }),
    );
    return Items ?? [];
  }

  /**
   * A store on the same table whose log sees no profile in its erasure check, and `meanwhile` runs
   * between that check and the log's next write (the mark of a user seen): another request
   * landing in that gap.
   */
  function racedStore(meanwhile: () => Promise<unknown>): Store {
    const { doc } = local();
    let raced = false;
    const send = (async (command: { operation: string }, options?: never) => {
      const output = await doc.send(command as never, options);
      if (command.operation !== 'GetItem' || raced) return output;
      raced = true;
      await meanwhile();
      return output;
    }) as DocumentSender['send'];
    return createDynamoStore({ send }, local().tableName);
  }

  it('a launch, pain report and pause landing while a first log marks the user seen keep all they wrote', async () => {
    const launchId = req();
    const raced = racedStore(() => seedProfile(local().store, 'raced-user', launchId));
    await raced.activity.logRestDay('raced-user', day('2026-11-25'), req());
    const { Item } = await local().doc.send(
      new GetCommand({ TableName: local().tableName, Key: profileKey('raced-user'), ConsistentRead: true }),
    );
    expect(Item?.createdBy).toBe(launchId);
    const launch = await profileAtNextLaunch(local().store, 'raced-user');
    expect(launch.previous).toEqual(SEEDED);
  });

  it('an erasure landing while a first log marks the user seen: the log is refused, only the marker is left', async () => {
    const raced = racedStore(() => local().store.activity.deleteUser('raced-erased'));
    await expect(raced.activity.logRestDay('raced-erased', day('2026-11-25'), req())).rejects.toBeInstanceOf(
      UserErasedError,
    );
    const items = await partition('raced-erased');
    expect(items.map((item) => Object.keys(item).sort())).toEqual([['erased', 'expiresAt', 'pk', 'sk']]);
  });

  it('a log for an erased user leaves nothing but the erasure marker', async () => {
    await store().activity.logRestDay('marker-user', day('2026-11-24'), req());
    await store().activity.deleteUser('marker-user');
    await expect(store().activity.logRestDay('marker-user', day('2026-11-25'), req())).rejects.toBeInstanceOf(
      UserErasedError,
    );
    const items = await partition('marker-user');
    expect(items.map((item) => Object.keys(item).sort())).toEqual([['erased', 'expiresAt', 'pk', 'sk']]);
  });
});

describe('a rest-day log as first contact, in the in-memory store', () => {
  const store = createMemoryStore();
  firstContactLogContract(() => store);
});
