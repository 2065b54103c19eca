/**
 * A request delivered again with the same request id after its first delivery completed (its
 * answer lost on the way to the user): the skill recognises its own write and says it is done, on
 * the in-memory store as on DynamoDB (test/integration/store/request-retry.test.ts).
 */
import type { RequestEnvelope } from 'ask-sdk-model';
import { recordingMetrics } from '../../../lambda/core/metrics';
import { createMemoryStore } from '../../../lambda/store/memory';
import { intentRequest, TEST_USER_ID } from '../../../harness/envelopes';
import { says } from '../../../harness/messages';
import { skillUnderTest, testDeps } from '../../../harness/skill';
import { spoken } from '../../../harness/speech';
import { prepareTurn, turnNamed } from '../../../harness/turns';
import { seedRestDays, storedRestDays } from '../restdays/fixtures';

const question = (kind: string, data: Record<string, string>) => ({ question: { kind, data } });
/** No Settings API is reached: the test skill's time-zone lookup answers by itself. */
const API = 'http://127.0.0.1:9';

/**
 * The skill on a fresh memory store, and `envelope` sent twice: what each delivery said, the days
 * stored, and the metrics of both deliveries.
 */
async function deliveredTwice(envelope: RequestEnvelope, seed: string[] = []) {
  const store = createMemoryStore();
  await seedRestDays(store, ...seed);
  const metrics = recordingMetrics();
  const send = skillUnderTest(testDeps({ store, metrics }));
  const first = spoken(await send(envelope));
  const second = spoken(await send(envelope));
  return { first, second, days: await storedRestDays(store), metrics };
}

describe('a request delivered again after it completed', () => {
  it('"yes, remove it" says removed both times, never "nothing to remove"', async () => {
    const yes = intentRequest(
      'AMAZON.YesIntent',
      {},
      {
        requestId: 'amzn1.echo-api.request.remove-once',
        sessionAttributes: question('restdays.confirmRemove', { date: '2026-11-24' }),
      },
    );
    const { first, second, days, metrics } = await deliveredTwice(yes, ['2026-11-24']);
    expect(says(first, 'restdays:removed')).toBe(true);
    expect(says(second, 'restdays:removed')).toBe(true);
    expect(says(second, 'restdays:removeNotFound')).toBe(false);
    expect(days).toEqual([]);
    expect(metrics.total('RestDayRemoved')).toBe(1);
  });

  it('another request removing the same day hears that there was none', async () => {
    const store = createMemoryStore();
    await seedRestDays(store, '2026-11-24');
    const send = skillUnderTest(testDeps({ store }));
    const yes = (requestId: string) =>
      intentRequest(
        'AMAZON.YesIntent',
        {},
        { requestId, sessionAttributes: question('restdays.confirmRemove', { date: '2026-11-24' }) },
      );
    expect(says(spoken(await send(yes('req-a'))), 'restdays:removed')).toBe(true);
    expect(says(spoken(await send(yes('req-b'))), 'restdays:removeNotFound')).toBe(true);
  });

  it('"log yesterday as a rest day" says logged both times, never "already logged"', async () => {
    const log = intentRequest(
      'LogRestDayIntent',
      { date: { value: '2026-11-24' } },
      { requestId: 'amzn1.echo-api.request.log-once' },
    );
    const { first, second, days, metrics } = await deliveredTwice(log);
    expect(says(first, 'restdays:logged')).toBe(true);
    expect(says(second, 'restdays:logged')).toBe(true);
    expect(says(second, 'restdays:alreadyLogged')).toBe(false);
    expect(days).toEqual(['2026-11-24']);
    expect(metrics.total('RestDayLogged')).toBe(1);
  });

  it('"yes, move it" says it moved both times and counts one removal and one log', async () => {
    const yes = intentRequest(
      'AMAZON.YesIntent',
      {},
      {
        requestId: 'amzn1.echo-api.request.move-once',
        sessionAttributes: question('restdays.confirmMove', { from: '2026-11-23', to: '2026-11-24' }),
      },
    );
    const { first, second, days, metrics } = await deliveredTwice(yes, ['2026-11-23']);
    expect(says(first, 'restdays:moved')).toBe(true);
    expect(says(second, 'restdays:moved')).toBe(true);
    expect(days).toEqual(['2026-11-24']);
    expect(metrics.total('RestDayRemoved')).toBe(1);
    expect(metrics.total('RestDayLogged')).toBe(1);
  });

  it('"set my goal to three" says it is set both times and counts RestDayGoalSet once', async () => {
    const goal = intentRequest(
      'SetRestDayGoalIntent',
      { count: { value: '3' } },
      { requestId: 'amzn1.echo-api.request.goal-once' },
    );
    const { first, second, metrics } = await deliveredTwice(goal);
    expect(says(first, 'restdays:goalSet')).toBe(true);
    expect(says(second, 'restdays:goalSet')).toBe(true);
    expect(metrics.total('RestDayGoalSet')).toBe(1);
  });

  it('"pause" mid-routine says paused both times and counts RoutinePaused once', async () => {
    const metrics = recordingMetrics();
    const send = skillUnderTest(testDeps({ store: createMemoryStore(), metrics }));
    const context = {
      userId: TEST_USER_ID,
      iteration: 0,
      apiEndpoint: API,
      timestamp: '2026-11-25T18:00:00Z',
    };
    const pause = await prepareTurn(turnNamed('pause'), context, send);
    expect(says(spoken(await send(pause)), 'routines:paused')).toBe(true);
    expect(says(spoken(await send(pause)), 'routines:paused')).toBe(true);
    expect(metrics.total('RoutinePaused')).toBe(1);
  });

  it('"pause" in another request counts again', async () => {
    const metrics = recordingMetrics();
    const send = skillUnderTest(testDeps({ store: createMemoryStore(), metrics }));
    const at = (timestamp: string) => ({ userId: TEST_USER_ID, iteration: 0, apiEndpoint: API, timestamp });
    await send(await prepareTurn(turnNamed('pause'), at('2026-11-25T18:00:00Z'), send));
    await send(await prepareTurn(turnNamed('pause'), at('2026-11-25T18:05:00Z'), send));
    expect(metrics.total('RoutinePaused')).toBe(2);
  });

  it('a removed day logged again is a rest day again', async () => {
    const store = createMemoryStore();
    await seedRestDays(store, '2026-11-24');
    expect(await store.activity.removeRestDay(TEST_USER_ID, '2026-11-24', 'r1')).toBe('removed');
    expect(await storedRestDays(store)).toEqual([]);
    await seedRestDays(store, '2026-11-24');
    expect(await storedRestDays(store)).toEqual(['2026-11-24']);
  });
});
