/**
 * A request Alexa (or a user's device) delivers again, with the same request id, after the first
 * delivery's writes all landed and its answer was lost: each write recognises its own earlier write
 * by that id and reports it done by that earlier delivery (`logged-earlier`, `removed-earlier`),
 * instead of "nothing to remove" or "already logged", so the skill says it is done and counts it
 * once. Another request is still told the truth.
 */
import type { RequestEnvelope } from 'ask-sdk-model';
import { recordingMetrics } from '../../../lambda/core/metrics';
import { createSkill } from '../../../lambda/skill';
import { GetCommand } from '../../../lambda/store/dynamo';
import { restDayKey } from '../../../lambda/store/keys';
import { createMemoryStore } from '../../../lambda/store/memory';
import type { PausedRoutine, Store } from '../../../lambda/store/port';
import { intentRequest, TEST_SKILL_ID } from '../../../harness/envelopes';
import { says } from '../../../harness/messages';
import { fixedTimeZone, recordingLogger, seededRandom } from '../../../harness/skill';
import { spoken } from '../../../harness/speech';
import { backends, useLocalStore } from '../backends';

const day = (date: string) => ({ date, loggedAt: `${date}T21:00:00.000Z` });

/** The dates logged for `userId` in November 2026. */
async function loggedDates(store: Store, userId: string): Promise<string[]> {
  return (await store.activity.history(userId, '2026-11-01', '2026-11-30')).restDays.map((d) => d.date);
}

/** What every implementation of the port answers: both DynamoDB backends and the in-memory store. */
function requestRetryContract(store: () => Store): void {
  const days = (userId: string) => loggedDates(store(), userId);

  it('a removal says "removed-earlier" again for its own request id, "not-found" for any other', async () => {
    await store().activity.logRestDay('again-remove', day('2026-11-23'), 'req-log');
    expect(await store().activity.removeRestDay('again-remove', '2026-11-23', 'req-rm')).toBe('removed');
    expect(await store().activity.removeRestDay('again-remove', '2026-11-23', 'req-rm')).toBe(
      'removed-earlier',
    );
    expect(await store().activity.removeRestDay('again-remove', '2026-11-23', 'req-other')).toBe('not-found');
    expect(await days('again-remove')).toEqual([]);
  });

  it('a removed day can be logged again, and a new removal removes it again', async () => {
    await store().activity.logRestDay('again-relog', day('2026-11-21'), 'req-1');
    await store().activity.removeRestDay('again-relog', '2026-11-21', 'req-2');
    expect(await store().activity.logRestDay('again-relog', day('2026-11-21'), 'req-3')).toMatchObject({
      outcome: 'logged',
    });
    expect(await days('again-relog')).toEqual(['2026-11-21']);
    expect(await store().activity.removeRestDay('again-relog', '2026-11-21', 'req-4')).toBe('removed');
    expect(await days('again-relog')).toEqual([]);
  });

  it('a log says "logged-earlier" again for its own request id, "already-logged" for any other', async () => {
    expect((await store().activity.logRestDay('again-log', day('2026-11-24'), 'req-log')).outcome).toBe(
      'logged',
    );
    expect((await store().activity.logRestDay('again-log', day('2026-11-24'), 'req-log')).outcome).toBe(
      'logged-earlier',
    );
    expect(await store().activity.logRestDay('again-log', day('2026-11-24'), 'req-other')).toEqual({
      outcome: 'already-logged',
      firstContact: false,
    });
    expect(await days('again-log')).toEqual(['2026-11-24']);
  });

  it('a goal says "set-earlier" again for its own request id, "set" for any other, and holds the value', async () => {
    expect(await store().profiles.setRestDayGoal('again-goal', 3, 'req-goal')).toBe('set');
    expect(await store().profiles.setRestDayGoal('again-goal', 3, 'req-goal')).toBe('set-earlier');
    expect(await store().profiles.setRestDayGoal('again-goal', 3, 'req-other')).toBe('set');
    expect(await store().profiles.setRestDayGoal('again-goal', 2, 'req-two')).toBe('set');
    expect((await store().activity.recent('again-goal', '2026-11-01')).restDayGoal).toBe(2);
  });

  it('a paused routine says "saved-earlier" again for its own request id, "saved" for any other', async () => {
    const paused = (step: number, pausedAt: string): PausedRoutine => ({
      routineId: 'warmup.walk',
      length: 'quick',
      step,
      offset: 10,
      easier: [],
      pausedAt,
    });
    const save = (step: number, pausedAt: string, requestId: string) =>
      store().profiles.setPausedRoutine('again-pause', paused(step, pausedAt), requestId);
    expect(await save(1, '2026-11-25T18:00:00.000Z', 'req-pause')).toBe('saved');
    expect(await save(1, '2026-11-25T18:00:00.000Z', 'req-pause')).toBe('saved-earlier');
    expect(await save(2, '2026-11-25T18:05:00.000Z', 'req-later')).toBe('saved');
    expect(await store().profiles.setPausedRoutine('again-pause', undefined, 'req-clear')).toBe('cleared');
    expect(await store().profiles.setPausedRoutine('again-pause', undefined, 'req-clear')).toBe('cleared');
    expect(await save(2, '2026-11-25T18:05:00.000Z', 'req-later')).toBe('saved');
  });

  it('a finished routine says "recorded-earlier" for the same completion, and is kept once', async () => {
    const routine = (completedAt: string) => ({
      date: '2026-11-24',
      kind: 'cooldown' as const,
      routineId: 'cooldown.walk',
      completedAt,
    });
    const record = (completedAt: string) =>
      store().activity.recordRoutine('again-routine', routine(completedAt));
    expect(await record('2026-11-24T07:00:00.000Z')).toBe('recorded');
    expect(await record('2026-11-24T07:00:00.000Z')).toBe('recorded-earlier');
    expect(await record('2026-11-24T07:30:00.000Z')).toBe('recorded');
    const { routines } = await store().activity.history('again-routine', '2026-11-24', '2026-11-24');
    expect(routines.map((r) => r.completedAt)).toEqual([
      '2026-11-24T07:00:00.000Z',
      '2026-11-24T07:30:00.000Z',
    ]);
  });

  it('a move delivered again (remove, then log, one request id) reports both done', async () => {
    await store().activity.logRestDay('again-move', day('2026-11-20'), 'req-log');
    const move = async () => [
      await store().activity.removeRestDay('again-move', '2026-11-20', 'req-move'),
      (await store().activity.logRestDay('again-move', day('2026-11-19'), 'req-move')).outcome,
    ];
    expect(await move()).toEqual(['removed', 'logged']);
    expect(await move()).toEqual(['removed-earlier', 'logged-earlier']);
    expect(await days('again-move')).toEqual(['2026-11-19']);
  });
}

