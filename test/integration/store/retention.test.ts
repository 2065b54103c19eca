/**
 * What the store keeps, and for how long: every activity item carries the TTL attribute (the one the
 * table's TTL reads, from the schema) set 90 days after the day it concerns; the profile carries
 * none; a removed day is marked expired at once.
 */
import { GetCommand } from '../../../lambda/store/dynamo';
import { createDynamoStore } from '../../../lambda/store/dynamo';
import { profileKey, restDayKey, routineKey } from '../../../lambda/store/keys';
import { activityExpiresAt, TABLE_SCHEMA } from '../../../lambda/store/schema';
import { backends, useLocalStore, type LocalStore } from '../backends';

const TTL = TABLE_SCHEMA.timeToLiveAttribute;
/** 2026-11-24 + 90 days = 2027-02-22, midnight UTC. */
const EXPECTED_EXPIRY = Date.parse('2027-02-22T00:00:00Z') / 1000;

async function item(local: LocalStore, key: Record<string, string>) {
  const { Item } = await local.doc.send(
    new GetCommand({ TableName: local.tableName, Key: key, ConsistentRead: true }),
  );
  return Item;
}

describe.each(backends())('retention on %s', (_name, endpoint) => {
  const local = useLocalStore('retention', endpoint);

  it('a logged rest day expires 90 days after its day', async () => {
    await local().store.activity.logRestDay('ttl-a', { date: '2026-11-24', loggedAt: 'x' }, 'r1');
    expect((await item(local(), restDayKey('ttl-a', '2026-11-24')))?.[TTL]).toBe(EXPECTED_EXPIRY);
    expect(activityExpiresAt('2026-11-24')).toBe(EXPECTED_EXPIRY);
  });

  it('a completed routine expires 90 days after its day', async () => {
    const routine = {
      date: '2026-11-24',
      kind: 'warmup' as const,
      routineId: 'warmup.walk',
      completedAt: '2026-11-24T07:00:00.000Z',
    };
    await local().store.activity.recordRoutine('ttl-b', routine);
    expect((await item(local(), routineKey('ttl-b', routine.date, routine.completedAt)))?.[TTL]).toBe(
      EXPECTED_EXPIRY,
    );
  });

  it('the profile never expires: launches, goals and saved routines write no TTL', async () => {
    await local().store.profiles.recordLaunch('ttl-c', new Date('2026-11-24T07:00:00Z'), 'r2');
    await local().store.profiles.setRestDayGoal('ttl-c', 2, 'r3');
    await local().store.profiles.setPausedRoutine(
      'ttl-c',
      {
        routineId: 'warmup.walk',
        length: 'quick',
        step: 1,
        offset: 0,
        easier: [],
        pausedAt: '2026-11-24T07:05:00Z',
      },
      'r4',
    );
    const profile = await item(local(), profileKey('ttl-c'));
    expect(profile).toBeDefined();
    expect(profile?.[TTL]).toBeUndefined();
  });

  it('a removed day is a marker, expired at once and invisible to reads; the day can be logged again', async () => {
    await local().store.activity.logRestDay('ttl-d', { date: '2026-11-20', loggedAt: 'x' }, 'r5');
    const now = Date.parse('2026-11-25T18:00:00Z');
    const store = createDynamoStore(local().doc, local().tableName, { clock: { now: () => now } });
    expect(await store.activity.removeRestDay('ttl-d', '2026-11-20', 'r6')).toBe('removed');
    expect((await item(local(), restDayKey('ttl-d', '2026-11-20')))?.[TTL]).toBe(now / 1000);
    expect((await local().store.activity.history('ttl-d', '2026-11-01', '2026-11-30')).restDays).toEqual([]);
    expect(
      (await local().store.activity.logRestDay('ttl-d', { date: '2026-11-20', loggedAt: 'y' }, 'r7')).outcome,
    ).toBe('logged');
    expect((await local().store.activity.history('ttl-d', '2026-11-01', '2026-11-30')).restDays).toEqual([
      { date: '2026-11-20', loggedAt: 'y' },
    ]);
  });
});
