import { GetCommand } from '../../lambda/store/dynamo';
import type { ResponseEnvelope } from 'ask-sdk-model';
import { recordingMetrics } from '../../lambda/core/metrics';
import { createSkill } from '../../lambda/skill';
import { createDynamoStore } from '../../lambda/store/dynamo';
import { profileKey } from '../../lambda/store/keys';
import { startDynamoProxy, type DynamoProxy } from '../../harness/loopback';
import { prepareTurn, turnNamed, TURNS, type TurnType } from '../../harness/turns';
import { fixedTimeZone, recordingLogger, seededRandom } from '../../harness/skill';
import { spoken } from '../../harness/speech';
import { intentRequest, TEST_SKILL_ID } from '../../harness/envelopes';
import { REST_DAY_INTENTS, REST_DAY_SLOTS } from '../../lambda/restdays/intents';
import { backends, localDocumentClient, useLocalStore } from './backends';
import { messagePattern } from '../../harness/messages';

/**
 * The DynamoDB calls of each turn type, counted by the benchmark's own proxy (harness/loopback.ts)
 * in front of a real local DynamoDB, through the real skill and store. These are the figures the
 * benchmark's table reports; this test holds them to the design.
 */
const EXPECTED: Record<string, Record<string, number>> = {
  launch: { UpdateItem: 1 },
  help: {},
  fallback: {},
  stop: {},
  // The visit recorded (first contact, a recent pain report): one write, no read.
  'routine step': { UpdateItem: 1 },
  navigation: {},
  pause: { UpdateItem: 1 },
  'routine session end': { UpdateItem: 1 },
  // A user already seen: the put, then the erasure check (lambda/store/dynamo/erase.ts). A new
  // user's first log pays one more write (its own test below).
  'log a rest day': { PutItem: 1, GetItem: 1 },
  'weekly summary': { Query: 1 },
};

const TURN_TYPES: [string, TurnType][] = TURNS.map((turn) => [turn.name, turn]);

