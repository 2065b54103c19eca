import { createTimeZoneLookup } from '../../../lambda/platform/timezone';
import { ensureTable, freePort, startDynalite, type LocalDynamo } from '../../../harness/dynamo';
import { pastDay } from '../../../harness/turns';
import { startSettingsApi, type LoopbackServer, type SettingsBehaviour } from '../../../harness/loopback';
import { fixedClock, recordingLogger } from '../../../harness/skill';
import {
  FAULT_TABLE,
  envelopeOf,
  FAULT_TEST_TIMEOUT_MS,
  FAULT_TURNS,
  faultySkill,
  freshContext,
  LOG_TURN,
  restDayVerdict,
  storedDays,
  expectPlainAnswerClaimingNoSave,
  settleWithin,
} from './faulty-skill';

const device = (apiEndpoint: string) => ({
  deviceId: 'amzn1.ask.device.FAULT',
  apiEndpoint,
  apiAccessToken: 'token',
});

describe('the Settings API answering a zone (the control case)', () => {
  it('the real Settings API client reads it over HTTP', async () => {
    const api = await startSettingsApi({ kind: 'zone', zone: 'Europe/Berlin' });
    const lookup = createTimeZoneLookup({ logger: recordingLogger(), clock: fixedClock() });
    const outcome = await settleWithin(lookup.timeZoneOf(device(api.endpoint)));
    await api.stop();
    expect(outcome).toEqual({ state: 'answered', value: 'Europe/Berlin' });
    expect(api.requests).toBe(1);
  });
});

describe.each<[string, SettingsBehaviour | 'closed port']>([
  ['slower than the lookup deadline', { kind: 'slow', delayMs: 6000, zone: 'Europe/Berlin' }],
  ['failing (HTTP 500)', { kind: 'status', status: 500 }],
  ['refusing (HTTP 403)', { kind: 'status', status: 403 }],
  ['unset (HTTP 204)', { kind: 'status', status: 204 }],
  ['returning text that is not JSON', { kind: 'garbage', body: '<html>oops' }],
  ['returning a zone that does not exist', { kind: 'garbage', body: '"Mars/Olympus_Mons"' }],
  ['returning an object instead of a zone', { kind: 'garbage', body: '{"zone":"UTC","__proto__":{"x":1}}' }],
  ['returning a huge string', { kind: 'garbage', body: JSON.stringify('x'.repeat(1_000_000)) }],
  ['unreachable (closed port)', 'closed port'],
])('the Settings API %s', (_label, behaviour) => {
  let api: LoopbackServer | undefined;
  let endpoint = '';
  beforeAll(async () => {
    if (behaviour === 'closed port') endpoint = `http://127.0.0.1:${await freePort()}`;
    else {
      api = await startSettingsApi(behaviour);
      endpoint = api.endpoint;
    }
  });
  afterAll(async () => {
    await api?.stop();
  });

  it(
    'the time-zone lookup resolves "unknown" (the locale fallback applies) within the budget',
    async () => {
      const lookup = createTimeZoneLookup({ logger: recordingLogger(), clock: fixedClock() });
      const outcome = await settleWithin(lookup.timeZoneOf(device(endpoint)));
      expect(outcome).toEqual({ state: 'answered', value: undefined });
    },
    FAULT_TEST_TIMEOUT_MS,
  );

  it.each(FAULT_TURNS)(
    'the %s turn, with DynamoDB down as well, answers plainly within 8 seconds and claims no save',
    async (_name, turn) => {
      const dynamoEndpoint = `http://127.0.0.1:${await freePort()}`;
      await expectPlainAnswerClaimingNoSave(
        turn,
        { dynamoEndpoint, settingsEndpoint: endpoint },
        freshContext(endpoint),
      );
    },
    FAULT_TEST_TIMEOUT_MS,
  );
});

describe('the Settings API never answering while a rest day is logged (DynamoDB up)', () => {
  let backend: LocalDynamo;
  let api: LoopbackServer;
  beforeAll(async () => {
    backend = await startDynalite();
    await ensureTable(backend.endpoint, FAULT_TABLE);
    api = await startSettingsApi({ kind: 'hang' });
  });
  afterAll(async () => {
    await api.stop();
    await backend.stop();
  });

  it(
    'gives up on the time zone at its deadline, logs the day and says so: what it says is what the store holds',
    async () => {
      const context = freshContext(api.endpoint);
      const skill = faultySkill({ dynamoEndpoint: backend.endpoint, settingsEndpoint: api.endpoint });
      const outcome = await settleWithin(skill.send(await envelopeOf(LOG_TURN, skill.send, context)));
      skill.destroy();
      expect(outcome.state === 'answered' ? restDayVerdict(outcome.value) : outcome.state).toBe('logged');
      expect(api.requests).toBe(1);
      expect(await storedDays(backend.endpoint, context.userId)).toEqual([pastDay(context)]);
    },
    FAULT_TEST_TIMEOUT_MS,
  );
});