describe.each(backends())('a request delivered again after it completed, on %s', (_name, endpoint) => {
  const local = useLocalStore('request-retry', endpoint);
  const store = () => local().store;
  requestRetryContract(store);
  const days = (userId: string) => loggedDates(store(), userId);

  it('what a removal leaves holds no more than the key, the removing request and its TTL', async () => {
    await store().activity.logRestDay('again-marker', day('2026-11-22'), 'req-log');
    await store().activity.removeRestDay('again-marker', '2026-11-22', 'req-rm');
    const { Item } = await local().doc.send(
      new GetCommand({
        TableName: local().tableName,
        Key: restDayKey('again-marker', '2026-11-22'),
        ConsistentRead: true,
      }),
    );
    expect(Object.keys(Item ?? {}).sort()).toEqual(['expiresAt', 'pk', 'removedBy', 'sk']);
    expect(Item?.expiresAt).toBeLessThanOrEqual(Math.ceil(Date.now() / 1000));
  });

  /** The skill on this table, counting on `metrics`. */
  function skillOn(metrics: ReturnType<typeof recordingMetrics>) {
    const { handler } = createSkill({
      store: store(),
      clock: { now: () => Date.parse('2026-11-25T18:00:00Z') },
      random: seededRandom(),
      logger: recordingLogger(),
      timeZones: fixedTimeZone('America/New_York'),
      metrics,
      skillId: TEST_SKILL_ID,
    });
    return async (envelope: RequestEnvelope) => spoken(await handler(envelope, {}));
  }

  it('a log delivered twice says "logged" both times and counts RestDayLogged once', async () => {
    const metrics = recordingMetrics();
    const send = skillOn(metrics);
    const log = intentRequest(
      'LogRestDayIntent',
      { date: { value: '2026-11-24' } },
      { userId: 'amzn1.ask.account.AGAIN-COUNT-LOG', requestId: 'amzn1.echo-api.request.count-log' },
    );
    expect(says(await send(log), 'restdays:logged')).toBe(true);
    expect(says(await send(log), 'restdays:logged')).toBe(true);
    expect(metrics.total('RestDayLogged')).toBe(1);
  });

  it('a removal delivered twice says "removed" both times and counts RestDayRemoved once', async () => {
    const userId = 'amzn1.ask.account.AGAIN-COUNT-RM';
    await store().activity.logRestDay(userId, day('2026-11-24'), 'req-seed');
    const metrics = recordingMetrics();
    const send = skillOn(metrics);
    const yes = intentRequest(
      'AMAZON.YesIntent',
      {},
      {
        userId,
        requestId: 'amzn1.echo-api.request.count-rm',
        sessionAttributes: { question: { kind: 'restdays.confirmRemove', data: { date: '2026-11-24' } } },
      },
    );
    expect(says(await send(yes), 'restdays:removed')).toBe(true);
    expect(says(await send(yes), 'restdays:removed')).toBe(true);
    expect(metrics.total('RestDayRemoved')).toBe(1);
    expect(await days(userId)).toEqual([]);
  });
});

describe('a request delivered again after it completed, in the in-memory store', () => {
  const store = createMemoryStore();
  requestRetryContract(() => store);
});
