/**
 * No log line of any turn carries who the user is: not the user id, the device id, the API token,
 * nor what they said in a slot. Every turn type is sent with a time-zone lookup that fails each way
 * it can (an error, a hang past the deadline, garbage, no time left) and with a store that fails,
 * so that every warning and error path logs something; the log must still hold none of them.
 */
import { Deadline } from '../../../lambda/core/deadline';
import { createTimeZoneLookup } from '../../../lambda/platform/timezone';
import { StoreUnavailableError } from '../../../lambda/store/errors';
import { createMemoryStore } from '../../../lambda/store/memory';
import type { Store } from '../../../lambda/store/port';
import {
  intentRequest,
  launchRequest,
  sessionEndedRequest,
  skillDisabledEvent,
  TEST_DEVICE_ID,
  TEST_USER_ID,
} from '../../../harness/envelopes';
import { lambdaContext, skillUnderTest, testDeps } from '../../../harness/skill';

const SLOT_TEXT = 'the twenty ninth of my secret birthday';
const SECRETS = [TEST_USER_ID, TEST_DEVICE_ID, 'test-api-access-token', SLOT_TEXT, 'TESTUSER', 'TESTDEVICE'];

/** A store whose every call fails as DynamoDB does when it is down (a write may have landed). */
function failingStore(): Store {
  const down = (operation: string) => () =>
    Promise.reject(new StoreUnavailableError(operation, { mayHaveWritten: true }));
  const failing = <T extends object>(port: T): T =>
    Object.fromEntries(Object.keys(port).map((key) => [key, down(key)])) as T;
  const memory = createMemoryStore();
  return { profiles: failing(memory.profiles), activity: failing(memory.activity) };
}

const LOOKUPS: [string, () => Promise<unknown>][] = [
  [
    'fails',
    () => Promise.reject(Object.assign(new Error(`403 for ${TEST_DEVICE_ID}`), { name: 'HttpError' })),
  ],
  ['hangs', () => new Promise(() => undefined)],
  ['returns garbage', () => Promise.resolve('Not/AZone')],
];

const TURNS = [
  ['a launch', () => launchRequest()],
  ['a rest day with a slot', () => intentRequest('LogRestDayIntent', { date: { value: SLOT_TEXT } })],
  ['a rest day for a date', () => intentRequest('LogRestDayIntent', { date: { value: '2026-11-24' } })],
  ['a goal', () => intentRequest('SetRestDayGoalIntent', { count: { value: SLOT_TEXT } })],
  ['a warm-up', () => intentRequest('WarmUpIntent')],
  ['advice', () => intentRequest('RestAdviceIntent')],
  ['an unknown intent', () => intentRequest('SomethingNewIntent', { text: { value: SLOT_TEXT } })],
  ['a session ended by an error', () => sessionEndedRequest('ERROR')],
  ['the skill disabled', () => skillDisabledEvent('NOT_PERSISTED')],
] as const;

/** Every log entry of `turn`, as one string. */
async function logOf(turn: (typeof TURNS)[number][1], fetchTimeZone: () => Promise<unknown>, store?: Store) {
  const deps = testDeps(store ? { store } : {});
  const timeZones = createTimeZoneLookup({
    logger: deps.logger,
    clock: deps.clock,
    fetchTimeZone,
    deadlineMs: 20,
  });
  await skillUnderTest({ ...deps, timeZones })(turn(), lambdaContext(deps.clock, 6000)).catch(
    (error: unknown) => error,
  );
  return { logged: JSON.stringify(deps.logger.entries), entries: deps.logger.entries.length };
}

describe.each(LOOKUPS)('with a time-zone lookup that %s', (_label, fetchTimeZone) => {
  it.each(TURNS)('%s logs no user id, device id, token or slot text', async (_turn, turn) => {
    for (const store of [undefined, failingStore()]) {
      const { logged } = await logOf(turn, fetchTimeZone, store);
      for (const secret of SECRETS) expect(logged).not.toContain(secret);
    }
  });
});

it.each(LOOKUPS)(
  'the failure paths do log (so the checks above read real lines): a lookup that %s',
  async (_label, fetch) => {
    const { logged } = await logOf(TURNS[2][1], fetch);
    expect(logged).toContain('Time zone lookup');
    const failing = await logOf(TURNS[0][1], fetch, failingStore());
    expect(failing.entries).toBeGreaterThan(0);
  },
);

it('a lookup with no time left in the turn logs that, and nothing of the device', async () => {
  const deps = testDeps();
  const timeZones = createTimeZoneLookup({
    logger: deps.logger,
    clock: deps.clock,
    fetchTimeZone: () => Promise.resolve('Europe/London'),
  });
  const device = {
    deviceId: TEST_DEVICE_ID,
    apiEndpoint: 'https://api.amazonalexa.com',
    apiAccessToken: 'tok-1',
  };
  await timeZones.timeZoneOf(device, { deadline: Deadline.after(deps.clock, 0) });
  expect(deps.logger.entries).toHaveLength(1);
  expect(JSON.stringify(deps.logger.entries)).not.toContain(TEST_DEVICE_ID);
  expect(JSON.stringify(deps.logger.entries)).not.toContain('tok-1');
});
