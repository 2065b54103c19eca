/**
 * Disabling the skill with NOT_PERSISTED is a barrier: with writes of every kind in flight for the
 * same user while the erasure runs, and a session's late end trying to save a paused routine after
 * it, nothing of the user remains afterwards but the erasure marker (the key, a flag, an expiry).
 */
import { QueryCommand } from '../../../lambda/store/dynamo';
import type { RequestEnvelope } from 'ask-sdk-model';
import { recordingMetrics } from '../../../lambda/core/metrics';
import { createSkill } from '../../../lambda/skill';
import { createDynamoStore } from '../../../lambda/store/dynamo';
import { StoreUnavailableError, UserErasedError } from '../../../lambda/store/errors';
import { userPartition } from '../../../lambda/store/keys';
import type { PausedRoutine, Store } from '../../../lambda/store/port';
import { ERASED_MARKER_RETENTION_DAYS, TABLE_SCHEMA } from '../../../lambda/store/schema';
import { ROUTINE_INTENTS } from '../../../lambda/routines/intents';
import {
  intentRequest,
  sessionEndedRequest,
  skillDisabledEvent,
  TEST_SKILL_ID,
} from '../../../harness/envelopes';
import { fixedTimeZone, recordingLogger, seededRandom } from '../../../harness/skill';
import { backends, useLocalStore, type LocalStore } from '../backends';

const PAUSED: PausedRoutine = {
  routineId: 'warmup.yoga',
  length: 'quick',
  step: 2,
  offset: 5,
  easier: [],
  pausedAt: '2026-11-25T18:00:00.000Z',
};

/** Every item of `userId`'s partition, read consistently. */
async function partition(local: LocalStore, userId: string): Promise<Record<string, unknown>[]> {
  const { Items } = await local.doc.send(
    new QueryCommand({
      TableName: local.tableName,
      KeyConditionExpression: '#pk = :pk',
      ExpressionAttributeNames: { '#pk': TABLE_SCHEMA.partitionKey.name },
      ExpressionAttributeValues: { ':pk': userPartition(userId) },
      ConsistentRead: true,
    }),
  );
  return Items ?? [];
}

/** A store whose every call waits 0–120 ms before it is sent, so writes land while the erasure runs. */
function jittered(local: LocalStore, random: () => number): Store {
  const send = ((command: never, options?: never) =>
    new Promise((resolve) => setTimeout(resolve, random() * 120)).then(() =>
      local.doc.send(command, options),
    )) as typeof local.doc.send;
  return createDynamoStore({ send }, local.tableName);
}

/** Write number `i` of the six kinds the store has, for `userId` (request ids unique per write). */
function write(store: Store, userId: string, i: number): Promise<unknown> {
  const id = `amzn1.echo-api.request.race-${userId}-${i}`;
  const date = `2026-11-${String(1 + (i % 28)).padStart(2, '0')}`;
  switch (i % 6) {
    case 0:
      return store.activity.logRestDay(userId, { date, loggedAt: `${date}T20:00:00.000Z` }, id);
    case 1:
      return store.activity.recordRoutine(userId, {
        date,
        kind: 'warmup',
        routineId: 'warmup.walk',
        completedAt: `${date}T07:00:${String(i % 60).padStart(2, '0')}.000Z`,
      });
    case 2:
      return store.profiles.recordLaunch(userId, new Date('2026-11-25T18:00:00Z'), id);
    case 3:
      return store.profiles.setPausedRoutine(userId, { ...PAUSED, step: i % 5 }, id);
    case 4:
      return store.profiles.setRestDayGoal(userId, 1 + (i % 7), id);
    default:
      return store.activity.removeRestDay(userId, date, id);
  }
}