describe.each(backends())('DynamoDB calls per turn type on %s', (_name, endpoint) => {
  const local = useLocalStore('turn-calls', endpoint);
  let proxy: DynamoProxy;
  let doc: ReturnType<typeof localDocumentClient>;
  let send: (envelope: Parameters<ReturnType<typeof createSkill>['handler']>[0]) => Promise<ResponseEnvelope>;
  let users = 0;

  beforeAll(async () => {
    proxy = await startDynamoProxy(endpoint);
    doc = localDocumentClient(proxy.endpoint);
    const { handler } = createSkill({
      store: createDynamoStore(doc, local().tableName),
      clock: { now: () => Date.parse('2026-11-25T18:00:00Z') },
      random: seededRandom(),
      logger: recordingLogger(),
      timeZones: fixedTimeZone('America/New_York'),
      metrics: recordingMetrics(),
      skillId: TEST_SKILL_ID,
    });
    send = (envelope) => handler(envelope, {});
  });
  afterAll(async () => {
    doc.destroy();
    await proxy.stop();
  });

  /** One turn of `turn` for a fresh user, and the calls it alone made (its routine's start excluded). */
  async function counted(turn: TurnType) {
    users += 1;
    const userId = `amzn1.ask.account.CALLS-${users}`;
    const context = {
      userId,
      iteration: users,
      apiEndpoint: 'http://127.0.0.1:9',
      timestamp: '2026-11-25T18:00:00Z',
    };
    // The user has been seen before a rest-day log (an earlier log), as on every log but the first.
    if (turn.name === 'log a rest day')
      await send(await prepareTurn(turn, { ...context, date: '2026-11-20' }, send));
    const envelope = await prepareTurn(turn, context, send);
    proxy.reset();
    const response = await send(envelope);
    return { userId, response, calls: proxy.counts() };
  }

  it('lists every turn type the issue asks for', () => {
    expect(TURN_TYPES.map(([name]) => name).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(TURN_TYPES)('a %s turn makes the calls the design allows, and no more', async (name, turn) => {
    const { calls } = await counted(turn);
    expect(calls).toEqual(EXPECTED[name]);
    expect(turn.dynamoCalls).toEqual(EXPECTED[name]);
  });

  it('routine turns (start, next) answer from the session alone: the routine goes on, 0 calls', async () => {
    const navigation = turnNamed('navigation');
    const { response, calls } = await counted(navigation);
    expect(calls).toEqual({});
    expect(response.response.shouldEndSession).toBe(false);
    expect(response.sessionAttributes?.routine).toMatchObject({ state: { status: 'running', step: 1 } });
  });

  it('a pause saves the progress in its one write', async () => {
    const pause = turnNamed('pause');
    const { userId, calls } = await counted(pause);
    expect(calls).toEqual({ UpdateItem: 1 });
    const item = await local().doc.send(
      new GetCommand({ TableName: local().tableName, Key: profileKey(userId) }),
    );
    const paused = item.Item?.pausedRoutine as { routineId?: unknown; step?: unknown } | undefined;
    expect(String(paused?.routineId)).toMatch(/^warmup\./);
    expect(paused?.step).toBe(0);
  });

  it("a new user's first log says the disclaimer and marks them seen in one more write, once", async () => {
    const log = turnNamed('log a rest day');
    users += 1;
    const context = {
      userId: `amzn1.ask.account.CALLS-first-${users}`,
      iteration: 0,
      apiEndpoint: 'http://127.0.0.1:9',
      timestamp: '2026-11-25T18:00:00Z',
      date: '2026-11-24',
    };
    proxy.reset();
    // A one-shot ("tell Run Coach I rested yesterday"): the session starts with the log.
    const oneShot = intentRequest(
      REST_DAY_INTENTS.log,
      { [REST_DAY_SLOTS.date]: { value: context.date } },
      { userId: context.userId, apiEndpoint: context.apiEndpoint, timestamp: context.timestamp },
    );
    const first = await send(oneShot);
    expect(proxy.counts()).toEqual({ PutItem: 1, GetItem: 1, UpdateItem: 1 });
    expect(spoken(first)).toMatch(messagePattern('routines:disclaimer'));
    const { Item } = await doc.send(
      new GetCommand({ TableName: local().tableName, Key: profileKey(context.userId), ConsistentRead: true }),
    );
    expect(Item?.firstSeenAt).toBe('2026-11-25T18:00:00.000Z');
    expect(Item?.launchCount).toBeUndefined();
    proxy.reset();
    const second = await send(await prepareTurn(log, { ...context, date: '2026-11-23' }, send));
    expect(proxy.counts()).toEqual({ PutItem: 1, GetItem: 1 });
    expect(spoken(second)).not.toMatch(messagePattern('routines:disclaimer'));
    const launch = await send(await prepareTurn(turnNamed('launch'), context, send));
    expect(spoken(launch)).toMatch(messagePattern('conversation:welcomeBack'));
    expect(spoken(launch)).not.toMatch(/medical advice/);
  });

  it('a logged rest day is in the store, and the weekly summary reads it back in its one query', async () => {
    const log = turnNamed('log a rest day');
    const summary = turnNamed('weekly summary');
    users += 1;
    const context = {
      userId: `amzn1.ask.account.CALLS-week-${users}`,
      iteration: 0,
      apiEndpoint: 'http://127.0.0.1:9',
      timestamp: '2026-11-25T18:00:00Z',
      date: '2026-11-24',
    };
    const logged = await send(await prepareTurn(log, context, send));
    expect(spoken(logged)).toMatch(messagePattern('restdays:logged', { vars: { day: 'yesterday' } }));
    proxy.reset();
    const week = await send(await prepareTurn(summary, context, send));
    expect(proxy.counts()).toEqual({ Query: 1 });
    expect(spoken(week)).toMatch(/Tuesday/);
  });
});