describe.each(backends())('erasing a user with writes in flight, on %s', (_name, endpoint) => {
  const local = useLocalStore('erasure', endpoint);

  // Five rounds of different interleavings; one under mutation testing, which reruns every test that
  // covers a mutant (Stryker's workers have STRYKER_MUTATOR_WORKER set).
  const rounds = process.env.STRYKER_MUTATOR_WORKER === undefined ? [1, 2, 3, 4, 5] : [1];
  it.each(rounds)(
    'round %i: 65 writes of every kind race the erasure; afterwards only the marker remains',
    async (round) => {
      const userId = `amzn1.ask.account.ERASED-${round}`;
      const random = seededRandom(round);
      const store = jittered(local(), random);
      for (let i = 0; i < 12; i += 1) await write(local().store, userId, i);

      // 52 writes spread over 120 ms, the erasure starting among them, and 13 more (two of each
      // kind) sent the moment it is done, while the first ones are still landing.
      const writes = Array.from({ length: 52 }, (_, i) => write(store, userId, i + 100));
      const erased = new Promise((resolve) => setTimeout(resolve, 5 + round * 2)).then(() =>
        local().store.activity.deleteUser(userId),
      );
      const late = erased.then(() =>
        Promise.allSettled(Array.from({ length: 13 }, (_, i) => write(local().store, userId, i + 200))),
      );
      const outcomes = [...(await Promise.allSettled([...writes, erased])), ...(await late)];
      outcomes.push(outcomes.splice(52, 1)[0]!);

      const refused = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason as unknown] : []));
      expect(refused.filter((e) => !(e instanceof StoreUnavailableError))).toEqual([]);
      // A real race: some writes landed before the erasure, some were refused after it.
      expect(refused.filter((e) => e instanceof UserErasedError).length).toBeGreaterThan(0);
      expect(outcomes.filter((o) => o.status === 'fulfilled').length).toBeGreaterThan(1);
      expect(outcomes.at(-1)?.status).toBe('fulfilled');
      const items = await partition(local(), userId);
      expect(items).toHaveLength(1);
      const marker = items[0]!;
      expect(Object.keys(marker).sort()).toEqual(['erased', 'expiresAt', 'pk', 'sk']);
      const expiresAt = marker.expiresAt as number;
      expect(expiresAt * 1000 - Date.now()).toBeLessThanOrEqual(ERASED_MARKER_RETENTION_DAYS * 86_400_000);
      expect(expiresAt * 1000).toBeGreaterThan(Date.now());
    },
    30_000,
  );

  it('a session that ends after the erasure cannot save its paused routine, nor any later write', async () => {
    const userId = 'amzn1.ask.account.ERASED-LATE';
    const { handler } = createSkill({
      store: local().store,
      clock: { now: () => Date.parse('2026-11-25T18:00:00Z') },
      random: seededRandom(),
      logger: recordingLogger(),
      timeZones: fixedTimeZone('America/New_York'),
      metrics: recordingMetrics(),
      skillId: TEST_SKILL_ID,
    });
    const send = (envelope: RequestEnvelope) => handler(envelope, {});
    const started = await send(intentRequest(ROUTINE_INTENTS.warmUp, {}, { userId }));
    await local().store.activity.logRestDay(userId, { date: '2026-11-24', loggedAt: 'x' }, 'before');

    await send(skillDisabledEvent('NOT_PERSISTED', { userId }));
    const ended = await send(
      sessionEndedRequest('EXCEEDED_MAX_REPROMPTS', {
        userId,
        sessionAttributes: started.sessionAttributes ?? {},
      }),
    );
    expect(ended.response.outputSpeech).toBeUndefined();
    await expect(local().store.profiles.setPausedRoutine(userId, PAUSED, 'late')).rejects.toBeInstanceOf(
      UserErasedError,
    );
    await expect(
      local().store.activity.logRestDay(userId, { date: '2026-11-25', loggedAt: 'y' }, 'late-log'),
    ).rejects.toBeInstanceOf(UserErasedError);
    await expect(local().store.profiles.setRestDayGoal(userId, 3, 'late-goal')).rejects.toBeInstanceOf(
      UserErasedError,
    );
    expect((await partition(local(), userId)).map((item) => item.sk)).toEqual(['PROFILE']);
  });
});
